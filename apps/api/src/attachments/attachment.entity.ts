import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AttachmentSubjectType } from '@ogp-forum/domain';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '../users/user.entity.js';
import { SearchVectorColumn } from '../search/search-vector.column.js';

registerEnumType(AttachmentSubjectType, { name: 'AttachmentSubjectType' });

/**
 * A document on a plan, a commitment (evidence), a meeting (annex to the minutes) or a proposal (DESIGN.md §2).
 * Its bytes are in the document storage under its id, never under the name people gave it; who may read it follows
 * its subject. The subject is polymorphic (type + id, no foreign key), like a comment's thread.
 */
@ObjectType({ description: 'A document: download it at `url`.' })
@Entity('attachments')
// Listed by subject id alone: ids are UUIDs, unique across the four kinds of subject.
@Index('IDX_attachments_subject', ['subjectId', 'createdAt'])
export class Attachment {
  /** Chosen before the bytes are stored, so that the storage key and the row agree. */
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => AttachmentSubjectType)
  @Column({ type: 'enum', enum: AttachmentSubjectType, enumName: 'attachment_subject_type' })
  subjectType!: AttachmentSubjectType;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  subjectId!: string;

  @Field({ description: 'The file name, cleaned: no folders or control characters, at most 200 characters.' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => Int, { description: 'Bytes.' })
  @Column({ type: 'int' })
  size!: number;

  @Field({ description: 'Found from the bytes, not from the name or what the browser said.' })
  @Column({ type: 'varchar', length: 100 })
  contentType!: string;

  @Field({ description: 'SHA-256 of the bytes, hex.' })
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  uploadedBy?: Relation<User> | null;

  @Column({ type: 'uuid', nullable: true })
  uploadedById!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @SearchVectorColumn('IDX_attachments_search')
  searchVector?: never;
}
