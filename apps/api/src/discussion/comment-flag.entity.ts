import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '../users/user.entity.js';
import { Comment } from './comment.entity.js';

export enum FlagOutcome {
  /** A moderator hid the comment. */
  HIDDEN = 'HIDDEN',
  /** A moderator looked and left the comment as it is. */
  DISMISSED = 'DISMISSED',
}
registerEnumType(FlagOutcome, { name: 'FlagOutcome' });

/** A member asking the secretariat to look at a comment, with a reason. One per member and comment. */
@ObjectType()
@Entity('comment_flags')
@Unique('UQ_comment_flags_comment_user', ['commentId', 'userId'])
export class CommentFlag {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  comment?: Relation<Comment>;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  commentId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: Relation<User>;

  @Column({ type: 'uuid' })
  userId!: string;

  @Field()
  @Column({ type: 'text' })
  reason!: string;

  /** Null while the flag waits in the queue. */
  @Field(() => FlagOutcome, { nullable: true })
  @Column({ type: 'enum', enum: FlagOutcome, enumName: 'flag_outcome', nullable: true })
  outcome!: FlagOutcome | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedById!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
