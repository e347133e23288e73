import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, Locale } from '@ogp-forum/domain';
import type { GraphqlContext } from '../common/graphql/context.js';
import { Allow, CurrentUser } from '../common/guards/allow.decorator.js';
import { User } from '../users/user.entity.js';
import { SaveForumRulesInput } from './dto/save-forum-rules.input.js';
import { ForumRules, ForumRulesVersion } from './forum-rules.entity.js';
import { ForumRulesService } from './forum-rules.service.js';

@Resolver(() => ForumRules)
export class ForumRulesResolver {
  constructor(private readonly rules: ForumRulesService) {}

  @Allow(Action.READ_PUBLIC)
  @Query(() => [ForumRules], { description: 'The forum\'s basic rules (OGP 1.1), in English and in Korean; public.' })
  forumRules(): Promise<ForumRules[]> {
    return this.rules.current();
  }

  @Allow(Action.READ_PUBLIC)
  @Query(() => [ForumRulesVersion], { description: 'Every saved version of the rules in one language, newest first.' })
  forumRulesVersions(@Args('locale', { type: () => Locale }) locale: Locale): Promise<ForumRulesVersion[]> {
    return this.rules.versions(locale);
  }

  @Allow(Action.EDIT_FORUM_RULES)
  @Mutation(() => ForumRules, { description: 'Saves the rules in one language from the version they were edited from; CONFLICT with the newer text if someone saved meanwhile.' })
  saveForumRules(@CurrentUser() user: User, @Args('input') input: SaveForumRulesInput): Promise<ForumRules> {
    return this.rules.save(user, input);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who saved the current version; empty for a seeded or imported one.' })
  updatedBy(@Parent() rules: ForumRules, @Context() { loaders }: GraphqlContext) {
    return rules.updatedById ? loaders.user.load(rules.updatedById) : null;
  }
}

@Resolver(() => ForumRulesVersion)
export class ForumRulesVersionResolver {
  @ResolveField(() => User, { nullable: true, description: 'Who saved this version; empty for a seeded or imported one.' })
  author(@Parent() version: ForumRulesVersion, @Context() { loaders }: GraphqlContext) {
    return version.authorId ? loaders.user.load(version.authorId) : null;
  }
}
