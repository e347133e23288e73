import { Args, Context, Field, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, Locale } from '@ogp-forum/domain';
import { notificationUrl, subjectKey, subjectTitleIn } from '../notifications/notification-subjects.js';
import { ConnectionType } from '../common/graphql/connection.js';
import type { GraphqlContext } from '../common/graphql/context.js';
import { idArg } from '../common/graphql/id-args.js';
import { Allow, CurrentUser } from '../common/guards/allow.decorator.js';
import { User } from '../users/user.entity.js';
import { CommentFlag } from './comment-flag.entity.js';
import { Comment } from './comment.entity.js';
import { FlagCommentInput } from './dto/comment.inputs.js';
import { ModerationService } from './moderation.service.js';

@ObjectType({ description: 'A comment waiting in the moderation queue, with the open flags members raised on it.' })
export class FlaggedComment {
  @Field(() => Comment)
  comment!: Comment;

  @Field(() => [CommentFlag], { description: 'Open flags, oldest first.' })
  flags!: CommentFlag[];

  @Field({ description: 'When the first open flag was raised: the queue shows the longest waiting first.' })
  firstFlaggedAt!: Date;
}

@ObjectType()
export class FlaggedCommentConnection extends ConnectionType(FlaggedComment) {}

@Resolver(() => CommentFlag)
export class ModerationResolver {
  constructor(private readonly service: ModerationService) {}

  @Allow(Action.FLAG_COMMENT)
  @Mutation(() => CommentFlag, { description: 'Asks the secretariat to look at a comment, with a reason; once per member and comment.' })
  flagComment(@Args('input') input: FlagCommentInput, @CurrentUser() member: User) {
    return this.service.flag(member, input);
  }

  @Allow(Action.MODERATE)
  @Query(() => FlaggedCommentConnection, { description: 'The moderation queue: comments with open flags, the longest waiting first.' })
  flaggedComments(
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.service.queue(first, after);
  }

  @Allow(Action.MODERATE)
  @Mutation(() => Int, { description: 'Leaves a flagged comment as it is: its open flags leave the queue. Returns how many were dismissed.' })
  dismissCommentFlags(@Args(...idArg('commentId')) commentId: string, @CurrentUser() moderator: User) {
    return this.service.dismiss(moderator, commentId);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who raised the flag (the secretariat only sees flags).' })
  flaggedBy(@Parent() flag: CommentFlag, @Context() { loaders }: GraphqlContext) {
    return loaders.user.load(flag.userId);
  }
}

@Resolver(() => FlaggedComment)
export class FlaggedCommentResolver {
  @ResolveField(() => String, { nullable: true, description: 'The address that opens the comment in its thread (`#comment-<id>`).' })
  async url(@Parent() row: FlaggedComment, @Context() { loaders }: GraphqlContext) {
    const subject = await loaders.notificationSubject.load(subjectKey(row.comment.subjectType, row.comment.subjectId));
    return subject ? notificationUrl(subject, row.comment.id) : null;
  }

  @ResolveField(() => String, { nullable: true, description: "The title of the comment's subject, in the given language (the moderator's by default)." })
  async subjectTitle(
    @Parent() row: FlaggedComment,
    @CurrentUser() moderator: User,
    @Context() { loaders }: GraphqlContext,
    @Args('locale', { type: () => Locale, nullable: true }) locale?: Locale | null,
  ) {
    const subject = await loaders.notificationSubject.load(subjectKey(row.comment.subjectType, row.comment.subjectId));
    return subject ? subjectTitleIn(subject, locale ?? moderator.locale) : null;
  }
}
