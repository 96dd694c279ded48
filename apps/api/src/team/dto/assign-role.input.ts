import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../../common/validation/trim';

@InputType()
export class AssignRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field({ description: 'e.g. BUSINESS_ANALYST' })
  @Trim()
  @IsNotEmpty({ message: 'Say which role to assign.' })
  @MaxLength(60)
  roleKey: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be a person id.' })
  personId: string;

  @Field(() => Int, { defaultValue: 100 })
  @IsInt({ message: 'Allocation must be a whole percentage.' })
  @Min(1, { message: 'Allocation must be at least 1%.' })
  @Max(100, { message: 'Allocation must be at most 100%.' })
  allocationPercent = 100;

  @Field({ nullable: true, description: 'Defaults to true when the role has no primary holder yet (in the wave, for a wave).' })
  @IsOptional()
  @IsBoolean()
  primary?: boolean;

  @Field(() => ID, { nullable: true, description: 'A rollout wave of the program to hold the role in; leave it out (or null) for the whole program.' })
  @IsOptional()
  @IsUUID('all', { message: 'waveId must be a wave id.' })
  waveId?: string | null;
}

@InputType()
export class UnassignRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Say which role to take away.' })
  @MaxLength(60)
  roleKey: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be a person id.' })
  personId: string;

  @Field(() => ID, { nullable: true, description: 'The wave the person holds the role in; leave it out (or null) for the program-wide holding.' })
  @IsOptional()
  @IsUUID('all', { message: 'waveId must be a wave id.' })
  waveId?: string | null;
}

@InputType()
export class UpdateRoleAssignmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a role assignment id.' })
  id: string;

  @Field(() => Int)
  @IsInt()
  version: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Allocation must be a whole percentage.' })
  @Min(1, { message: 'Allocation must be at least 1%.' })
  @Max(100, { message: 'Allocation must be at most 100%.' })
  allocationPercent?: number;

  @Field({ nullable: true, description: 'true makes this holder the primary one; the previous primary steps back.' })
  @IsOptional()
  @IsBoolean()
  primary?: boolean;
}

@InputType()
export class CreateRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Give the role a name.' })
  @MaxLength(80, { message: 'Name must be at most 80 characters.' })
  name: string;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(500, { message: 'Description must be at most 500 characters.' })
  description = '';
}
