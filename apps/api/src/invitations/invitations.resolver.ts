import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AuthPayloadModel } from '../auth/models/auth-payload.model';
import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { Public } from '../common/auth/public.decorator';
import { SignInThrottlerGuard } from '../common/auth/sign-in-throttler.guard';
import { OrganisationModel } from '../organisations/models/organisation.model';
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
