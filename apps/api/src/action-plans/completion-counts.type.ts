import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { CompletionCounts as DomainCompletionCounts } from '@ogp-forum/domain';

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

/** The domain's counts (keyed by level) as the api's type. */
export function toCompletionCounts(counts: DomainCompletionCounts): CompletionCounts {
  return {
    notStarted: counts.NOT_STARTED,
    limited: counts.LIMITED,
    substantial: counts.SUBSTANTIAL,
    completed: counts.COMPLETED,
    withdrawn: counts.WITHDRAWN,
    incorporated: counts.INCORPORATED,
    total: counts.total,
  };
}
