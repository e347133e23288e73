import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Completion, OgpValue } from '@ogp-forum/domain';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { Theme } from '../action-plans/theme.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { SearchVectorColumn } from '../search/search-vector.column.js';

registerEnumType(Completion, { name: 'Completion' });
registerEnumType(OgpValue, { name: 'OgpValue' });

/** A commitment of a National Action Plan, with the fields of the OGP commitment template. */
@ObjectType()
@Entity('commitments')
@Unique(['planId', 'code'])
export class Commitment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'CASCADE' })
  plan?: Relation<ActionPlan>;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Theme, { onDelete: 'RESTRICT' })
  theme?: Relation<Theme>;

  @Index()
  @Column({ type: 'uuid' })
  themeId!: string;

  @Field({ description: 'The plan\'s number for it, e.g. "1-a".' })
  @Column()
  code!: string;

  @Field()
  @Column()
  title!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  titleKo!: string | null;

  @Field({ description: 'The objective in one sentence.' })
  @Column({ type: 'text', default: '' })
  summary!: string;

  @Field({ description: 'ISO date (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  start!: string;

  @Field({ description: 'ISO date (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  end!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  leadOrganization?: Relation<Organization>;

  @Index()
  @Column({ type: 'uuid' })
  leadOrganizationId!: string;

  /** The ministry member who reports progress on it. */
  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  pointOfContact?: Relation<User> | null;

  @Column({ type: 'uuid', nullable: true })
  pointOfContactId!: string | null;

  @Field({ description: 'Responsible persons, department and contact details as the plan prints them.' })
  @Column({ type: 'text', default: '' })
  contact!: string;

  @Field({ description: 'Markdown. What problem does the commitment address?' })
  @Column({ type: 'text', default: '' })
  publicProblem!: string;

  @Field({ description: 'Markdown. What does the commitment consist of?' })
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field({ description: 'Markdown. How will it contribute to solving the public problem?' })
  @Column({ type: 'text', default: '' })
  howItSolves!: string;

  @Field(() => [OgpValue])
  @Column({ type: 'enum', enum: OgpValue, enumName: 'ogp_value', array: true, default: [] })
  ogpValues!: OgpValue[];

  @Field({ description: 'Markdown. Why is it relevant to the OGP values?' })
  @Column({ type: 'text', default: '' })
  ogpValueRelevance!: string;

  @Field({ description: 'Markdown.' })
  @Column({ type: 'text', default: '' })
  additionalInfo!: string;

  @Field({ description: 'Markdown.' })
  @Column({ type: 'text', default: '' })
  nextSteps!: string;

  @Field({ description: 'Markdown. Government, civil society and other actors involved.' })
  @Column({ type: 'text', default: '' })
  involvedActors!: string;

  @Field(() => Completion)
  @Column({ type: 'enum', enum: Completion, enumName: 'completion', default: Completion.NOT_STARTED })
  completion!: Completion;

  @ManyToOne(() => Commitment, { nullable: true, onDelete: 'SET NULL' })
  incorporatedInto?: Relation<Commitment> | null;

  @Column({ type: 'uuid', nullable: true })
  incorporatedIntoId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @SearchVectorColumn('IDX_commitments_search')
  searchVector?: never;
}
