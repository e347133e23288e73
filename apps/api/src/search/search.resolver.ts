import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Action, SearchKind } from '@ogp-forum/domain';
import { idArg } from '../common/graphql/id-args.js';
import { Allow, CurrentUser } from '../common/guards/allow.decorator.js';
import type { User } from '../users/user.entity.js';
import { SearchService } from './search.service.js';
import { SearchConnection } from './search.types.js';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Allow(Action.READ_PUBLIC)
  @Query(() => SearchConnection, {
    description:
      'Searches commitments, progress updates, comments, IRM recommendations, minutes, proposals, meetings and documents ' +
      'that the caller may read, in English (stemmed, accents and case ignored) and Korean (words found inside longer ' +
      'ones: 정보공개 finds 정보공개를). Best match first, the newest first on equal score.',
  })
  search(
    @CurrentUser() reader: User | null,
    @Args('query') query: string,
    @Args('kinds', { type: () => [SearchKind], nullable: true }) kinds: SearchKind[] | null,
    @Args(...idArg('planId', { nullable: true })) planId: string | null,
    @Args('from', { type: () => String, nullable: true, description: 'The first day, YYYY-MM-DD, in the forum\'s time zone.' }) from: string | null,
    @Args('to', { type: () => String, nullable: true, description: 'The last day, YYYY-MM-DD, in the forum\'s time zone.' }) to: string | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.search(reader, { query, kinds, planId, from, to, first, after });
  }
}
