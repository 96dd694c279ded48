import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { PersonModel } from '../people/models/person.model';
import { personById } from '../people/people.loaders';
import { AssignRoleInput, CreateRoleInput, UnassignRoleInput, UpdateRoleAssignmentInput } from './dto/assign-role.input';
import { RoleAssignmentModel, RoleModel, TeamModel } from './models/role.model';
import { holdersByRoleId, primaryHolderByRoleId, roleById } from './team.loaders';
import { TeamService } from './team.service';

@Resolver(() => RoleModel)
export class RolesResolver {
  constructor(private readonly teamService: TeamService) {}

  @Query(() => [RoleModel], { description: 'The roles of a project: the standard catalog plus its custom roles.' })
  roles(@Args('projectId', { type: () => ID }) projectId: string, @CurrentUser() user: AuthUser): Promise<RoleModel[]> {
    return this.teamService.roles(projectId, user.id);
  }

  @Query(() => TeamModel)
  team(@Args('projectId', { type: () => ID }) projectId: string, @CurrentUser() user: AuthUser): Promise<TeamModel> {
    return this.teamService.team(projectId, user.id);
  }

  @Mutation(() => RoleModel)
  createRole(@Args('input') input: CreateRoleInput, @CurrentUser() user: AuthUser): Promise<RoleModel> {
    return this.teamService.createRole(input, user.id);
  }

  @Mutation(() => RoleAssignmentModel)
  assignRole(@Args('input') input: AssignRoleInput, @CurrentUser() user: AuthUser): Promise<RoleAssignmentModel> {
    return this.teamService.assign(input, user.id);
  }

  @Mutation(() => RoleAssignmentModel)
  unassignRole(@Args('input') input: UnassignRoleInput, @CurrentUser() user: AuthUser): Promise<RoleAssignmentModel> {
    return this.teamService.unassign(input, user.id);
  }

  @Mutation(() => RoleAssignmentModel)
  updateRoleAssignment(@Args('input') input: UpdateRoleAssignmentInput, @CurrentUser() user: AuthUser): Promise<RoleAssignmentModel> {
    return this.teamService.updateAssignment(input, user.id);
  }

  @ResolveField(() => [RoleAssignmentModel])
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
}
