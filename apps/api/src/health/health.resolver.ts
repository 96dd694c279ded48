import { Args, ID, Query, Resolver } from '@nestjs/graphql';

import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { HealthService } from './health.service';
import { ProjectHealthModel } from './models/project-health.model';

@Resolver(() => ProjectHealthModel)
export class HealthResolver {
  constructor(private readonly health: HealthService) {}

  @Query(() => ProjectHealthModel, { description: 'Green, amber or red, with the reasons: the sponsor’s one-page answer.' })
  projectHealth(@Args('projectId', { type: () => ID }) projectId: string, @CurrentUser() user: AuthUser): Promise<ProjectHealthModel> {
    return this.health.projectHealth(projectId, user.id);
  }
}
