import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IrmResponseStatus } from '@ogp-forum/domain';
import { Column, Entity, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { Commitment } from '../commitments/commitment.entity.js';
import { SearchVectorColumn } from '../search/search-vector.column.js';

registerEnumType(IrmResponseStatus, { name: 'IrmResponseStatus' });

@ObjectType({ description: 'A recommendation of the Independent Reporting Mechanism on a plan, with the government\'s response.' })
@Entity('irm_recommendations')
@Unique(['planId', 'number'])
export class IrmRecommendation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'CASCADE' })
  plan?: Relation<ActionPlan>;

  @Column({ type: 'uuid' })
  planId!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  number!: number;

  @Field()
  @Column({ type: 'text' })
  text!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  textKo!: string | null;

  @Field({ description: 'Markdown.' })
  @Column({ type: 'text', default: '' })
  governmentResponse!: string;

  @Field(() => IrmResponseStatus)
  @Column({ type: 'enum', enum: IrmResponseStatus, enumName: 'irm_response_status' })
  status!: IrmResponseStatus;

  @ManyToMany(() => Commitment)
  @JoinTable({ name: 'irm_recommendation_commitments' })
  commitments?: Relation<Commitment[]>;

  @SearchVectorColumn('IDX_irm_recommendations_search')
  searchVector?: never;
}
