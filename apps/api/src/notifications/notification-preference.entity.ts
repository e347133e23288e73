import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '../users/user.entity.js';
import { NotificationKind } from './notification.entity.js';

/** What a member chooses how to hear of: each groups notification kinds a member would think of as one. */
export enum NotificationTopic {
  /** Someone mentioned you (MENTION). */
  MENTIONS = 'MENTIONS',
  /** Progress updates on commitments you follow (FOLLOWED_UPDATE). */
  FOLLOWED_UPDATES = 'FOLLOWED_UPDATES',
  /** Proposals: submitted (the secretariat), decided (their authors), selected with your ministry as lead. */
  PROPOSAL_DECISIONS = 'PROPOSAL_DECISIONS',
  /** Meetings moved or cancelled, and action items the minutes gave you. */
  MEETINGS = 'MEETINGS',
  /** Replies to your comments, and a comment of yours hidden by a moderator (REPLY, COMMENT_HIDDEN). */
  REPLIES = 'REPLIES',
}
registerEnumType(NotificationTopic, { name: 'NotificationTopic' });

/** How a member hears of a topic. Every notification is in the app whatever the choice. */
export enum NotificationDelivery {
  IN_APP = 'IN_APP',
  /** An e-mail for each notification, at once. */
  EMAIL = 'EMAIL',
  /** One e-mail a day (DIGEST_HOUR in the forum's time zone) listing the day's notifications. */
  DAILY_DIGEST = 'DAILY_DIGEST',
}
registerEnumType(NotificationDelivery, { name: 'NotificationDelivery' });

export const TOPIC_OF: Record<NotificationKind, NotificationTopic> = {
  [NotificationKind.MENTION]: NotificationTopic.MENTIONS,
  [NotificationKind.FOLLOWED_UPDATE]: NotificationTopic.FOLLOWED_UPDATES,
  [NotificationKind.PROPOSAL_DECIDED]: NotificationTopic.PROPOSAL_DECISIONS,
  [NotificationKind.PROPOSAL_SUBMITTED]: NotificationTopic.PROPOSAL_DECISIONS,
  [NotificationKind.PROPOSAL_SELECTED_AS_LEAD]: NotificationTopic.PROPOSAL_DECISIONS,
  [NotificationKind.MEETING_RESCHEDULED]: NotificationTopic.MEETINGS,
  [NotificationKind.MEETING_CANCELLED]: NotificationTopic.MEETINGS,
  [NotificationKind.ACTION_ITEM_ASSIGNED]: NotificationTopic.MEETINGS,
  [NotificationKind.REPLY]: NotificationTopic.REPLIES,
  [NotificationKind.COMMENT_HIDDEN]: NotificationTopic.REPLIES,
};

export const kindsOf = (topic: NotificationTopic) => (Object.keys(TOPIC_OF) as NotificationKind[]).filter((kind) => TOPIC_OF[kind] === topic);

/**
 * What a member gets without choosing: what is addressed to them personally (a mention, a reply, a decision on their
 * proposal, a meeting that moved) at once; progress on what they follow, which can be frequent, once a day.
 */
export const DEFAULT_DELIVERY: Record<NotificationTopic, NotificationDelivery> = {
  [NotificationTopic.MENTIONS]: NotificationDelivery.EMAIL,
  [NotificationTopic.FOLLOWED_UPDATES]: NotificationDelivery.DAILY_DIGEST,
  [NotificationTopic.PROPOSAL_DECISIONS]: NotificationDelivery.EMAIL,
  [NotificationTopic.MEETINGS]: NotificationDelivery.EMAIL,
  [NotificationTopic.REPLIES]: NotificationDelivery.EMAIL,
};

/** A member's choice for one topic; a topic without a row has its default (DEFAULT_DELIVERY). */
@ObjectType()
@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: Relation<User>;

  @Field(() => NotificationTopic)
  @PrimaryColumn({ type: 'enum', enum: NotificationTopic, enumName: 'notification_topic' })
  topic!: NotificationTopic;

  @Field(() => NotificationDelivery)
  @Column({ type: 'enum', enum: NotificationDelivery, enumName: 'notification_delivery' })
  delivery!: NotificationDelivery;
}
