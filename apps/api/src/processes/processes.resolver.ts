import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { processTransitionBlocker } from '@crm/domain';

import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { RequirementModel } from '../requirements/models/requirement.model';
import { linkedRequirements } from '../requirements/requirements.loaders';
import { RoleModel } from '../team/models/role.model';
import { roleById } from '../team/team.loaders';
import { CreateProcessInput, SetProcessStatusInput, UpdateProcessInput } from './dto/process.inputs';
import { ProcessModel, ProcessStatus } from './models/process.model';
import { ProcessesService } from './processes.service';

@Resolver(() => ProcessModel)
export class ProcessesResolver {
  constructor(private readonly processesService: ProcessesService) {}

  @Query(() => [ProcessModel], { description: 'Customer-facing processes being redesigned.' })
  processes(@Args('projectId', { type: () => ID }) projectId: string, @CurrentUser() user: AuthUser): Promise<ProcessModel[]> {
    return this.processesService.list(projectId, user.id);
  }

  @Mutation(() => ProcessModel)
  createProcess(@Args('input') input: CreateProcessInput, @CurrentUser() user: AuthUser): Promise<ProcessModel> {
    return this.processesService.create(input, user.id);
  }

  @Mutation(() => ProcessModel)
  updateProcess(@Args('input') input: UpdateProcessInput, @CurrentUser() user: AuthUser): Promise<ProcessModel> {
    return this.processesService.update(input, user.id);
  }

  @Mutation(() => ProcessModel, { description: 'Moves a process forward or back; AUTOMATED needs VALIDATED first.' })
  setProcessStatus(@Args('input') input: SetProcessStatusInput, @CurrentUser() user: AuthUser): Promise<ProcessModel> {
    return this.processesService.setStatus(input, user.id);
  }

  @ResolveField(() => RoleModel, { nullable: true })
  ownerRole(@Parent() process: ProcessModel, @Context() ctx: GraphQLContext): Promise<RoleModel | null> {
    return process.ownerRoleId ? roleById(ctx.loaders).load(process.ownerRoleId) : Promise.resolve(null);
  }

  @ResolveField(() => [RequirementModel])
  requirements(@Parent() process: ProcessModel, @Context() ctx: GraphQLContext): Promise<RequirementModel[]> {
    return linkedRequirements(ctx.loaders, 'process_requirements').load(process.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Why the process cannot be automated yet; null when it can.' })
  automationBlocker(@Parent() process: ProcessModel): string | null {
    return processTransitionBlocker(process.status, ProcessStatus.AUTOMATED);
  }
}
