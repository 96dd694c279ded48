import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { daysLate, phaseGateBlockers, phaseProgress, todayIso } from '@crm/domain';

import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { GraphQLContext } from '../common/graphql/graphql-options';
import {
  AddExitCriterionInput,
  CreateMilestoneInput,
  SetExitCriterionInput,
  UpdateMilestoneInput,
  UpdatePhaseInput,
  VersionedIdInput,
} from './dto/phase.inputs';
import { ExitCriterionModel, MilestoneModel, MilestoneStatus, PhaseModel, PhaseProgressModel } from './models/phase.model';
import { exitCriteriaByPhaseId, milestonesByPhaseId, phaseById, taskCountsByPhaseId } from './phases.loaders';
import { PhasesService } from './phases.service';

@Resolver(() => PhaseModel)
export class PhasesResolver {
  constructor(private readonly phases: PhasesService) {}

  @Mutation(() => PhaseModel, { description: 'Re-plan a phase or start it.' })
  updatePhase(@Args('input') input: UpdatePhaseInput, @CurrentUser() user: AuthUser): Promise<PhaseModel> {
    return this.phases.updatePhase(input, user.id);
  }

  @Mutation(() => PhaseModel, { description: 'Closes a phase; GATE_BLOCKED lists what is still open.' })
  completePhase(@Args('input') input: VersionedIdInput, @CurrentUser() user: AuthUser): Promise<PhaseModel> {
    return this.phases.completePhase(input, user.id);
  }

  @Mutation(() => ExitCriterionModel)
  setExitCriterion(@Args('input') input: SetExitCriterionInput, @CurrentUser() user: AuthUser): Promise<ExitCriterionModel> {
    return this.phases.setExitCriterion(input, user.id);
  }

  @Mutation(() => ExitCriterionModel)
  addExitCriterion(@Args('input') input: AddExitCriterionInput, @CurrentUser() user: AuthUser): Promise<ExitCriterionModel> {
    return this.phases.addExitCriterion(input, user.id);
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

  @ResolveField(() => [String], { description: 'What keeps the phase from being completed; empty when the gate is open.' })
  async gateBlockers(@Parent() phase: PhaseModel, @Context() ctx: GraphQLContext): Promise<string[]> {
    if (phase.status === 'COMPLETED') return [];
    const [criteria, milestones] = await Promise.all([
      exitCriteriaByPhaseId(ctx.loaders).load(phase.id),
      milestonesByPhaseId(ctx.loaders).load(phase.id),
    ]);
    return phaseGateBlockers(criteria, milestones.map((m) => ({ name: m.name, done: m.status === MilestoneStatus.DONE })));
  }
}

@Resolver(() => MilestoneModel)
export class MilestonesResolver {
  constructor(private readonly phases: PhasesService) {}

  @Mutation(() => MilestoneModel)
  createMilestone(@Args('input') input: CreateMilestoneInput, @CurrentUser() user: AuthUser): Promise<MilestoneModel> {
    return this.phases.createMilestone(input, user.id);
  }

  @Mutation(() => MilestoneModel, { description: 'Rename or re-plan a milestone.' })
  updateMilestone(@Args('input') input: UpdateMilestoneInput, @CurrentUser() user: AuthUser): Promise<MilestoneModel> {
    return this.phases.updateMilestone(input, user.id);
  }

  @Mutation(() => MilestoneModel)
  completeMilestone(@Args('input') input: VersionedIdInput, @CurrentUser() user: AuthUser): Promise<MilestoneModel> {
    return this.phases.completeMilestone(input, user.id);
  }

  @ResolveField(() => Boolean)
  overdue(@Parent() milestone: MilestoneModel): boolean {
    return daysLate(milestone.dueDate, milestone.status === MilestoneStatus.DONE, todayIso()) > 0;
  }

  @ResolveField(() => Int, { description: 'Days past due while not done; 0 otherwise.' })
  daysLate(@Parent() milestone: MilestoneModel): number {
    return daysLate(milestone.dueDate, milestone.status === MilestoneStatus.DONE, todayIso());
  }

  @ResolveField(() => PhaseModel)
  async phase(@Parent() milestone: MilestoneModel, @Context() ctx: GraphQLContext): Promise<PhaseModel> {
    return (await phaseById(ctx.loaders).load(milestone.phaseId))!;
  }
}
