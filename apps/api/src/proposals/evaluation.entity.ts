import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '../users/user.entity.js';
import { Proposal } from './proposal.entity.js';

/** One forum member's scores of one proposal, 1–5 on each criterion, with a note. */
@ObjectType()
@Entity('evaluations')
@Check(`"feasibility" BETWEEN 1 AND 5 AND "specificity" BETWEEN 1 AND 5 AND "urgency" BETWEEN 1 AND 5 AND "relevance" BETWEEN 1 AND 5`)
export class Evaluation {
  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  proposal?: Relation<Proposal>;

  @PrimaryColumn({ type: 'uuid' })
  proposalId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  evaluator?: Relation<User>;

  @PrimaryColumn({ type: 'uuid' })
  evaluatorId!: string;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  feasibility!: number;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  specificity!: number;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  urgency!: number;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  relevance!: number;

  @Field()
  @Column({ type: 'text', default: '' })
  note!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
