import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Locale, ReportKind, ReportSectionKey } from '@ogp-forum/domain';
import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { User } from '../users/user.entity.js';

registerEnumType(ReportKind, { name: 'ReportKind' });
registerEnumType(ReportSectionKey, { name: 'ReportSectionKey' });

/**
 * A section of a self-assessment report written by people (the introduction, the conclusion, a note), in one language.
 * Every save is kept as a numbered version; a save based on an older version is a CONFLICT, never an overwrite.
 */
@ObjectType()
@Entity('report_narratives')
@Unique(['planId', 'kind', 'key', 'locale'])
export class ReportNarrative {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'CASCADE' })
  plan?: Relation<ActionPlan>;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  planId!: string;

  @Field(() => ReportKind)
  @Column({ type: 'enum', enum: ReportKind, enumName: 'report_kind' })
  kind!: ReportKind;

  @Field(() => ReportSectionKey)
  @Column({ type: 'enum', enum: ReportSectionKey, enumName: 'report_section_key' })
  key!: ReportSectionKey;

  @Field(() => Locale)
  @Column({ type: 'enum', enum: Locale, enumName: 'report_locale' })
  locale!: Locale;

  @Field({ description: 'Markdown.' })
  @Column({ type: 'text', default: '' })
  text!: string;

  @Field(() => Int, { description: 'Give it back as baseVersion when saving; 0 while nothing was written.' })
  @Column({ type: 'int', default: 0 })
  version!: number;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  updatedBy?: Relation<User> | null;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @Field(() => Date, { nullable: true })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@ObjectType()
@Entity('report_narrative_versions')
@Unique(['narrativeId', 'version'])
export class ReportNarrativeVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ReportNarrative, { onDelete: 'CASCADE' })
  narrative?: Relation<ReportNarrative>;

  @Column({ type: 'uuid' })
  narrativeId!: string;

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
