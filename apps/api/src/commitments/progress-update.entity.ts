import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { Completion } from '@ogp-forum/domain';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '../users/user.entity.js';
import { Commitment } from './commitment.entity.js';

/** A milestone whose completion an update changed. */
export interface MilestoneChange {
  milestoneId: string;
  title: string;
  from: Completion;
  to: Completion;
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

  @Field(() => GraphQLJSON, { description: 'Milestones whose completion this update changed: [{ milestoneId, title, from, to }].' })
  @Column({ type: 'jsonb', default: [] })
  milestoneChanges!: MilestoneChange[];

  @Field({ description: 'When the progress was reported; for reports imported from documents, the report date.' })
  @Column({ type: 'timestamptz' })
  postedAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
