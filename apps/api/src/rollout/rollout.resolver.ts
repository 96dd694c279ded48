import { Args, Context, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { goLiveBlockerMessages, goLiveBlockers, goLiveOutsidePhase, goLiveOutsidePhaseReason, goLiveOutsidePhaseWarning, readinessProgress } from '@crm/domain';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanEdit, CanView } from '../common/access/project-scoped.decorator';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { MessageModel, toMessageModel } from '../common/graphql/message.model';
import { PersonModel } from '../people/models/person.model';
import { MilestoneModel, PhaseKind, PhaseModel } from '../phases/models/phase.model';
import { milestoneById, phasesByProjectId } from '../phases/phases.loaders';
import {
  AddReadinessItemInput,
  CloseWaveInput,
  CreateRolloutWaveInput,
  GoLiveInput,
  SetReadinessItemInput,
  SetWaveKeyUsersInput,
  UpdateRolloutWaveInput,
} from './dto/rollout.inputs';
import { ReadinessItemModel, RolloutWaveModel, WaveStatus } from './models/rollout-wave.model';
import { keyUsersByWaveId, readinessItemsByWaveId, rolloutWaveById } from './rollout.loaders';
import { RolloutService } from './rollout.service';

@Resolver(() => RolloutWaveModel)
export class RolloutWavesResolver {
  constructor(private readonly rollout: RolloutService) {}

  @Query(() => [RolloutWaveModel], { description: 'A project’s rollout waves, earliest go-live first.' })
  @CanView('projectId')
  rolloutWaves(@Args('projectId', { type: () => ID }) _projectId: string, @Access() access: ProjectAccess): Promise<RolloutWaveModel[]> {
    return this.rollout.list(access);
  }

  @Mutation(() => RolloutWaveModel, { description: 'Plans a wave with its go-live milestone in the rollout phase and its readiness checklist.' })
  @CanEdit('input.projectId')
  createRolloutWave(@Args('input') input: CreateRolloutWaveInput, @Access() access: ProjectAccess): Promise<RolloutWaveModel> {
    return this.rollout.create(input, access);
  }

  @Mutation(() => RolloutWaveModel, { description: 'Renames, re-scopes or re-plans a wave; the go-live milestone moves with it.' })
  @CanEdit('input.id', 'RolloutWave')
  updateRolloutWave(@Args('input') input: UpdateRolloutWaveInput, @Access() access: ProjectAccess): Promise<RolloutWaveModel> {
    return this.rollout.update(input, access);
  }

  @Mutation(() => RolloutWaveModel, { description: 'Replaces the wave’s key users; each must hold the KEY_USER role in the project.' })
  @CanEdit('input.waveId', 'RolloutWave')
  setWaveKeyUsers(@Args('input') input: SetWaveKeyUsersInput, @Access() access: ProjectAccess): Promise<RolloutWaveModel> {
    return this.rollout.setKeyUsers(input, access);
  }

  @Mutation(() => RolloutWaveModel, { description: 'Takes a wave live and completes its milestone; GATE_BLOCKED lists the open readiness items.' })
  @CanEdit('input.waveId', 'RolloutWave')
  goLive(@Args('input') input: GoLiveInput, @Access() access: ProjectAccess): Promise<RolloutWaveModel> {
    return this.rollout.goLive(input, access);
  }

  @Mutation(() => RolloutWaveModel, { description: 'Closes a live wave once its hypercare is over.' })
  @CanEdit('input.waveId', 'RolloutWave')
  closeWave(@Args('input') input: CloseWaveInput, @Access() access: ProjectAccess): Promise<RolloutWaveModel> {
    return this.rollout.close(input, access);
  }

  @ResolveField(() => [ReadinessItemModel])
  readinessItems(@Parent() wave: RolloutWaveModel, @Context() ctx: GraphQLContext): Promise<ReadinessItemModel[]> {
    return readinessItemsByWaveId(ctx.loaders).load(wave.id);
  }

  @ResolveField(() => Float, { description: 'Share of readiness items checked, 0 to 1.' })
  async readiness(@Parent() wave: RolloutWaveModel, @Context() ctx: GraphQLContext): Promise<number> {
    return readinessProgress(await readinessItemsByWaveId(ctx.loaders).load(wave.id));
  }

  @ResolveField(() => [String], { description: 'What keeps the wave from going live, in English; empty when it may go live or already has.' })
  async goLiveBlockers(@Parent() wave: RolloutWaveModel, @Context() ctx: GraphQLContext): Promise<string[]> {
    if (wave.status === WaveStatus.LIVE || wave.status === WaveStatus.CLOSED) return [];
    return goLiveBlockers(await readinessItemsByWaveId(ctx.loaders).load(wave.id));
  }

