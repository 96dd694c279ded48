import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNotEmpty, IsUUID, MaxLength, Min } from 'class-validator';

import { OrganisationRoleValue } from '../../auth/models/user.model';
import { Trim } from '../../common/validation/trim';

@InputType()
export class UpdateMemberRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be an id.' })
  userId: string;

  @Field(() => OrganisationRoleValue)
  @IsEnum(OrganisationRoleValue, { message: 'role must be ADMIN or MEMBER.' })
  role: OrganisationRoleValue;
}

@InputType()
export class DeactivateMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be an id.' })
  userId: string;
}

@InputType()
export class ReactivateMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be an id.' })
  userId: string;

  @Field(() => Int, { description: 'The member’s version as the admin saw it (OrganisationMember.version).' })
  @IsInt({ message: 'version must be a whole number.' })
  @Min(1, { message: 'version must be at least 1.' })
  version: number;
}

@InputType()
export class UpdateOrganisationInput {
  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Name is required.' })
  @MaxLength(120, { message: 'Name must be at most 120 characters.' })
  name: string;

  @Field(() => Int)
  @IsInt({ message: 'version must be a whole number.' })
  @Min(1, { message: 'version must be at least 1.' })
  version: number;
}
