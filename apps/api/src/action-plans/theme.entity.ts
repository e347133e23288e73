import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { ActionPlan } from './action-plan.entity.js';

@ObjectType({ description: 'A category of a plan, e.g. "1. Proactive disclosure of public information".' })
@Entity('themes')
@Unique(['planId', 'position'])
export class Theme {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'CASCADE' })
  plan?: Relation<ActionPlan>;

  @Column({ type: 'uuid' })
  planId!: string;

  @Field(() => Int, { description: 'The number the plan gives the theme (1 to 6 in the 3rd NAP).' })
  @Column({ type: 'int' })
  position!: number;

  @Field()
  @Column()
  title!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  titleKo!: string | null;
}
