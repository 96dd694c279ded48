import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';

import { Clearable } from '../../common/validation/clearable';
import { Trim } from '../../common/validation/trim';
import { SupportCategory, SupportStatus } from '../models/support-item.model';

const SEVERITY = 'Severity must be a whole number from 1 (work has stopped) to 4 (a question or a wish).';
const CATEGORY = 'Category must be HOW_TO, DEFECT, DATA, ACCESS or REQUEST.';
const STATUS = 'Status must be OPEN, IN_PROGRESS, WAITING, RESOLVED or CLOSED.';

@InputType()
export class CreateSupportItemInput {
  @Field(() => ID, { description: 'A wave that has gone live.' })
  @IsUUID('all', { message: 'waveId must be a wave id.' })
  waveId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Say in a few words what the problem or question is.' })
  @MaxLength(200, { message: 'Title must be at most 200 characters.' })
  title: string;

  @Field(() => String, { defaultValue: '' })
  @IsString({ message: 'Description must be text.' })
  @MaxLength(5000, { message: 'Description must be at most 5000 characters.' })
  description = '';

  @Field(() => Int, { description: '1 (work has stopped) to 4 (a question or a wish).' })
  @IsInt({ message: SEVERITY })
  @Min(1, { message: SEVERITY })
  @Max(4, { message: SEVERITY })
  severity: number;

  @Field(() => SupportCategory)
  @IsEnum(SupportCategory, { message: CATEGORY })
  category: SupportCategory;

  @Field(() => ID, { nullable: true, description: 'Who reported it, from the people directory.' })
  @IsOptional()
  @IsUUID('all', { message: 'reporterId must be a person id.' })
  reporterId?: string | null;

  @Field(() => String, { nullable: true, description: 'The role that answers it; operational support (SUPPORT_LEAD) when left out, else the project manager.' })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'Owner role cannot be empty; leave it out instead.' })
  @MaxLength(60)
  ownerRoleKey?: string | null;
}

@InputType()
export class UpdateSupportItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a support item id.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  @IsInt({ message: 'version must be a whole number.' })
  version: number;

  @Field({ nullable: true })
  @ValidateIf((input: UpdateSupportItemInput) => input.title !== undefined)
  @Trim()
  @IsNotEmpty({ message: 'Title cannot be empty.' })
  @MaxLength(200, { message: 'Title must be at most 200 characters.' })
  title?: string;

  @Field({ nullable: true })
  @ValidateIf((input: UpdateSupportItemInput) => input.description !== undefined)
  @IsString({ message: 'Description must be text.' })
  @MaxLength(5000, { message: 'Description must be at most 5000 characters.' })
  description?: string;

  @Field(() => Int, { nullable: true })
  @ValidateIf((input: UpdateSupportItemInput) => input.severity !== undefined)
  @IsInt({ message: SEVERITY })
  @Min(1, { message: SEVERITY })
  @Max(4, { message: SEVERITY })
  severity?: number;

  @Field(() => SupportCategory, { nullable: true })
  @ValidateIf((input: UpdateSupportItemInput) => input.category !== undefined)
  @IsEnum(SupportCategory, { message: CATEGORY })
  category?: SupportCategory;

  @Field(() => SupportStatus, { nullable: true })
  @ValidateIf((input: UpdateSupportItemInput) => input.status !== undefined)
  @IsEnum(SupportStatus, { message: STATUS })
  status?: SupportStatus;

  @Field(() => ID, { nullable: true, description: 'null removes the reporter.' })
  @IsOptional()
  @IsUUID('all', { message: 'reporterId must be a person id.' })
  @Clearable()
  reporterId?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((input: UpdateSupportItemInput) => input.ownerRoleKey !== undefined)
  @Trim()
  @IsNotEmpty({ message: 'Owner role cannot be empty.' })
  @MaxLength(60)
  ownerRoleKey?: string;
}

@InputType()
export class HypercareTargetInput {
  @Field(() => Int)
  @IsInt({ message: SEVERITY })
  @Min(1, { message: SEVERITY })
  @Max(4, { message: SEVERITY })
  severity: number;

  @Field(() => Int, { description: 'Minutes to the first answer.' })
  @IsInt({ message: 'responseMinutes must be a whole number of minutes.' })
  responseMinutes: number;

  @Field(() => Int, { description: 'Minutes to the fix; at least the response target.' })
  @IsInt({ message: 'resolutionMinutes must be a whole number of minutes.' })
  resolutionMinutes: number;
}

@InputType()
export class UpdateHypercareTargetsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field(() => [HypercareTargetInput], { description: 'The severities to change; the others keep their targets.' })
  @ArrayMinSize(1, { message: 'Give at least one target.' })
  @ArrayMaxSize(4, { message: 'There are only four severities.' })
  @ValidateNested({ each: true })
  @Type(() => HypercareTargetInput)
  targets: HypercareTargetInput[];
}
