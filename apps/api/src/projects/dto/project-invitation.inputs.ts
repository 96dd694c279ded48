import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';

/**
 * Names one invitation: to accept, decline or revoke it. An id that is not one answers NOT_FOUND,
 * like an invitation addressed to someone else, so the answer says nothing about which ids exist.
 */
@InputType()
export class ProjectInvitationIdInput {
  @Field(() => ID)
  @IsString()
  id: string;
}

@InputType()
export class AcceptProjectInvitationInput extends ProjectInvitationIdInput {}

@InputType()
export class DeclineProjectInvitationInput extends ProjectInvitationIdInput {}

@InputType()
export class RevokeProjectInvitationInput extends ProjectInvitationIdInput {}
