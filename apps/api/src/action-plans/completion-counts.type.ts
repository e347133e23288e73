import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A plan\'s commitments by completion level, as a self-assessment report counts them.' })
export class CompletionCounts {
  @Field(() => Int)
  notStarted!: number;

  @Field(() => Int)
  limited!: number;

  @Field(() => Int)
  substantial!: number;

  @Field(() => Int)
  completed!: number;

  @Field(() => Int)
  withdrawn!: number;

  @Field(() => Int, { description: 'Merged into another commitment; not counted under a level of their own.' })
  incorporated!: number;

  @Field(() => Int)
  total!: number;
}
