import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { CreateProjectInput } from './dto/create-project.input';
import { ProjectModel } from './models/project.model';
import { ProjectsService } from './projects.service';

@Resolver(() => ProjectModel)
export class ProjectsResolver {
  constructor(private readonly projectsService: ProjectsService) {}

  @Query(() => [ProjectModel], { description: 'The projects you are a member of, newest first.' })
  projects(@CurrentUser() user: AuthUser): Promise<ProjectModel[]> {
    return this.projectsService.listFor(user.id);
  }

  @Query(() => ProjectModel)
  project(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<ProjectModel> {
    return this.projectsService.get(id, user.id);
  }

  @Mutation(() => ProjectModel)
  createProject(@Args('input') input: CreateProjectInput, @CurrentUser() user: AuthUser): Promise<ProjectModel> {
    return this.projectsService.create(input, user.id);
  }
}
