import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Completion } from '@ogp-forum/domain';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '../users/user.entity.js';
import { Commitment } from './commitment.entity.js';
import { SearchVectorColumn } from '../search/search-vector.column.js';

/** A milestone whose completion an update changed. */
@ObjectType()
export class MilestoneChange {
  @Field(() => ID)
  milestoneId!: string;

  @Field()
  title!: string;

  @Field(() => Completion)
  from!: Completion;

  @Field(() => Completion)
  to!: Completion;
}

@ObjectType({ description: 'A report on a commitment by its ministry contact.' })
@Entity('progress_updates')
@Index(['commitmentId', 'postedAt'])
export class ProgressUpdate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Commitment, { onDelete: 'CASCADE' })
  commitment?: Relation<Commitment>;

  @Column({ type: 'uuid' })
  commitmentId!: string;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  author?: Relation<User> | null;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Field({ description: 'Markdown.' })
  @Column({ type: 'text' })
  body!: string;

  @Field(() => Completion, { description: 'The completion level the update reports.' })
  @Column({ type: 'enum', enum: Completion, enumName: 'completion' })
  completion!: Completion;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: [] })
  evidenceLinks!: string[];

  @Field(() => [MilestoneChange], { description: 'Milestones whose completion this update changed.' })
  @Column({ type: 'jsonb', default: [] })
  milestoneChanges!: MilestoneChange[];

  @Field({ description: 'When the progress was reported; for reports imported from documents, the report date.' })
  @Column({ type: 'timestamptz' })
  postedAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @SearchVectorColumn('IDX_progress_updates_search')
  searchVector?: never;
}
