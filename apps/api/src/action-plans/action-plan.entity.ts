import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActionPlanStatus, CoCreationPhase } from '@ogp-forum/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

registerEnumType(ActionPlanStatus, { name: 'ActionPlanStatus' });
registerEnumType(CoCreationPhase, { name: 'CoCreationPhase' });

@ObjectType({ description: 'A National Action Plan, e.g. the 3rd NAP (Oct 2016 – Jun 2018).' })
@Entity('action_plans')
export class ActionPlan {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => Int, { description: '3 for the 3rd National Action Plan.' })
  @Column({ type: 'int', unique: true })
  number!: number;

  @Field()
  @Column()
  title!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  titleKo!: string | null;

  @Field({ description: 'ISO date (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  periodStart!: string;

  @Field({ description: 'ISO date (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  periodEnd!: string;

  @Field(() => ActionPlanStatus)
  @Column({ type: 'enum', enum: ActionPlanStatus, enumName: 'action_plan_status' })
  status!: ActionPlanStatus;

  // The co-creation calendar (ISO dates, each the last day of its phase but the first): see libs/domain/co-creation.ts.
  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  callOpensOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  callClosesOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  reviewClosesOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  draftingClosesOn!: string | null;

  @Field(() => String, { nullable: true, description: 'OGP\'s due date for the plan: 31 August.' })
  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Field(() => Date, { nullable: true, description: 'When its co-created commitments were adopted and implementation began.' })
  @Column({ type: 'timestamptz', nullable: true })
  adoptedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When its term was closed; from then on completion levels are final.' })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
