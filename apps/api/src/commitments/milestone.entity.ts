import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Completion } from '@ogp-forum/domain';
import { Column, Entity, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { Commitment } from './commitment.entity.js';

@ObjectType({ description: 'A dated step of a commitment. It is delayed when its end has passed and it is not COMPLETED.' })
@Entity('milestones')
@Unique(['commitmentId', 'position'])
export class Milestone {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Commitment, { onDelete: 'CASCADE' })
  commitment?: Relation<Commitment>;

  @Column({ type: 'uuid' })
  commitmentId!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  position!: number;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  titleKo!: string | null;

  @Field({ description: 'ISO date (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  start!: string;

  @Field({ description: 'ISO date (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  end!: string;

  @Field(() => Completion)
  @Column({ type: 'enum', enum: Completion, enumName: 'completion', default: Completion.NOT_STARTED })
  completion!: Completion;
}
