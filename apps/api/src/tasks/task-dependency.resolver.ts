import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { GraphQLContext } from '../common/graphql/graphql-options';
import { TaskDependencyModel, TaskModel } from './models/task.model';
import { taskById } from './tasks.loaders';

@Resolver(() => TaskDependencyModel)
export class TaskDependencyResolver {
  @ResolveField(() => TaskModel, { description: 'The task it waits for.' })
  async dependsOn(@Parent() link: TaskDependencyModel, @Context() ctx: GraphQLContext): Promise<TaskModel> {
    // Both ends of a link are of one program, which the query that reached the link has checked.
    return link.prerequisite ?? (await taskById(ctx.loaders).load(link.dependsOnId))!;
  }
}
