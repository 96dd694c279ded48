import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { Clearable } from '../../common/validation/clearable';
import { Trim } from '../../common/validation/trim';
import { Department } from '../../requirements/models/requirement.model';
import { ProcessStatus } from '../models/process.model';

@InputType()
export class CreateProcessInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Name the process, e.g. "Lead to opportunity".' })
  @MaxLength(160, { message: 'Name must be at most 160 characters.' })
  name: string;

  @Field(() => Department)
  @IsEnum(Department, { message: 'Choose the department that runs the process.' })
  department: Department;

  @Field({ nullable: true, description: 'The role that owns the process, e.g. BUSINESS_ANALYST.' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  ownerRoleKey?: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(10000)
  asIs = '';

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(10000)
  toBe = '';

  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'requirementIds must be requirement ids.' })
  requirementIds: string[] = [];
}

@InputType()
export class UpdateProcessInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a process id.' })
  id: string;

  @Field(() => Int)
  @IsInt()
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'Name cannot be empty.' })
  @MaxLength(160)
  name?: string;

  @Field(() => Department, { nullable: true })
  @IsOptional()
  @IsEnum(Department)
  department?: Department;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  @Clearable()
  ownerRoleKey?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  asIs?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  toBe?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the linked requirements.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'requirementIds must be requirement ids.' })
  requirementIds?: string[];
}

@InputType()
export class SetProcessStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a process id.' })
  id: string;

  @Field(() => Int)
  @IsInt()
  version: number;

  @Field(() => ProcessStatus)
  @IsEnum(ProcessStatus, { message: 'status must be DOCUMENTED, REDESIGNED, VALIDATED or AUTOMATED.' })
  status: ProcessStatus;
}
