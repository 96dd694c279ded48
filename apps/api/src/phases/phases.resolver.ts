import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { daysLate, englishText, MAX_PAGE_SIZE, type Message, phaseGateBlockerMessages, phaseProgress, todayIso } from '@crm/domain';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanEdit, CanOwn } from '../common/access/project-scoped.decorator';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { MessageModel, toMessageModel } from '../common/graphql/message.model';
import { TaskModel } from '../tasks/models/task.model';
import { RoleModel } from '../team/models/role.model';
import { roleById } from '../team/team.loaders';
import {
  AddExitCriterionInput,
  CarryOverTasksInput,
  CreateMilestoneInput,
  CreatePhaseInput,
  ReopenPhaseInput,
  SetExitCriterionInput,
  UpdateExitCriterionInput,
  UpdateMilestoneInput,
  UpdatePhaseInput,
  VersionedIdInput,
} from './dto/phase.inputs';
import { ExitCriterionModel, MilestoneModel, MilestoneStatus, PhaseModel, PhaseProgressModel } from './models/phase.model';
import { gateCriteria } from './exit-criterion-verdicts';
import { exitCriteriaByPhaseId, judgedCriteriaByPhaseId, milestonesByPhaseId, openTaskTitlesByPhaseId, openTasksByPhaseId, phaseById, taskCountsByPhaseId } from './phases.loaders';
import { PhasesService } from './phases.service';

@Resolver(() => PhaseModel)
export class PhasesResolver {
  constructor(private readonly phases: PhasesService) {}

  @Mutation(() => PhaseModel, {
    description: 'Adds a phase to the plan (CUSTOM unless another kind is given), before the first phase planned to start later and never before a completed one; the later phases move one place on.',
  })
  @CanEdit('input.projectId', 'Project')
  createPhase(@Args('input') input: CreatePhaseInput, @Access() access: ProjectAccess): Promise<PhaseModel> {
    return this.phases.createPhase(input, access);
  }

  @Mutation(() => PhaseModel, { description: 'Rename or re-plan a phase, or start it. Its place in the working order stays.' })
  @CanEdit('input.id', 'Phase')
  updatePhase(@Args('input') input: UpdatePhaseInput, @Access() access: ProjectAccess): Promise<PhaseModel> {
    return this.phases.updatePhase(input, access);
  }

  @Mutation(() => PhaseModel, { description: 'Closes a phase; GATE_BLOCKED lists what is still open.' })
  @CanEdit('input.id', 'Phase')
  completePhase(@Args('input') input: VersionedIdInput, @Access() access: ProjectAccess): Promise<PhaseModel> {
    return this.phases.completePhase(input, access);
  }

  @Mutation(() => PhaseModel, {
    description: 'Moves open tasks of a phase to a later phase that is not completed, so the phase can close; each move is in the history. Returns the phase the tasks left.',
  })
  @CanEdit('input.phaseId', 'Phase')
  carryOverTasks(@Args('input') input: CarryOverTasksInput, @Access() access: ProjectAccess): Promise<PhaseModel> {
    return this.phases.carryOverTasks(input, access);
  }

  @Mutation(() => PhaseModel, { description: 'Opens a completed phase again (project owners only); the reason goes into the history.' })
  @CanOwn('input.id', 'Phase')
  reopenPhase(@Args('input') input: ReopenPhaseInput, @Access() access: ProjectAccess): Promise<PhaseModel> {
    return this.phases.reopenPhase(input, access);
  }

  @Mutation(() => ExitCriterionModel)
  @CanEdit('input.id', 'ExitCriterion')
  setExitCriterion(@Args('input') input: SetExitCriterionInput, @Access() access: ProjectAccess): Promise<ExitCriterionModel> {
    return this.phases.setExitCriterion(input, access);
  }

  @Mutation(() => ExitCriterionModel, { description: 'Rewords an exit criterion; a stale version is refused with CONFLICT.' })
  @CanEdit('input.id', 'ExitCriterion')
  updateExitCriterion(@Args('input') input: UpdateExitCriterionInput, @Access() access: ProjectAccess): Promise<ExitCriterionModel> {
    return this.phases.updateExitCriterion(input, access);
  }

  @Mutation(() => ExitCriterionModel)
  @CanEdit('input.phaseId', 'Phase')
  addExitCriterion(@Args('input') input: AddExitCriterionInput, @Access() access: ProjectAccess): Promise<ExitCriterionModel> {
    return this.phases.addExitCriterion(input, access);
  }

  @ResolveField(() => RoleModel, { nullable: true, description: 'The role told when the gate is blocked or opens; null when the project manager is.' })
  ownerRole(@Parent() phase: PhaseModel, @Context() ctx: GraphQLContext): Promise<RoleModel | null> {
    return phase.ownerRoleId ? roleById(ctx.loaders).load(phase.ownerRoleId) : Promise.resolve(null);
  }

  @ResolveField(() => [ExitCriterionModel])
  exitCriteria(@Parent() phase: PhaseModel, @Context() ctx: GraphQLContext): Promise<ExitCriterionModel[]> {
    return exitCriteriaByPhaseId(ctx.loaders).load(phase.id);
  }

