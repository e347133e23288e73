import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DraftSectionKey } from '@ogp-forum/domain';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { Proposal } from './proposal.entity.js';

registerEnumType(DraftSectionKey, { name: 'DraftSectionKey' });

/**
 * A selected proposal on its way into the new plan, in OGP's commitment template. Its sections are co-drafted; the
 * government lead and a CSO co-lead sign it off, and then it is frozen.
 */
@ObjectType()
@Entity('draft_commitments')
export class DraftCommitment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'CASCADE' })
  plan?: Relation<ActionPlan>;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  proposal?: Relation<Proposal>;

  @Field(() => ID)
  @Column({ type: 'uuid', unique: true })
  proposalId!: string;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  /** The government agency that will lead it; its members sign off for the government. */
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  leadOrganization?: Relation<Organization>;

  @Column({ type: 'uuid' })
  leadOrganizationId!: string;

  /** The civil-society organisations that co-lead it: the proposer's and the co-sponsors'. */
  @Column({ type: 'uuid', array: true, default: [] })
  coLeadOrganizationIds!: string[];

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  governmentSignedOffAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  governmentSignedOffById!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  csoSignedOffAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  csoSignedOffById!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the secretariat left it out of the adopted plan. Public.' })
  @Column({ type: 'text', nullable: true })
  leftOutReason!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One section of the template with its current text; every save is also kept as a numbered version. */
@ObjectType()
@Entity('draft_sections')
@Unique(['draftCommitmentId', 'key'])
export class DraftSection {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => DraftCommitment, { onDelete: 'CASCADE' })
  draftCommitment?: Relation<DraftCommitment>;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  draftCommitmentId!: string;

  @Field(() => DraftSectionKey)
  @Column({ type: 'enum', enum: DraftSectionKey, enumName: 'draft_section_key' })
  key!: DraftSectionKey;

  @Field({ description: 'Markdown.' })
  @Column({ type: 'text', default: '' })
  text!: string;

  @Field(() => Int, { description: 'Give it back as baseVersion when saving.' })
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@ObjectType()
@Entity('draft_section_versions')
@Unique(['sectionId', 'version'])
export class DraftSectionVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => DraftSection, { onDelete: 'CASCADE' })
  section?: Relation<DraftSection>;

  @Column({ type: 'uuid' })
  sectionId!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  version!: number;

  @Field()
  @Column({ type: 'text' })
  text!: string;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  author?: Relation<User> | null;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
