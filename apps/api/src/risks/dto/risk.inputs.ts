import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';

import { Trim } from '../../common/validation/trim';
import { Clearable } from '../../common/validation/clearable';
import { RiskStatus } from '../models/risk.model';

const LIKELIHOOD = 'Likelihood must be a whole number from 1 (rare) to 5 (almost certain).';
const IMPACT = 'Impact must be a whole number from 1 (minor) to 5 (severe).';

@InputType()
export class CreateRiskInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Give the risk a title.' })
  @MaxLength(200, { message: 'Title must be at most 200 characters.' })
  title: string;

  @Field(() => String, { defaultValue: '' })
  @IsString({ message: 'Description must be text.' })
  @MaxLength(5000, { message: 'Description must be at most 5000 characters.' })
  description = '';

  @Field(() => Int, { description: '1 (rare) to 5 (almost certain).' })
  @IsInt({ message: LIKELIHOOD })
  @Min(1, { message: LIKELIHOOD })
  @Max(5, { message: LIKELIHOOD })
  likelihood: number;

  @Field(() => Int, { description: '1 (minor) to 5 (severe).' })
  @IsInt({ message: IMPACT })
  @Min(1, { message: IMPACT })
  @Max(5, { message: IMPACT })
  impact: number;

  @Field(() => String, { defaultValue: '', description: 'What the program does to make the risk less likely or less harmful.' })
  @IsString({ message: 'Mitigation must be text.' })
  @MaxLength(5000, { message: 'Mitigation must be at most 5000 characters.' })
  mitigation = '';

  @Field(() => String, { nullable: true, description: 'The role that answers for the risk, e.g. PROJECT_MANAGER; its primary holder owns it.' })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'Role cannot be empty; leave it out instead.' })
  @MaxLength(60)
  roleKey?: string | null;

  @Field(() => ID, { nullable: true, description: 'Someone who owns the risk instead of the role’s primary holder.' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerId must be a person id.' })
  ownerId?: string | null;
}

@InputType()
export class UpdateRiskInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a risk id.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  @IsInt({ message: 'version must be a whole number.' })
  version: number;

  // Columns that cannot be empty are validated even when sent as null (ValidateIf instead of
  // IsOptional), so null is refused with a message instead of reaching the database.
  @Field({ nullable: true })
  @ValidateIf((input: UpdateRiskInput) => input.title !== undefined)
  @Trim()
  @IsNotEmpty({ message: 'Title cannot be empty.' })
  @MaxLength(200, { message: 'Title must be at most 200 characters.' })
  title?: string;

  @Field({ nullable: true })
  @ValidateIf((input: UpdateRiskInput) => input.description !== undefined)
  @IsString({ message: 'Description must be text.' })
  @MaxLength(5000, { message: 'Description must be at most 5000 characters.' })
  description?: string;

  @Field(() => Int, { nullable: true })
  @ValidateIf((input: UpdateRiskInput) => input.likelihood !== undefined)
  @IsInt({ message: LIKELIHOOD })
  @Min(1, { message: LIKELIHOOD })
  @Max(5, { message: LIKELIHOOD })
  likelihood?: number;

  @Field(() => Int, { nullable: true })
  @ValidateIf((input: UpdateRiskInput) => input.impact !== undefined)
  @IsInt({ message: IMPACT })
  @Min(1, { message: IMPACT })
  @Max(5, { message: IMPACT })
  impact?: number;

  @Field({ nullable: true })
  @ValidateIf((input: UpdateRiskInput) => input.mitigation !== undefined)
  @IsString({ message: 'Mitigation must be text.' })
  @MaxLength(5000, { message: 'Mitigation must be at most 5000 characters.' })
  mitigation?: string;

  @Field(() => String, { nullable: true, description: 'null removes the owning role.' })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'Role cannot be empty; send null to remove it.' })
  @MaxLength(60)
  @Clearable()
  roleKey?: string | null;

  @Field(() => ID, { nullable: true, description: 'null removes the explicit owner: the role’s primary holder owns the risk again.' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerId must be a person id.' })
  @Clearable()
  ownerId?: string | null;

  @Field(() => RiskStatus, { nullable: true })
  @ValidateIf((input: UpdateRiskInput) => input.status !== undefined)
  @IsEnum(RiskStatus, { message: 'status must be OPEN, MONITORING or CLOSED.' })
  status?: RiskStatus;
}
