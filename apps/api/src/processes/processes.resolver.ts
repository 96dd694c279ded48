import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { englishText, processTransitionBlocker } from '@crm/domain';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanEdit, CanView } from '../common/access/project-scoped.decorator';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { MessageModel, toMessageModel } from '../common/graphql/message.model';
import { RequirementModel } from '../requirements/models/requirement.model';
import { RoleModel } from '../team/models/role.model';
import { roleById } from '../team/team.loaders';
import { CreateProcessInput, SetProcessStatusInput, UpdateProcessInput } from './dto/process.inputs';
import { ProcessModel, ProcessStatus } from './models/process.model';
import { requirementsByProcessId } from './processes.loaders';
import { ProcessesService } from './processes.service';

@Resolver(() => ProcessModel)
export class ProcessesResolver {
  constructor(private readonly processesService: ProcessesService) {}

  @Query(() => [ProcessModel], { description: 'Customer-facing processes being redesigned.' })
  @CanView('projectId')
  processes(@Args('projectId', { type: () => ID }) _projectId: string, @Access() access: ProjectAccess): Promise<ProcessModel[]> {
    return this.processesService.list(access);
  }

  @Mutation(() => ProcessModel)
  @CanEdit('input.projectId')
  createProcess(@Args('input') input: CreateProcessInput, @Access() access: ProjectAccess): Promise<ProcessModel> {
    return this.processesService.create(input, access);
  }

  @Mutation(() => ProcessModel)
  @CanEdit('input.id', 'Process')
  updateProcess(@Args('input') input: UpdateProcessInput, @Access() access: ProjectAccess): Promise<ProcessModel> {
    return this.processesService.update(input, access);
  }

  @Mutation(() => ProcessModel, { description: 'Moves a process forward or back; AUTOMATED needs VALIDATED first.' })
  @CanEdit('input.id', 'Process')
  setProcessStatus(@Args('input') input: SetProcessStatusInput, @Access() access: ProjectAccess): Promise<ProcessModel> {
    return this.processesService.setStatus(input, access);
  }

  @ResolveField(() => RoleModel, { nullable: true })
  ownerRole(@Parent() process: ProcessModel, @Context() ctx: GraphQLContext): Promise<RoleModel | null> {
    return process.ownerRoleId ? roleById(ctx.loaders).load(process.ownerRoleId) : Promise.resolve(null);
  }

  @ResolveField(() => [RequirementModel])
  requirements(@Parent() process: ProcessModel, @Context() ctx: GraphQLContext): Promise<RequirementModel[]> {
    return requirementsByProcessId(ctx.loaders).load(process.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Why the process cannot be automated yet, in English; null when it can.' })
  automationBlocker(@Parent() process: ProcessModel): string | null {
    const blocker = processTransitionBlocker(process.status, ProcessStatus.AUTOMATED);
    return blocker && englishText(blocker.code, blocker.params);
  }

  @ResolveField(() => MessageModel, { nullable: true, description: 'The same as `automationBlocker` (PROCESS_NOT_VALIDATED_YET), for the client to word; null when it can be automated.' })
  automationBlockerMessage(@Parent() process: ProcessModel): MessageModel | null {
    const blocker = processTransitionBlocker(process.status, ProcessStatus.AUTOMATED);
    return blocker && toMessageModel(blocker);
  }
}
