import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RsvpAnswer } from '@ogp-forum/domain';
import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '../users/user.entity.js';
import { Meeting } from './meeting.entity.js';

registerEnumType(RsvpAnswer, { name: 'RsvpAnswer' });

/** A member's answer to "will you come?". */
@ObjectType()
@Entity('meeting_rsvps')
export class Rsvp {
  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  meeting?: Relation<Meeting>;

  @PrimaryColumn({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: Relation<User>;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Field(() => RsvpAnswer)
  @Column({ type: 'enum', enum: RsvpAnswer, enumName: 'rsvp_answer' })
  answer!: RsvpAnswer;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  answeredAt!: Date;
}

/** Who was there, as taken by the chair at the meeting. */
@Entity('meeting_attendance')
export class Attendance {
  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  meeting?: Relation<Meeting>;

  @PrimaryColumn({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: Relation<User>;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
