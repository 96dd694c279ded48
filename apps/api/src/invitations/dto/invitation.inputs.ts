import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';

import { OrganisationRoleValue } from '../../auth/models/user.model';
import { ProjectPermission } from '../../common/access/project-access';
import { Trim } from '../../common/validation/trim';

@InputType()
export class InviteMemberInput {
  @Field()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(254, { message: 'Email must be at most 254 characters.' })
  email: string;

  @Field(() => OrganisationRoleValue, { defaultValue: OrganisationRoleValue.MEMBER })
  @IsEnum(OrganisationRoleValue, { message: 'role must be ADMIN or MEMBER.' })
  role: OrganisationRoleValue = OrganisationRoleValue.MEMBER;

  @Field(() => ID, { nullable: true, description: 'Also give access to this program; a program owner may invite for their program.' })
  @IsOptional()
  @IsUUID('all', { message: 'projectId must be an id.' })
  projectId?: string;

  @Field(() => ProjectPermission, { nullable: true, description: 'The permission in the program; EDITOR when a program is named without one.' })
  @IsOptional()
  @IsEnum(ProjectPermission, { message: 'permission must be OWNER, EDITOR or VIEWER.' })
  permission?: ProjectPermission;
}

@InputType()
export class InvitationIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id.' })
  id: string;
}

@InputType()
export class ResendInvitationInput extends InvitationIdInput {}

@InputType()
export class RevokeInvitationInput extends InvitationIdInput {}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsNotEmpty({ message: 'The link is incomplete: open it again from the mail.' })
  @MaxLength(200, { message: 'The link is not valid.' })
  token: string;

  @Field({ description: 'Your name; ignored when the email already has an account.' })
  @Trim()
  @IsNotEmpty({ message: 'Name is required.' })
  @MaxLength(120, { message: 'Name must be at most 120 characters.' })
  name: string;

  @Field({ description: 'A new password, or the existing account’s password.' })
  @MinLength(10, { message: 'Password must be at least 10 characters.' })
  @MaxLength(200, { message: 'Password must be at most 200 characters.' })
  password: string;
}
