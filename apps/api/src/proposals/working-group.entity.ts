import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { User } from '../users/user.entity.js';

/** Where parked proposals go on: members, the proposals, and a members-only thread (DESIGN.md §2). */
@ObjectType()
@Entity('working_groups')
export class WorkingGroup {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'CASCADE' })
  plan?: Relation<ActionPlan>;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  planId!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'Markdown: what the group works on.' })
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity('working_group_members')
export class WorkingGroupMember {
  @ManyToOne(() => WorkingGroup, { onDelete: 'CASCADE' })
  group?: Relation<WorkingGroup>;

  @PrimaryColumn({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: Relation<User>;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;
}