  @ResolveField(() => [MessageModel], { description: 'The same blockers as `goLiveBlockers`, as messages for the client to word.' })
  async goLiveBlockerMessages(@Parent() wave: RolloutWaveModel, @Context() ctx: GraphQLContext): Promise<MessageModel[]> {
    if (wave.status === WaveStatus.LIVE || wave.status === WaveStatus.CLOSED) return [];
    return goLiveBlockerMessages(await readinessItemsByWaveId(ctx.loaders).load(wave.id)).map(toMessageModel);
  }

  @ResolveField(() => MilestoneModel, { nullable: true, description: 'The go-live milestone; null when the project has no rollout phase.' })
  milestone(@Parent() wave: RolloutWaveModel, @Context() ctx: GraphQLContext): Promise<MilestoneModel | null> {
    return wave.milestoneId ? milestoneById(ctx.loaders).load(wave.milestoneId) : Promise.resolve(null);
  }

  @ResolveField(() => Boolean, { description: 'True when the go-live falls before the rollout phase’s planned start or after its planned end.' })
  async goLiveOutsidePhase(@Parent() wave: RolloutWaveModel, @Context() ctx: GraphQLContext): Promise<boolean> {
    return goLiveOutsidePhase(wave.goLiveDate, await this.rolloutPhaseOf(wave, ctx));
  }

  @ResolveField(() => String, { nullable: true, description: 'Says in English where the go-live falls against the rollout phase when it is outside it; null otherwise.' })
  async goLiveWarning(@Parent() wave: RolloutWaveModel, @Context() ctx: GraphQLContext): Promise<string | null> {
    const phase = await this.rolloutPhaseOf(wave, ctx);
    return phase && goLiveOutsidePhase(wave.goLiveDate, phase) ? goLiveOutsidePhaseWarning(wave.name, wave.goLiveDate, phase) : null;
  }

  @ResolveField(() => MessageModel, { nullable: true, description: 'The same as `goLiveWarning` (WAVE_GO_LIVE_OUTSIDE_PHASE), for the client to word; null when the go-live is inside the phase.' })
  async goLiveWarningMessage(@Parent() wave: RolloutWaveModel, @Context() ctx: GraphQLContext): Promise<MessageModel | null> {
    const phase = await this.rolloutPhaseOf(wave, ctx);
    return phase && goLiveOutsidePhase(wave.goLiveDate, phase) ? toMessageModel(goLiveOutsidePhaseReason(wave.name, wave.goLiveDate, phase)) : null;
  }

  @ResolveField(() => [PersonModel])
  keyUsers(@Parent() wave: RolloutWaveModel, @Context() ctx: GraphQLContext): Promise<PersonModel[]> {
    return keyUsersByWaveId(ctx.loaders).load(wave.id);
  }

  private async rolloutPhaseOf(wave: RolloutWaveModel, ctx: GraphQLContext): Promise<PhaseModel | null> {
    return (await phasesByProjectId(ctx.loaders).load(wave.projectId)).find((p) => p.kind === PhaseKind.PHASED_ROLLOUT) ?? null;
  }
}

@Resolver(() => ReadinessItemModel)
export class ReadinessItemsResolver {
  constructor(private readonly rollout: RolloutService) {}

  @Mutation(() => ReadinessItemModel, { description: 'Adds an unchecked item; a READY wave is PLANNED again until it is checked.' })
  @CanEdit('input.waveId', 'RolloutWave')
  addReadinessItem(@Args('input') input: AddReadinessItemInput, @Access() access: ProjectAccess): Promise<ReadinessItemModel> {
    return this.rollout.addReadinessItem(input, access);
  }

  @Mutation(() => ReadinessItemModel, { description: 'Checks or unchecks an item; the wave becomes READY when all are checked and PLANNED again when one is not.' })
  @CanEdit('input.id', 'ReadinessItem')
  setReadinessItem(@Args('input') input: SetReadinessItemInput, @Access() access: ProjectAccess): Promise<ReadinessItemModel> {
    return this.rollout.setReadinessItem(input, access);
  }

  @ResolveField(() => RolloutWaveModel, { description: 'The wave, with the status the change left it in.' })
  async wave(@Parent() item: ReadinessItemModel, @Context() ctx: GraphQLContext): Promise<RolloutWaveModel> {
    return (await rolloutWaveById(ctx.loaders).load(item.waveId))!;
  }
}
