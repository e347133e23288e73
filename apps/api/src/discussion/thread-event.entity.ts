import { SubjectType, type ThreadEventType } from '@ogp-forum/domain';
import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { ProgressUpdate } from '../commitments/progress-update.entity.js';
import { Comment } from './comment.entity.js';

/**
 * The log of everything that happened in a subject's thread, numbered by `seq` without gaps. Live connections replay it
 * after the last `seq` they saw, so nothing written is ever lost to a dropped connection or a restarted server.
 */
@Entity('thread_events')
@Unique(['subjectType', 'subjectId', 'seq'])
export class ThreadEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: SubjectType, enumName: 'subject_type' })
  subjectType!: SubjectType;

  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'int' })
  seq!: number;

  @Column({ type: 'text' })
  type!: ThreadEventType;

  @ManyToOne(() => Comment, { nullable: true, onDelete: 'CASCADE' })
  comment?: Relation<Comment> | null;

  @Column({ type: 'uuid', nullable: true })
  commentId!: string | null;

  @ManyToOne(() => ProgressUpdate, { nullable: true, onDelete: 'CASCADE' })
  progressUpdate?: Relation<ProgressUpdate> | null;

  @Column({ type: 'uuid', nullable: true })
  progressUpdateId!: string | null;

  /** Meeting events: the agenda item opened by the chair, or whose minutes were saved. Not a foreign key: items can go. */
  @Column({ type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** The last `seq` handed out per subject; incremented under a row lock inside the writing transaction. */
@Entity('subject_sequences')
export class SubjectSequence {
  @PrimaryColumn({ type: 'enum', enum: SubjectType, enumName: 'subject_type' })
  subjectType!: SubjectType;

  @PrimaryColumn({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'int' })
  lastSeq!: number;
}
