import type { Request } from 'express';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { StorageEngine } from 'multer';

/** What the upload engine reports about a received file, beside multer's own fields. */
export interface ReceivedFile extends Express.Multer.File {
  /** The temporary file holding the bytes. */
  path: string;
  size: number;
  sha256: string;
}

/**
 * A multer storage engine that streams an upload into a temporary file and hashes it with SHA-256 on the way, so a
 * large document is never held in memory nor read twice. Multer removes the file when the upload is refused midway
 * (over the size limit); the controller removes it once the document is stored or refused.
 */
export class HashingTempStorage implements StorageEngine {
  constructor(private readonly folder: string) {
    fs.mkdirSync(folder, { recursive: true });
  }

  _handleFile(_req: Request, file: Express.Multer.File, callback: (error?: unknown, info?: Partial<ReceivedFile>) => void): void {
    const target = path.join(this.folder, `${randomUUID()}.upload`);
    const hash = createHash('sha256');
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    pipeline(file.stream, counter, fs.createWriteStream(target, { mode: 0o600 })).then(
      () => callback(null, { path: target, size, sha256: hash.digest('hex') }),
      (error: unknown) => fs.rm(target, { force: true }, () => callback(error)),
    );
  }

  _removeFile(_req: Request, file: Express.Multer.File, callback: (error: Error | null) => void): void {
    if (!file.path) return callback(null);
    fs.rm(file.path, { force: true }, (error) => callback(error));
  }
}
