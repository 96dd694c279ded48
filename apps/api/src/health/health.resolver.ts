import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanView } from '../common/access/project-scoped.decorator';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { HealthService } from './health.service';
import { ProjectHealthModel } from './models/project-health.model';

@Resolver(() => ProjectHealthModel)
export class HealthResolver {
  constructor(private readonly health: HealthService) {}

  @Query(() => ProjectHealthModel, { description: 'Green, amber or red, with the reasons: the sponsor’s one-page answer.' })
  @CanView('projectId')
  projectHealth(@Args('projectId', { type: () => ID }) _projectId: string, @Access() access: ProjectAccess, @Context() ctx: GraphQLContext): Promise<ProjectHealthModel> {
    return this.health.projectHealth(access, ctx.loaders);
  }
}
