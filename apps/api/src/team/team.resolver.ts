import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanEdit, CanView } from '../common/access/project-scoped.decorator';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { PersonModel } from '../people/models/person.model';
import { personById } from '../people/people.loaders';
import { AssignRoleInput, CreateRoleInput, UnassignRoleInput, UpdateRoleAssignmentInput } from './dto/assign-role.input';
import { RoleAssignmentModel, RoleModel, TeamModel } from './models/role.model';
import { RolloutWaveModel } from '../rollout/models/rollout-wave.model';
import { rolloutWaveById } from '../rollout/rollout.loaders';
import { holdersByRoleId, primaryHolderByRoleId, roleById, waveHoldersByRoleId } from './team.loaders';
import { TeamService } from './team.service';

@Resolver(() => RoleModel)
export class RolesResolver {
  constructor(private readonly teamService: TeamService) {}

  @Query(() => [RoleModel], { description: 'The roles of a project: the standard catalog plus its custom roles.' })
  @CanView('projectId')
  roles(@Args('projectId', { type: () => ID }) _projectId: string, @Access() access: ProjectAccess): Promise<RoleModel[]> {
    return this.teamService.roles(access);
  }

  @Query(() => TeamModel)
  @CanView('projectId')
  team(@Args('projectId', { type: () => ID }) _projectId: string, @Access() access: ProjectAccess): Promise<TeamModel> {
    return this.teamService.teamOf(access);
  }

  @Mutation(() => RoleModel)
  @CanEdit('input.projectId')
  createRole(@Args('input') input: CreateRoleInput, @Access() access: ProjectAccess): Promise<RoleModel> {
    return this.teamService.createRole(input, access);
  }

  @Mutation(() => RoleAssignmentModel)
  @CanEdit('input.projectId')
  assignRole(@Args('input') input: AssignRoleInput, @Access() access: ProjectAccess): Promise<RoleAssignmentModel> {
    return this.teamService.assign(input, access);
  }

  @Mutation(() => RoleAssignmentModel)
  @CanEdit('input.projectId')
  unassignRole(@Args('input') input: UnassignRoleInput, @Access() access: ProjectAccess): Promise<RoleAssignmentModel> {
    return this.teamService.unassign(input, access);
  }

  @Mutation(() => RoleAssignmentModel)
  @CanEdit('input.id', 'RoleAssignment')
  updateRoleAssignment(@Args('input') input: UpdateRoleAssignmentInput, @Access() access: ProjectAccess): Promise<RoleAssignmentModel> {
    return this.teamService.updateAssignment(input, access);
  }

  @ResolveField(() => [RoleAssignmentModel], { description: 'The people holding the role in one rollout wave each (see waveId), primary first.' })
  waveHolders(@Parent() role: RoleModel, @Context() ctx: GraphQLContext): Promise<RoleAssignmentModel[]> {
    return waveHoldersByRoleId(ctx.loaders).load(role.id);
  }

  @ResolveField(() => [RoleAssignmentModel], { description: 'The people holding the role for the whole program, primary first.' })
  holders(@Parent() role: RoleModel, @Context() ctx: GraphQLContext): Promise<RoleAssignmentModel[]> {
    return holdersByRoleId(ctx.loaders).load(role.id);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Owns the tasks of this role that have no explicit assignee.' })
  async primaryHolder(@Parent() role: RoleModel, @Context() ctx: GraphQLContext): Promise<PersonModel | null> {
    const personId = await primaryHolderByRoleId(ctx.loaders).load(role.id);
    return personId ? personById(ctx.loaders).load(personId) : null;
  }
}

@Resolver(() => RoleAssignmentModel)
export class RoleAssignmentsResolver {
  @ResolveField(() => RoleModel)
  async role(@Parent() assignment: RoleAssignmentModel, @Context() ctx: GraphQLContext): Promise<RoleModel> {
    return (await roleById(ctx.loaders).load(assignment.roleId))!;
  }

  @ResolveField(() => PersonModel)
  async person(@Parent() assignment: RoleAssignmentModel, @Context() ctx: GraphQLContext): Promise<PersonModel> {
    return (await personById(ctx.loaders).load(assignment.personId))!;
  }

  @ResolveField(() => RolloutWaveModel, { nullable: true, description: 'The wave the role is held in; null for the whole program.' })
  wave(@Parent() assignment: RoleAssignmentModel, @Context() ctx: GraphQLContext): Promise<RolloutWaveModel | null> {
    return assignment.waveId ? rolloutWaveById(ctx.loaders).load(assignment.waveId) : Promise.resolve(null);
  }
}
