import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Commitment } from '../commitments/commitment.entity.js';
import { User } from '../users/user.entity.js';
import { AgendaItem, Meeting } from './meeting.entity.js';
import { SearchVectorColumn } from '../search/search-vector.column.js';

/** What the forum decided, as recorded in the minutes. */
@ObjectType()
@Entity('meeting_decisions')
export class Decision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  meeting?: Relation<Meeting>;

  @Index()
  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => AgendaItem, { nullable: true, onDelete: 'SET NULL' })
  agendaItem?: Relation<AgendaItem> | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  @Field()
  @Column({ type: 'text' })
  text!: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @SearchVectorColumn('IDX_meeting_decisions_search')
  searchVector?: never;
}

/** A task that came out of a meeting; it follows its assignee until done and returns in the next agenda's suggestions. */
@ObjectType()
@Entity('action_items')
export class ActionItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  meeting?: Relation<Meeting>;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => AgendaItem, { nullable: true, onDelete: 'SET NULL' })
  agendaItem?: Relation<AgendaItem> | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  assignee?: Relation<User> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @Field({ description: 'ISO date (YYYY-MM-DD), in the forum\'s time zone.' })
  @Column({ type: 'date' })
  dueDate!: string;

  @ManyToOne(() => Commitment, { nullable: true, onDelete: 'SET NULL' })
  commitment?: Relation<Commitment> | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  commitmentId!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  doneById!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A correction to published minutes: the published text stays as it was, the amendment is shown beside it. */
@ObjectType()
@Entity('minutes_amendments')
export class MinutesAmendment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  meeting?: Relation<Meeting>;

  @Index()
  @Column({ type: 'uuid' })
  meetingId!: string;

  @Field({ description: 'Markdown: what is corrected or added.' })
  @Column({ type: 'text' })
  body!: string;

  @Field()
  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
