import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanEdit, CanOwn, CanView } from '../common/access/project-scoped.decorator';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { PersonModel } from '../people/models/person.model';
import { personById } from '../people/people.loaders';
import { RoleModel } from '../team/models/role.model';
import { roleById } from '../team/team.loaders';
import { CreateSupportItemInput, UpdateHypercareTargetsInput, UpdateSupportItemInput } from './dto/support-item.inputs';
import { HypercareService } from './hypercare.service';
import { HypercareExitModel, HypercareTargetModel, SupportItemModel } from './models/support-item.model';

@Resolver(() => SupportItemModel)
export class HypercareResolver {
  constructor(private readonly hypercare: HypercareService) {}

  @Query(() => [SupportItemModel], { description: 'A live wave’s support items, newest first, with their targets and breaches as of now.' })
  @CanView('waveId', 'RolloutWave')
  supportItems(@Args('waveId', { type: () => ID }) waveId: string, @Access() access: ProjectAccess): Promise<SupportItemModel[]> {
    return this.hypercare.list(waveId, access);
  }

  @Query(() => HypercareExitModel, { description: 'May the wave’s hypercare end? No open severity 1–2 item, and new items falling two weeks in a row.' })
  @CanView('waveId', 'RolloutWave')
  hypercareExit(@Args('waveId', { type: () => ID }) waveId: string): Promise<HypercareExitModel> {
    return this.hypercare.exit(waveId);
  }

  @Query(() => [HypercareTargetModel], { description: 'The program’s response and resolution targets per severity (the defaults where it set none).' })
  @CanView('projectId')
  hypercareTargets(@Args('projectId', { type: () => ID }) _projectId: string, @Access() access: ProjectAccess): Promise<HypercareTargetModel[]> {
    return this.hypercare.targets(access);
  }

  @Mutation(() => SupportItemModel, { description: 'Logs a question or problem in a live wave; a how-to question puts its reporter on the re-training list.' })
  @CanEdit('input.waveId', 'RolloutWave')
  createSupportItem(@Args('input') input: CreateSupportItemInput, @Access() access: ProjectAccess): Promise<SupportItemModel> {
    return this.hypercare.create(input, access);
  }

  @Mutation(() => SupportItemModel, { description: 'Edits an item or moves it on; the first move out of OPEN is its response.' })
  @CanEdit('input.id', 'SupportItem')
  updateSupportItem(@Args('input') input: UpdateSupportItemInput, @Access() access: ProjectAccess): Promise<SupportItemModel> {
    return this.hypercare.update(input, access);
  }

  @Mutation(() => [HypercareTargetModel], { description: 'Changes the program’s targets for the severities given (owners only).' })
  @CanOwn('input.projectId')
  updateHypercareTargets(@Args('input') input: UpdateHypercareTargetsInput, @Access() access: ProjectAccess): Promise<HypercareTargetModel[]> {
    return this.hypercare.updateTargets(input, access);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  reporter(@Parent() item: SupportItemModel, @Context() ctx: GraphQLContext): Promise<PersonModel | null> {
    return item.reporterId ? personById(ctx.loaders).load(item.reporterId) : Promise.resolve(null);
  }

  @ResolveField(() => RoleModel, { nullable: true, description: 'The role that answers the item.' })
  ownerRole(@Parent() item: SupportItemModel, @Context() ctx: GraphQLContext): Promise<RoleModel | null> {
    return item.ownerRoleId ? roleById(ctx.loaders).load(item.ownerRoleId) : Promise.resolve(null);
  }
}
