import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanOwn, CanView } from '../common/access/project-scoped.decorator';
import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { AcceptProjectInvitationInput, DeclineProjectInvitationInput, RevokeProjectInvitationInput } from './dto/project-invitation.inputs';
import { ProjectInvitationModel } from './models/project-invitation.model';
import { ProjectInvitationsService } from './project-invitations.service';

@Resolver(() => ProjectInvitationModel)
export class ProjectInvitationsResolver {
  constructor(private readonly invitations: ProjectInvitationsService) {}

  @Query(() => [ProjectInvitationModel], { description: 'Pending invitations to your email, newest first.' })
  myProjectInvitations(@CurrentUser() user: AuthUser): Promise<ProjectInvitationModel[]> {
    return this.invitations.mine(user);
  }

  @Query(() => [ProjectInvitationModel], { description: 'Pending invitations of the project, newest first.' })
  @CanView('projectId')
  projectInvitations(@Args('projectId', { type: () => ID }) _projectId: string, @Access() access: ProjectAccess): Promise<ProjectInvitationModel[]> {
    return this.invitations.pendingOf(access);
  }

  @Mutation(() => ProjectInvitationModel, { description: 'The invitee joins the project with the invited permission.' })
  acceptProjectInvitation(@Args('input') input: AcceptProjectInvitationInput, @CurrentUser() user: AuthUser): Promise<ProjectInvitationModel> {
    return this.invitations.accept(input.id, user);
  }

  @Mutation(() => ProjectInvitationModel, { description: 'The invitee says no; nothing else changes.' })
  declineProjectInvitation(@Args('input') input: DeclineProjectInvitationInput, @CurrentUser() user: AuthUser): Promise<ProjectInvitationModel> {
    return this.invitations.decline(input.id, user);
  }

  @Mutation(() => ProjectInvitationModel, { description: 'Owners only: withdraw a pending invitation.' })
  @CanOwn('input.id', 'ProjectInvitation')
  revokeProjectInvitation(@Args('input') input: RevokeProjectInvitationInput, @Access() access: ProjectAccess): Promise<ProjectInvitationModel> {
    return this.invitations.revoke(input.id, access);
  }
}
