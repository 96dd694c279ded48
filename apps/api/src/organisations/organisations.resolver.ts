import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { DeactivateMemberInput, ReactivateMemberInput, UpdateMemberRoleInput, UpdateOrganisationInput } from './dto/organisation.inputs';
import { OrganisationMemberModel, OrganisationModel } from './models/organisation.model';
import { OrganisationsService } from './organisations.service';

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @Query(() => OrganisationModel, { description: 'The signed-in account’s organisation.' })
  organisation(@CurrentUser() user: AuthUser): Promise<OrganisationModel> {
    return this.organisations.mine(user);
  }

  @ResolveField(() => [OrganisationMemberModel], { description: 'Every account of the organisation, active ones first.' })
  members(@Parent() organisation: OrganisationModel): Promise<OrganisationMemberModel[]> {
    return this.organisations.members(organisation.id);
  }

  @Mutation(() => OrganisationModel, { description: 'Admins only: rename the organisation.' })
  updateOrganisation(@Args('input') input: UpdateOrganisationInput, @CurrentUser() user: AuthUser): Promise<OrganisationModel> {
    return this.organisations.rename(input, user);
  }

  @Mutation(() => OrganisationMemberModel, { description: 'Admins only. The last active admin cannot be made a member (LAST_ADMIN).' })
  updateMemberRole(@Args('input') input: UpdateMemberRoleInput, @CurrentUser() user: AuthUser): Promise<OrganisationMemberModel> {
    return this.organisations.updateRole(input, user);
  }

  @Mutation(() => OrganisationMemberModel, {
    description: 'Admins only: the member’s sessions end at once, their history stays, and the roles they held end (their tasks show as unowned).',
  })
  deactivateMember(@Args('input') input: DeactivateMemberInput, @CurrentUser() user: AuthUser): Promise<OrganisationMemberModel> {
    return this.organisations.deactivate(input.userId, user);
  }

  @Mutation(() => OrganisationMemberModel, {
    description:
      'Admins only: a deactivated member may sign in again (their old sessions stay ended). The roles they held are not given back. A stale version is CONFLICT; an active member is INVALID_STATE (NOT_DEACTIVATED).',
  })
  reactivateMember(@Args('input') input: ReactivateMemberInput, @CurrentUser() user: AuthUser): Promise<OrganisationMemberModel> {
    return this.organisations.reactivate(input, user);
  }
}
