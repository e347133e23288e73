import { Inject, Injectable } from '@nestjs/common';
import { AttachmentSubjectType, canDeleteAttachment, canUploadAttachment, cleanFileName, documentRefusal, documentTypeOf, SubjectType, type AttachmentTarget } from '@ogp-forum/domain';
import { fileTypeFromFile } from 'file-type';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { Commitment } from '../commitments/commitment.entity.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors/domain-errors.js';
import { UUID } from '../common/graphql/id-args.js';
import { SubjectAccessService } from '../discussion/subject-access.service.js';
import { Proposal } from '../proposals/proposal.entity.js';
import type { User } from '../users/user.entity.js';
import { Attachment } from './attachment.entity.js';
import { DocumentStorage } from './storage.js';
import type { ReceivedFile } from './upload-engine.js';

/** The thread subject whose read rule an attachment's subject shares (plans have no thread: they are public). */
const THREAD_SUBJECT: Record<Exclude<AttachmentSubjectType, AttachmentSubjectType.PLAN>, SubjectType> = {
  [AttachmentSubjectType.COMMITMENT]: SubjectType.COMMITMENT,
  [AttachmentSubjectType.MEETING]: SubjectType.MEETING,
  [AttachmentSubjectType.PROPOSAL]: SubjectType.PROPOSAL,
};

/** Whether a file is UTF-8 text without NUL bytes, read in chunks: what a CSV, which has no signature, must be. */
async function isUtf8Text(file: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of fs.createReadStream(file)) {
      if ((chunk as Buffer).includes(0)) return false;
      decoder.decode(chunk as Buffer, { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * Documents on plans, commitments, meetings and proposals: checked from their bytes, stored under their id, read by
 * whoever may read their subject (the discussion's rules, SubjectAccessService), and never kept when refused.
 */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly db: DataSource,
    private readonly subjectAccess: SubjectAccessService,
    private readonly storage: DocumentStorage,
    private readonly audit: AuditService,
  ) {}

  /** NOT_FOUND when the subject does not exist or this reader may not see it, as for its thread. */
  async assertSubjectReadable(user: User | null, subjectType: AttachmentSubjectType, subjectId: string): Promise<void> {
    if (subjectType === AttachmentSubjectType.PLAN) {
      if (!(await this.db.getRepository(ActionPlan).existsBy({ id: subjectId }))) throw new NotFoundError('ActionPlan', subjectId);
      return;
    }
    await this.subjectAccess.assertReadable(user, { subjectType: THREAD_SUBJECT[subjectType], subjectId });
  }

  private async target(subjectType: AttachmentSubjectType, subjectId: string): Promise<AttachmentTarget> {
    switch (subjectType) {
      case AttachmentSubjectType.COMMITMENT:
        return { type: subjectType, commitment: await this.db.getRepository(Commitment).findOneByOrFail({ id: subjectId }) };
      case AttachmentSubjectType.PROPOSAL:
        return { type: subjectType, proposal: await this.db.getRepository(Proposal).findOneByOrFail({ id: subjectId }) };
      default:
        return { type: subjectType };
    }
  }

  /**
   * Stores a received file as a document of the subject. The temporary file is the caller's to remove; a refusal
   * leaves nothing in the storage or the database.
   */
  async upload(user: User, fields: { subjectType?: unknown; subjectId?: unknown }, file: ReceivedFile | undefined): Promise<Attachment> {
    const subjectType = fields.subjectType as AttachmentSubjectType;
    if (!Object.values(AttachmentSubjectType).includes(subjectType)) {
      throw new BadUserInputError(`subjectType must be one of ${Object.values(AttachmentSubjectType).join(', ')}`, { field: 'subjectType' });
    }
    const subjectId = fields.subjectId;
    if (typeof subjectId !== 'string' || !UUID.test(subjectId)) throw new BadUserInputError('subjectId must be a UUID', { field: 'subjectId' });
    if (!file) throw new BadUserInputError('Send the document in the multipart field "file"', { field: 'file' });

    await this.assertSubjectReadable(user, subjectType, subjectId);
    if (!canUploadAttachment(user, await this.target(subjectType, subjectId))) throw new ForbiddenError('You may not attach documents to this');

    const name = cleanFileName(file.originalname);
    if (file.size === 0) throw new BadUserInputError('The file is empty', { field: 'file' });
    const detected = (await fileTypeFromFile(file.path))?.mime ?? null;
    const refusal = documentRefusal(detected, name) ?? (detected === null && !(await isUtf8Text(file.path)) ? 'A CSV file must be UTF-8 text' : null);
    if (refusal) throw new BadUserInputError(refusal, { field: 'file' });
    const contentType = documentTypeOf(detected, name)!.contentType;

    const id = randomUUID();
    await this.storage.put(id, file.path, { size: file.size, contentType });
    try {
      return await this.db.transaction(async (tx) => {
        const attachment = await tx.save(tx.create(Attachment, { id, subjectType, subjectId, name, size: file.size, contentType, sha256: file.sha256, uploadedById: user.id }));
        await this.audit.record(tx, { actorId: user.id, action: 'attachment.added', entityType: 'Attachment', entityId: id, after: { subjectType, subjectId, name, sha256: file.sha256 } });
        return attachment;
      });
    } catch (error) {
      await this.storage.delete(id);
      throw error;
    }
  }

  /** The document and its bytes, for a reader who may read its subject; NOT_FOUND otherwise, as if it did not exist. */
  async open(user: User | null, id: string): Promise<{ attachment: Attachment; body: Readable }> {
    const attachment = UUID.test(id) ? await this.db.getRepository(Attachment).findOneBy({ id }) : null;
    if (!attachment) throw new NotFoundError('Attachment', id);
    try {
      await this.assertSubjectReadable(user, attachment.subjectType, attachment.subjectId);
    } catch (error) {
      if (error instanceof NotFoundError) throw new NotFoundError('Attachment', id);
      throw error;
    }
    const body = await this.storage.get(attachment.id);
    if (!body) throw new NotFoundError('Attachment', id);
    return { attachment, body };
  }

  /** Removes a document: its uploader or the secretariat. The row goes first, so a failed removal of bytes leaves no listing. */
  async delete(user: User, id: string): Promise<boolean> {
    const attachment = await this.db.getRepository(Attachment).findOneBy({ id });
    if (!attachment) throw new NotFoundError('Attachment', id);
    await this.assertSubjectReadable(user, attachment.subjectType, attachment.subjectId);
    if (!canDeleteAttachment(user, attachment)) throw new ForbiddenError('Only the person who attached a document, or the secretariat, removes it');
    await this.db.transaction(async (tx) => {
      await tx.delete(Attachment, { id });
      await this.audit.record(tx, { actorId: user.id, action: 'attachment.removed', entityType: 'Attachment', entityId: id, before: { subjectType: attachment.subjectType, subjectId: attachment.subjectId, name: attachment.name, sha256: attachment.sha256 } });
    });
    await this.storage.delete(id);
    return true;
  }
}
