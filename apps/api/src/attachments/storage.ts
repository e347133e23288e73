import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { AppConfig, S3Location } from '../config/config.js';

/**
 * Where documents' bytes live, keyed by the attachment's id. Two small implementations: a folder (the default,
 * DATA_DIR/attachments, a shared volume when several api instances run) and an S3-compatible bucket (S3_URL).
 */
export abstract class DocumentStorage {
  /** Stores the file at `source` (a finished temporary file) under `key`. */
  abstract put(key: string, source: string, meta: { size: number; contentType: string }): Promise<void>;
  /** The bytes stored under `key`, or null when there are none. */
  abstract get(key: string): Promise<Readable | null>;
  /** Removes `key`; removing what is not there is not an error. */
  abstract delete(key: string): Promise<void>;
}

/** Keys are attachment ids (uuids), so a key is always a plain file name inside the folder. */
function checkedKey(key: string): string {
  if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error(`not a document key: ${key}`);
  return key;
}

export class FolderStorage extends DocumentStorage {
  constructor(readonly folder: string) {
    super();
    fs.mkdirSync(folder, { recursive: true });
  }

  async put(key: string, source: string): Promise<void> {
    const target = path.join(this.folder, checkedKey(key));
    // Written beside the target and renamed, so a reader never sees half a file.
    const partial = `${target}.partial`;
    await fs.promises.copyFile(source, partial);
    await fs.promises.rename(partial, target);
  }

  async get(key: string): Promise<Readable | null> {
    const file = path.join(this.folder, checkedKey(key));
    try {
      const handle = await fs.promises.open(file, 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(path.join(this.folder, checkedKey(key)), { force: true });
  }
}

export class S3Storage extends DocumentStorage {
  private readonly client: S3Client;

  constructor(private readonly location: S3Location) {
    super();
    this.client = new S3Client({
      endpoint: location.endpoint,
      region: location.region,
      forcePathStyle: location.forcePathStyle,
      // Checksums only where S3 requires them: S3-compatible servers do not all take the SDK's newer checksum trailers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      ...(location.credentials ? { credentials: location.credentials } : {}),
    });
  }

  private key(key: string): string {
    return `${this.location.prefix}${checkedKey(key)}`;
  }

  async put(key: string, source: string, meta: { size: number; contentType: string }): Promise<void> {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.location.bucket, Key: this.key(key), Body: fs.createReadStream(source), ContentLength: meta.size, ContentType: meta.contentType }),
    );
  }

  async get(key: string): Promise<Readable | null> {
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.location.bucket, Key: this.key(key) }));
      return answer.Body instanceof Readable ? answer.Body : null;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.location.bucket, Key: this.key(key) }));
  }

  destroy(): void {
    this.client.destroy();
  }
}

export function createDocumentStorage(config: AppConfig): DocumentStorage {
  return config.s3 ? new S3Storage(config.s3) : new FolderStorage(config.attachmentsDir);
}
