import { Args, Context, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, SubjectType } from '@ogp-forum/domain';
import { DataSource } from 'typeorm';
import { idArg } from '../common/graphql/id-args.js';
import { Allow, CurrentUser } from '../common/guards/allow.decorator.js';
import { checkPageSize, ConnectionType } from '../common/graphql/connection.js';
import type { GraphqlContext } from '../common/graphql/context.js';
import { User } from '../users/user.entity.js';
import { Comment, CommentRevision } from './comment.entity.js';
import { CommentsService } from './comments.service.js';
import { EditCommentInput, HideCommentInput, PostCommentInput } from './dto/comment.inputs.js';

@ObjectType()
export class CommentConnection extends ConnectionType(Comment) {}

@Resolver(() => Comment)
export class DiscussionResolver {
  constructor(
    private readonly service: CommentsService,
    private readonly db: DataSource,
  ) {}

  @Allow(Action.READ_PUBLIC)
  @Query(() => CommentConnection, {
    description: 'A subject\'s comments in thread order, a page at a time: from the start (first, after), or the latest ones (last, before).',
  })
  comments(
    @Args('subjectType', { type: () => SubjectType }) subjectType: SubjectType,
    @Args(...idArg('subjectId')) subjectId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | undefined,
    @CurrentUser() viewer: User | null,
    @Args('last', { type: () => Int, nullable: true, description: 'The latest `last` comments (before `before`), in thread order.' }) last?: number,
    @Args('before', { type: () => String, nullable: true }) before?: string,
  ) {
    if (last !== undefined && last !== null) {
      checkPageSize(first);
      return this.service.latest(viewer, { subjectType, subjectId }, last, before);
    }
    return this.service.list(viewer, { subjectType, subjectId }, first, after);
  }

  @Allow(Action.READ_PUBLIC)
  @Query(() => Comment, { description: 'One comment, with its edit history.' })
  comment(@Args(...idArg('id')) id: string, @CurrentUser() viewer: User | null) {
    return this.service.findReadable(viewer, id);
  }

  @Allow(Action.COMMENT)
  @Query(() => [User], { description: 'Members whose name starts a word with the search, for @mentions; at most 8.' })
  mentionableMembers(@Args('search') search: string): Promise<User[]> {
    const words = search.trim().slice(0, 40).replace(/[%_\\]/g, '');
    if (!words) return Promise.resolve([]);
    return this.db
      .getRepository(User)
      .createQueryBuilder('user')
      .where('user.password_hash IS NOT NULL AND user.deactivated_at IS NULL')
      .andWhere("(user.display_name ILIKE :start OR user.display_name ILIKE :word)", { start: `${words}%`, word: `% ${words}%` })
      .orderBy('user.display_name')
      .limit(8)
      .getMany();
  }

  @Allow(Action.COMMENT)
  @Mutation(() => Comment)
  postComment(@Args('input') input: PostCommentInput, @CurrentUser() author: User) {
    return this.service.post(author, input);
  }

  @Allow(Action.COMMENT)
  @Mutation(() => Comment, { description: 'Authors only; the earlier text stays visible as history.' })
  editComment(@Args('input') input: EditCommentInput, @CurrentUser() editor: User) {
    return this.service.edit(editor, input);
  }

  @Allow(Action.MODERATE)
  @Mutation(() => Comment, { description: 'Hides a comment with a reason the thread shows instead.' })
  hideComment(@Args('input') input: HideCommentInput, @CurrentUser() moderator: User) {
    return this.service.hide(moderator, input);
  }

  @ResolveField(() => String, { nullable: true, description: 'Markdown; null when a moderator hid the comment.' })
  body(@Parent() comment: Comment): string | null {
    return comment.hiddenAt ? null : comment.body;
  }

  @ResolveField(() => Boolean)
  hidden(@Parent() comment: Comment): boolean {
    return comment.hiddenAt !== null;
  }

  @ResolveField(() => User, { nullable: true })
  author(@Parent() comment: Comment, @Context() { loaders }: GraphqlContext) {
    return comment.authorId ? loaders.user.load(comment.authorId) : null;
  }

  @ResolveField(() => [CommentRevision], { description: 'Earlier texts, newest first; empty for a hidden comment.' })
  history(@Parent() comment: Comment): Promise<CommentRevision[]> | CommentRevision[] {
    if (comment.hiddenAt || !comment.editedAt) return [];
    return this.db.getRepository(CommentRevision).find({ where: { commentId: comment.id }, order: { replacedAt: 'DESC' } });
  }
}
