import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { GraphQLContext } from '../common/graphql/graphql-options';
import { ProjectModel } from '../projects/models/project.model';
import { HealthService } from './health.service';
import { ProjectHealthModel } from './models/project-health.model';

/**
 * `Project.health`, for lists of programs: every program asked for in one request is judged in one
 * batch, so the project list costs the same statements for two programs as for twenty. A Project
 * only reaches a client through `projects` (the caller's memberships) or `project(id)` (checked by
 * the access guard), so whoever sees the program may see its health.
 */
@Resolver(() => ProjectModel)
export class ProjectHealthFieldResolver {
  constructor(private readonly healthService: HealthService) {}

  @ResolveField(() => ProjectHealthModel, { description: 'Green, amber or red with the reasons, as the health page shows it.' })
  health(@Parent() project: ProjectModel, @Context() ctx: GraphQLContext): Promise<ProjectHealthModel> {
    return ctx.loaders.get<string, ProjectHealthModel>('healthByProjectId', (_db, ids) => this.healthService.healthOfProjects(ids, ctx.loaders)).load(project.id);
  }
}
