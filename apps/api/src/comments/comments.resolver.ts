import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanView } from '../common/access/project-scoped.decorator';
import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { Connection } from '../common/graphql/pagination';
import { PersonModel } from '../people/models/person.model';
import { personById } from '../people/people.loaders';
import { RoleModel } from '../team/models/role.model';
import { roleById } from '../team/team.loaders';
import { mentionsByCommentId, revisionsByCommentId } from './comments.loaders';
import { CommentsService } from './comments.service';
import { AddCommentInput, CommentsArgs, DeleteCommentInput, UpdateCommentInput } from './dto/comment.inputs';
import { CommentConnection, CommentMentionModel, CommentModel, CommentRevisionModel } from './models/comment.model';

/**
 * Commenting needs only view access: the guard checks the subject's program like any read, and
 * the service decides whose comment may be changed.
 */
@Resolver(() => CommentModel)
export class CommentsResolver {
  constructor(private readonly service: CommentsService) {}

  @Query(() => CommentConnection, { name: 'comments', description: 'The thread under a record, oldest first.' })
  @CanView('subjectId', 'CommentSubject')
  thread(@Args() args: CommentsArgs, @Access() access: ProjectAccess): Promise<Connection<CommentModel>> {
    return this.service.thread(args, access);
  }

  @Mutation(() => CommentModel, { description: 'Any member who can see the program may comment; mentions are told.' })
  @CanView('input.subjectId', 'CommentSubject')
  addComment(@Args('input') input: AddCommentInput, @Access() access: ProjectAccess): Promise<CommentModel> {
    return this.service.add(input, access);
  }

  @Mutation(() => CommentModel, { description: 'The author changes their comment; the earlier text is kept in its revisions.' })
  @CanView('input.id', 'Comment')
  updateComment(@Args('input') input: UpdateCommentInput, @Access() access: ProjectAccess): Promise<CommentModel> {
    return this.service.update(input, access);
  }

  @Mutation(() => CommentModel, { description: 'The author or a program owner removes a comment; the thread keeps its place without the text.' })
  @CanView('input.id', 'Comment')
  deleteComment(@Args('input') input: DeleteCommentInput, @Access() access: ProjectAccess): Promise<CommentModel> {
    return this.service.remove(input, access);
  }

  @ResolveField(() => Boolean, { description: 'True when the signed-in account wrote it.' })
  mine(@Parent() comment: CommentModel, @CurrentUser() user: AuthUser): boolean {
    return comment.authorUserId === user.id;
  }

  @ResolveField(() => [CommentMentionModel])
  async mentions(@Parent() comment: CommentModel, @Context() ctx: GraphQLContext): Promise<CommentMentionModel[]> {
    if (comment.removed) return [];
    return (await mentionsByCommentId(ctx.loaders).load(comment.id)).map((m) => ({ personId: m.person_id, roleId: m.role_id }));
  }

  @ResolveField(() => [CommentRevisionModel], { description: 'Earlier texts, oldest first.' })
  async revisions(@Parent() comment: CommentModel, @Context() ctx: GraphQLContext): Promise<CommentRevisionModel[]> {
    if (!comment.editedAt || comment.removed) return [];
    return (await revisionsByCommentId(ctx.loaders).load(comment.id)).map((r) => ({ body: r.body, editedAt: r.edited_at }));
  }
}

@Resolver(() => CommentMentionModel)
export class CommentMentionsResolver {
  @ResolveField(() => PersonModel, { nullable: true })
  person(@Parent() mention: CommentMentionModel, @Context() ctx: GraphQLContext): Promise<PersonModel | null> {
    return mention.personId ? personById(ctx.loaders).load(mention.personId) : Promise.resolve(null);
  }

  @ResolveField(() => RoleModel, { nullable: true })
  role(@Parent() mention: CommentMentionModel, @Context() ctx: GraphQLContext): Promise<RoleModel | null> {
    return mention.roleId ? roleById(ctx.loaders).load(mention.roleId) : Promise.resolve(null);
  }
}
