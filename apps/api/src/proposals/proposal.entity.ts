import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OgpValue, ProposalStatus, type ProposalMilestone } from '@ogp-forum/domain';
import { ProposalMilestoneType } from './co-creation.types.js';
import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { Commitment } from '../commitments/commitment.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { WorkingGroup } from './working-group.entity.js';
import { User } from '../users/user.entity.js';
import { SearchVectorColumn } from '../search/search-vector.column.js';

registerEnumType(ProposalStatus, { name: 'ProposalStatus' });

/** A proposed commitment for a plan in co-creation; drafted privately by its organisation, then submitted to all. */
@ObjectType()
@Entity('proposals')
// A decision is published as its reasoned response (OGP 4.1): the database refuses one without it.
@Check('CHK_proposal_decision_has_rationale', `status NOT IN ('SELECTED', 'MERGED', 'PARKED', 'DECLINED') OR (rationale IS NOT NULL AND length(trim(rationale)) > 0)`)
export class Proposal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'CASCADE' })
  plan?: Relation<ActionPlan>;

  @Index()
  @Column({ type: 'uuid' })
  planId!: string;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field({ description: 'Markdown. The public problem it addresses.' })
  @Column({ type: 'text', default: '' })
  problem!: string;

  @Field({ description: 'Markdown. What should be done.' })
  @Column({ type: 'text', default: '' })
  proposedAction!: string;

  @Field({ description: 'Markdown. What will have changed, and how anyone could verify it.' })
  @Column({ type: 'text', default: '' })
  expectedResults!: string;

  @Field(() => [OgpValue])
  @Column({ type: 'enum', enum: OgpValue, enumName: 'ogp_value', array: true, default: [] })
  ogpValues!: OgpValue[];

  @Field(() => [ProposalMilestoneType], { description: 'The steps proposed, each with the date it would be done.' })
  @Column({ type: 'jsonb', default: [] })
  milestones!: ProposalMilestone[];

  @Field(() => String, { nullable: true, description: 'The ministry or agency the proposer suggests should lead it.' })
  @Column({ type: 'text', nullable: true })
  suggestedLeadAgency!: string | null;

  /** Null for proposals loaded from the seed document, whose author is an organisation, not a member. */
  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  proposer?: Relation<User> | null;

  @Column({ type: 'uuid', nullable: true })
  proposerId!: string | null;

  @ManyToOne(() => Organization, { nullable: true, onDelete: 'SET NULL' })
  organization?: Relation<Organization> | null;

  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ type: 'uuid', array: true, default: [] })
  coSponsorOrganizationIds!: string[];

  @Field(() => ProposalStatus)
  @Column({ type: 'enum', enum: ProposalStatus, enumName: 'proposal_status', default: ProposalStatus.DRAFT })
  status!: ProposalStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The reasoned response: why the forum decided as it did. Public.' })
  @Column({ type: 'text', nullable: true })
  rationale!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  /** MERGED: the proposal it was merged into. */
  @ManyToOne(() => Proposal, { nullable: true, onDelete: 'SET NULL' })
  mergedInto?: Relation<Proposal> | null;

  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  /** PARKED: the working group that carries it on. */
  @ManyToOne(() => WorkingGroup, { nullable: true, onDelete: 'SET NULL' })
  workingGroup?: Relation<WorkingGroup> | null;

  @Column({ type: 'uuid', nullable: true })
  workingGroupId!: string | null;

  /** SELECTED in an earlier plan: the commitment it became (the seeded 3rd NAP proposals). */
  @ManyToOne(() => Commitment, { nullable: true, onDelete: 'SET NULL' })
  commitment?: Relation<Commitment> | null;

  @Column({ type: 'uuid', nullable: true })
  commitmentId!: string | null;

  @Field({ description: 'The organisation it is attributed to is our reading of the source document, not a record.' })
  @Column({ type: 'boolean', default: false })
  sampleAttribution!: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @SearchVectorColumn('IDX_proposals_search')
  searchVector?: never;
}
