import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MeetingKind, MeetingStatus, MinutesStatus } from '@ogp-forum/domain';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Commitment } from '../commitments/commitment.entity.js';
import { Proposal } from '../proposals/proposal.entity.js';
import { ActionItem } from './minutes.entity.js';
import { User } from '../users/user.entity.js';
import { SearchVectorColumn } from '../search/search-vector.column.js';

registerEnumType(MeetingKind, { name: 'MeetingKind' });
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
registerEnumType(MinutesStatus, { name: 'MinutesStatus' });

/**
 * A forum meeting (DESIGN.md §2). Its minutes live on the same row: a summary, the notes of each agenda item, decisions
 * and action items, all a members-only draft until the chair publishes them; after that they change only by amendment.
 */
@ObjectType()
@Entity('meetings')
export class Meeting {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => MeetingKind)
  @Column({ type: 'enum', enum: MeetingKind, enumName: 'meeting_kind' })
  kind!: MeetingKind;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field({ description: 'Markdown: purpose, preparation, who is invited.' })
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field()
  @Index()
  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Field()
  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Where people meet in person.' })
  @Column({ type: 'text', nullable: true })
  place!: string | null;

  /** Members only; exposed through the resolver. */
  @Column({ type: 'text', nullable: true })
  onlineUrl!: string | null;

  @Field(() => MeetingStatus)
  @Column({ type: 'enum', enum: MeetingStatus, enumName: 'meeting_status', default: MeetingStatus.SCHEDULED })
  status!: MeetingStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  cancellationReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'Meetings created together as a monthly series share this id.' })
  @Column({ type: 'uuid', nullable: true })
  seriesId!: string | null;

  /** Bumped when the time, place or status changes: the SEQUENCE calendar apps compare to update their copy. */
  @Column({ type: 'int', default: 0 })
  scheduleVersion!: number;

  @Field(() => ID, { nullable: true, description: 'The agenda item the chair has opened, while the meeting is in progress.' })
  @Column({ type: 'uuid', nullable: true })
  currentAgendaItemId!: string | null;

  @Field({ description: 'Illustrative data loaded by the seeds, not a record of a real meeting.' })
  @Column({ type: 'boolean', default: false })
  sample!: boolean;

  @Column({ type: 'enum', enum: MinutesStatus, enumName: 'minutes_status', default: MinutesStatus.DRAFT })
  minutesStatus!: MinutesStatus;

  @Column({ type: 'text', default: '' })
  minutesSummary!: string;

  /** Bumped by every save of the summary; a save based on an older version is a CONFLICT. */
  @Column({ type: 'int', default: 1 })
  minutesVersion!: number;

  @Column({ type: 'uuid', nullable: true })
  minutesEditedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  minutesPublishedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @SearchVectorColumn('IDX_meetings_search')
  searchVector?: never;
  @SearchVectorColumn('IDX_meetings_minutes_search', 'minutes_search_vector')
  minutesSearchVector?: never;
}

@ObjectType()
@Entity('agenda_items')
@Index(['meetingId', 'position'])
export class AgendaItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  meeting?: Relation<Meeting>;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  meetingId!: string;

  @Field(() => Int, { description: 'Order on the agenda, from 1.' })
  @Column({ type: 'int' })
  position!: number;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @ManyToOne(() => Commitment, { nullable: true, onDelete: 'SET NULL' })
  commitment?: Relation<Commitment> | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  commitmentId!: string | null;

  @ManyToOne(() => Proposal, { nullable: true, onDelete: 'SET NULL' })
  proposal?: Relation<Proposal> | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  proposalId!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  presenter?: Relation<User> | null;

  @Column({ type: 'uuid', nullable: true })
  presenterId!: string | null;

  /** An open action item of an earlier meeting this item follows up; it is then no longer suggested for this agenda. */
  @ManyToOne(() => ActionItem, { nullable: true, onDelete: 'SET NULL' })
  actionItem?: Relation<ActionItem> | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  actionItemId!: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  minutesAllotted!: number | null;

  /** The minutes of this item (Markdown): members-only while the minutes are a draft. */
  @Column({ type: 'text', default: '' })
  notes!: string;

  @Column({ type: 'int', default: 1 })
  notesVersion!: number;

  @Column({ type: 'uuid', nullable: true })
  notesEditedById!: string | null;

  @SearchVectorColumn('IDX_agenda_items_search')
  searchVector?: never;
}
