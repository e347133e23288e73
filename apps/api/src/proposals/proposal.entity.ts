import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OgpValue, ProposalStatus } from '@ogp-forum/domain';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';

registerEnumType(ProposalStatus, { name: 'ProposalStatus' });

/** A proposed commitment for a plan in co-creation; drafted privately by its organisation, then submitted to all. */
@ObjectType()
@Entity('proposals')
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

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  proposer?: Relation<User>;

  @Column({ type: 'uuid' })
  proposerId!: string;

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

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
