import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AuthPayloadModel } from '../auth/models/auth-payload.model';
import { CanOwn } from '../common/access/project-scoped.decorator';
import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { Public } from '../common/auth/public.decorator';
import { SignInThrottlerGuard } from '../common/auth/sign-in-throttler.guard';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { OrganisationModel } from '../organisations/models/organisation.model';
import { AddProjectMemberInput } from '../projects/dto/update-project.input';
import { ProjectMemberModel } from '../projects/models/project-extras.model';
import { ProjectModel } from '../projects/models/project.model';
import { permissionByProjectId } from '../projects/projects.loaders';
import { AcceptInvitationInput, InviteMemberInput, ResendInvitationInput, RevokeInvitationInput } from './dto/invitation.inputs';
import { InvitationsService } from './invitations.service';
import { InvitationModel, InvitationPreviewModel } from './models/invitation.model';

@Resolver(() => OrganisationModel)
export class InvitationsResolver {
  constructor(private readonly service: InvitationsService) {}

  @ResolveField(() => [InvitationModel], { description: 'Admins only (FORBIDDEN otherwise): pending invitations first, newest first.' })
  invitations(@CurrentUser() user: AuthUser): Promise<InvitationModel[]> {
    return this.service.list(user);
  }

  @Public()
  @UseGuards(SignInThrottlerGuard)
  @Query(() => InvitationPreviewModel, { description: 'What an invitation link invites to; for the accept page.' })
  invitationPreview(@Args('token') token: string): Promise<InvitationPreviewModel> {
    return this.service.preview(token);
  }

  @Mutation(() => InvitationModel, { description: 'Mails a single-use link valid for 7 days. Admins invite anyone; a program owner invites members to their program.' })
  inviteMember(@Args('input') input: InviteMemberInput, @CurrentUser() user: AuthUser): Promise<InvitationModel> {
    return this.service.invite(input, user);
  }

  @Mutation(() => InvitationModel, { description: 'A new link and 7 more days; the earlier link stops working.' })
  resendInvitation(@Args('input') input: ResendInvitationInput, @CurrentUser() user: AuthUser): Promise<InvitationModel> {
    return this.service.resend(input.id, user);
  }

  @Mutation(() => InvitationModel)
  revokeInvitation(@Args('input') input: RevokeInvitationInput, @CurrentUser() user: AuthUser): Promise<InvitationModel> {
    return this.service.revoke(input.id, user);
  }

  @Public()
  @UseGuards(SignInThrottlerGuard)
  @Mutation(() => AuthPayloadModel, { description: 'Creates the account (or links the existing one of the same organisation) and signs in.' })
  acceptInvitation(@Args('input') input: AcceptInvitationInput): Promise<AuthPayloadModel> {
    return this.service.accept(input);
  }
}

/** A program's side of the one invitation rule: sharing it by email, and its open invitations. */
@Resolver(() => ProjectModel)
export class ProgramInvitationsResolver {
  constructor(private readonly service: InvitationsService) {}

  @Mutation(() => ProjectMemberModel, {
    description:
      'Owners only: share the program by email. A colleague of your organisation joins at once (ACTIVE; for a member, their permission changes); anyone else is mailed an organisation invitation (PENDING), the same answer whether or not the email has an account elsewhere. The same rule as inviteMember with a program.',
  })
  @CanOwn('input.projectId')
  addProjectMember(@Args('input') input: AddProjectMemberInput, @CurrentUser() user: AuthUser): Promise<ProjectMemberModel> {
    return this.service.shareProgram(input, user);
  }

  @ResolveField(() => [InvitationModel], { description: 'Owners of the program and admins only (FORBIDDEN otherwise): invitations to it still waiting for an answer, newest first.' })
  async invitations(@Parent() project: ProjectModel, @Context() ctx: GraphQLContext, @CurrentUser() user: AuthUser): Promise<InvitationModel[]> {
    const permission = await permissionByProjectId(ctx.loaders, user.id).load(project.id);
    return this.service.ofProgram(project.id, permission, user);
  }
}