  @ResolveField(() => [MilestoneModel])
  milestones(@Parent() phase: PhaseModel, @Context() ctx: GraphQLContext): Promise<MilestoneModel[]> {
    return milestonesByPhaseId(ctx.loaders).load(phase.id);
  }

  @ResolveField(() => PhaseProgressModel)
  async progress(@Parent() phase: PhaseModel, @Context() ctx: GraphQLContext): Promise<PhaseProgressModel> {
    const counts = await taskCountsByPhaseId(ctx.loaders).load(phase.id);
    return { doneTasks: counts.done, totalTasks: counts.total, ratio: phaseProgress(counts) };
  }

  @ResolveField(() => [TaskModel], {
    description: `The first ${MAX_PAGE_SIZE} tasks of the phase not yet done, in board order: they block its gate until done or carried over. The tasks query with a phase and status filter pages through all of them.`,
  })
  openTasks(@Parent() phase: PhaseModel, @Context() ctx: GraphQLContext): Promise<TaskModel[]> {
    return openTasksByPhaseId(ctx.loaders).load(phase.id);
  }

  @ResolveField(() => [String], { description: 'What keeps the phase from being completed; empty when the gate is open.' })
  async gateBlockers(@Parent() phase: PhaseModel, @Context() ctx: GraphQLContext): Promise<string[]> {
    return (await this.gateBlockerMessagesOf(phase, ctx)).map((m) => englishText(m.code, m.params));
  }

  @ResolveField(() => [MessageModel], { description: 'The same blockers as `gateBlockers`, as messages for the client to word.' })
  async gateBlockerMessages(@Parent() phase: PhaseModel, @Context() ctx: GraphQLContext): Promise<MessageModel[]> {
    return (await this.gateBlockerMessagesOf(phase, ctx)).map(toMessageModel);
  }

  private async gateBlockerMessagesOf(phase: PhaseModel, ctx: GraphQLContext): Promise<Message[]> {
    if (phase.status === 'COMPLETED') return [];
    const [criteria, milestones, openTitles, counts] = await Promise.all([
      judgedCriteriaByPhaseId(ctx.loaders).load(phase.id),
      milestonesByPhaseId(ctx.loaders).load(phase.id),
      openTaskTitlesByPhaseId(ctx.loaders).load(phase.id),
      taskCountsByPhaseId(ctx.loaders).load(phase.id),
    ]);
    return phaseGateBlockerMessages(
      gateCriteria(criteria.rows, criteria.judged),
      milestones.map((m) => ({ name: m.name, done: m.status === MilestoneStatus.DONE })),
      openTitles.map((title) => ({ title, done: false })),
      counts.total - counts.done,
    );
  }
}

@Resolver(() => MilestoneModel)
export class MilestonesResolver {
  constructor(private readonly phases: PhasesService) {}

  @Mutation(() => MilestoneModel)
  @CanEdit('input.phaseId', 'Phase')
  createMilestone(@Args('input') input: CreateMilestoneInput, @Access() access: ProjectAccess): Promise<MilestoneModel> {
    return this.phases.createMilestone(input, access);
  }

  @Mutation(() => MilestoneModel, { description: 'Rename or re-plan a milestone, or move it to another phase of the project.' })
  @CanEdit('input.id', 'Milestone')
  updateMilestone(@Args('input') input: UpdateMilestoneInput, @Access() access: ProjectAccess): Promise<MilestoneModel> {
    return this.phases.updateMilestone(input, access);
  }

  @Mutation(() => MilestoneModel)
  @CanEdit('input.id', 'Milestone')
  completeMilestone(@Args('input') input: VersionedIdInput, @Access() access: ProjectAccess): Promise<MilestoneModel> {
    return this.phases.completeMilestone(input, access);
  }

  @ResolveField(() => Boolean)
  overdue(@Parent() milestone: MilestoneModel): boolean {
    return daysLate(milestone.dueDate, milestone.status === MilestoneStatus.DONE, todayIso()) > 0;
  }

  @ResolveField(() => Int, { description: 'Days past due while not done; 0 otherwise.' })
  daysLate(@Parent() milestone: MilestoneModel): number {
    return daysLate(milestone.dueDate, milestone.status === MilestoneStatus.DONE, todayIso());
  }

  @ResolveField(() => RoleModel, { nullable: true, description: 'Who is reminded of the milestone; null means the program’s project manager.' })
  ownerRole(@Parent() milestone: MilestoneModel, @Context() ctx: GraphQLContext): Promise<RoleModel | null> {
    return milestone.ownerRoleId ? roleById(ctx.loaders).load(milestone.ownerRoleId) : Promise.resolve(null);
  }

  @ResolveField(() => PhaseModel)
  async phase(@Parent() milestone: MilestoneModel, @Context() ctx: GraphQLContext): Promise<PhaseModel> {
    return (await phaseById(ctx.loaders).load(milestone.phaseId))!;
  }
}
