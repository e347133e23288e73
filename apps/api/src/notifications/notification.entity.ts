import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SubjectType } from '@ogp-forum/domain';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Comment } from '../discussion/comment.entity.js';
import { User } from '../users/user.entity.js';

export enum NotificationKind {
  /** Someone mentioned you in a comment. */
  MENTION = 'MENTION',
  /** Someone replied to your comment. */
  REPLY = 'REPLY',
  /** A progress update on a commitment you follow. */
  FOLLOWED_UPDATE = 'FOLLOWED_UPDATE',
  /** A meeting of the forum moved to another time. */
  MEETING_RESCHEDULED = 'MEETING_RESCHEDULED',
  MEETING_CANCELLED = 'MEETING_CANCELLED',
  /** The minutes of a meeting gave you an action item. */
  ACTION_ITEM_ASSIGNED = 'ACTION_ITEM_ASSIGNED',
  /** The forum decided on your proposal, with its reasoned response. */
  PROPOSAL_DECIDED = 'PROPOSAL_DECIDED',
  /** A proposal was submitted to the forum: the secretariat hears of each one. */
  PROPOSAL_SUBMITTED = 'PROPOSAL_SUBMITTED',
  /** A proposal was selected with your organisation as the lead agency of the commitment it becomes. */
  PROPOSAL_SELECTED_AS_LEAD = 'PROPOSAL_SELECTED_AS_LEAD',
  /** A moderator hid your comment; the excerpt is the moderator's reason. */
  COMMENT_HIDDEN = 'COMMENT_HIDDEN',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType()
@Entity('notifications')
@Index(['userId', 'createdAt'])
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: Relation<User>;

  @Column({ type: 'uuid' })
  userId!: string;

  @Field(() => NotificationKind)
  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind!: NotificationKind;

  @Field(() => SubjectType)
  @Column({ type: 'enum', enum: SubjectType, enumName: 'subject_type' })
  subjectType!: SubjectType;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Field({ description: 'The start of the comment, update or reasoned response, as plain text; empty once a moderator hid the comment.' })
  @Column({ type: 'text' })
  excerpt!: string;

  @ManyToOne(() => Comment, { nullable: true, onDelete: 'CASCADE' })
  comment?: Relation<Comment> | null;

  /** The comment a MENTION quotes, so that hiding the comment takes its text out of the notification too. */
  @Field(() => ID, { nullable: true, description: 'The comment it is about, if any.' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  commentId!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A member following a subject hears of its progress updates. Commenting on a commitment follows it. */
@Entity('follows')
export class Follow {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'enum', enum: SubjectType, enumName: 'subject_type' })
  subjectType!: SubjectType;

  @PrimaryColumn({ type: 'uuid' })
  subjectId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
