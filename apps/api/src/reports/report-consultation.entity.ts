import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ReportKind } from '@ogp-forum/domain';
import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { User } from '../users/user.entity.js';

/**
 * A draft self-assessment report open for public comment for a set period (OGP asks for two weeks). It is the subject
 * of the REPORT comment thread, which takes comments only while the period runs, in the forum's time zone.
 */
@ObjectType()
@Entity('report_consultations')
@Unique(['planId', 'kind'])
export class ReportConsultation {
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

  @Field({ description: 'ISO date (YYYY-MM-DD): the first day comments are taken, in the forum\'s time zone.' })
  @Column({ type: 'date' })
  opensOn!: string;

  @Field({ description: 'ISO date (YYYY-MM-DD): the last day comments are taken.' })
  @Column({ type: 'date' })
  closesOn!: string;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  openedBy?: Relation<User> | null;

  @Column({ type: 'uuid', nullable: true })
  openedById!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
