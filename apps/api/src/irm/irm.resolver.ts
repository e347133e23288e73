import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../common/graphql/context.js';
import { Commitment } from '../commitments/commitment.entity.js';
import { IrmRecommendation } from './irm-recommendation.entity.js';

@Resolver(() => IrmRecommendation)
export class IrmRecommendationsResolver {
  @ResolveField(() => [Commitment], { description: 'Commitments that respond to the recommendation.' })
  commitments(@Parent() recommendation: IrmRecommendation, @Context() { loaders }: GraphqlContext) {
    return loaders.commitmentsByIrmRecommendation.load(recommendation.id);
  }
}
