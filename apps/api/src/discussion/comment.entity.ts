import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SubjectType } from '@ogp-forum/domain';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '../users/user.entity.js';
import { SearchVectorColumn } from '../search/search-vector.column.js';

registerEnumType(SubjectType, { name: 'SubjectType' });

/** A comment in the thread of a subject; replies are one level deep. Hidden comments keep their text for the record. */
@ObjectType()
@Entity('comments')
@Unique(['subjectType', 'subjectId', 'seq'])
@Unique(['authorId', 'idempotencyKey'])
export class Comment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => SubjectType)
  @Column({ type: 'enum', enum: SubjectType, enumName: 'subject_type' })
  subjectType!: SubjectType;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  subjectId!: string;

  @Field(() => Int, { description: 'Position in the subject\'s thread; the replay cursor of the live connection.' })
  @Column({ type: 'int' })
  seq!: number;

  @ManyToOne(() => Comment, { nullable: true, onDelete: 'CASCADE' })
  parent?: Relation<Comment> | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  author?: Relation<User> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'uuid', array: true, default: [] })
  mentions!: string[];

  /** Chosen by the client per post, so that a retried post is stored once. */
  @Column({ type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @Field()
  @Index('IDX_comments_created_at')
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why a moderator hid the comment.' })
  @Column({ type: 'text', nullable: true })
  hiddenReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  hiddenById!: string | null;

  @SearchVectorColumn('IDX_comments_search')
  searchVector?: never;
}

/** The text a comment had before an edit: edits stay visible. */
@ObjectType()
@Entity('comment_revisions')
export class CommentRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  comment?: Relation<Comment>;

  @Index()
  @Column({ type: 'uuid' })
  commentId!: string;

  @Field({ description: 'The text before the edit.' })
  @Column({ type: 'text' })
  body!: string;

  @Field({ description: 'When it was replaced.' })
  @CreateDateColumn({ type: 'timestamptz' })
  replacedAt!: Date;
}
