import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { GraphQLContext } from '../common/graphql/graphql-options';
import { RiskModel } from '../risks/models/risk.model';
import { TaskModel } from '../tasks/models/task.model';
import { commentCountBySubject } from './comments.loaders';

/** `commentCount` on the records whose cards show one; one statement per kind and request. */
@Resolver(() => TaskModel)
export class TaskCommentCountResolver {
  @ResolveField(() => Int, { description: 'Comments under the task that still have their text.' })
  commentCount(@Parent() task: TaskModel, @Context() ctx: GraphQLContext): Promise<number> {
    return commentCountBySubject(ctx.loaders, 'TASK').load(task.id);
  }
}

@Resolver(() => RiskModel)
export class RiskCommentCountResolver {
  @ResolveField(() => Int, { description: 'Comments under the risk that still have their text.' })
  commentCount(@Parent() risk: RiskModel, @Context() ctx: GraphQLContext): Promise<number> {
    return commentCountBySubject(ctx.loaders, 'RISK').load(risk.id);
  }
}
