import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { Trim } from '../../common/validation/trim';
import { Clearable } from '../../common/validation/clearable';
import { Department, MoscowPriority, RequirementStatus } from '../models/requirement.model';

@InputType()
export class CreateRequirementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Give the requirement a title.' })
  @MaxLength(200, { message: 'Title must be at most 200 characters.' })
  title: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(5000, { message: 'Description must be at most 5000 characters.' })
  description = '';

  @Field(() => Department)
  @IsEnum(Department, { message: 'Choose the department the need comes from.' })
  department: Department;

  @Field(() => MoscowPriority)
  @IsEnum(MoscowPriority, { message: 'Priority must be MUST, SHOULD, COULD or WONT.' })
  priority: MoscowPriority;

  @Field(() => RequirementStatus, { defaultValue: RequirementStatus.CAPTURED })
  @IsEnum(RequirementStatus)
  status: RequirementStatus = RequirementStatus.CAPTURED;

  @Field(() => ID, { nullable: true, description: 'The person who asked for it.' })
  @IsOptional()
  @IsUUID('all', { message: 'stakeholderId must be a person id.' })
  stakeholderId?: string | null;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(2000, { message: 'Gap note must be at most 2000 characters.' })
  gapNote = '';
}

@InputType()
export class UpdateRequirementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a requirement id.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  @IsInt()
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'Title cannot be empty.' })
  @MaxLength(200, { message: 'Title must be at most 200 characters.' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @Field(() => Department, { nullable: true })
  @IsOptional()
  @IsEnum(Department)
  department?: Department;

  @Field(() => MoscowPriority, { nullable: true })
  @IsOptional()
  @IsEnum(MoscowPriority)
  priority?: MoscowPriority;

  @Field(() => RequirementStatus, { nullable: true })
  @IsOptional()
  @IsEnum(RequirementStatus)
  status?: RequirementStatus;

  @Field(() => ID, { nullable: true, description: 'null removes the stakeholder.' })
  @IsOptional()
  @IsUUID('all', { message: 'stakeholderId must be a person id.' })
  @Clearable()
  stakeholderId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  gapNote?: string;
}

@InputType()
export class SetRequirementsPriorityInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field(() => [ID])
  @IsArray()
  @ArrayMinSize(1, { message: 'Select at least one requirement.' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'ids must be requirement ids.' })
  ids: string[];

  @Field(() => MoscowPriority)
  @IsEnum(MoscowPriority, { message: 'Priority must be MUST, SHOULD, COULD or WONT.' })
  priority: MoscowPriority;
}

@InputType()
export class ImportRequirementsCsvInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field({ description: 'CSV text with a header row: title, description, department, priority, status, stakeholder_email, gap_note.' })
  @IsString()
  @IsNotEmpty({ message: 'The file is empty.' })
  @MaxLength(900_000, { message: 'The file is too large: import at most about 900 kB at a time.' })
  csv: string;
}

@InputType()
export class RequirementFilterInput {
  @Field(() => [Department], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Department, { each: true })
  departments?: Department[];

  @Field(() => [MoscowPriority], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(MoscowPriority, { each: true })
  priorities?: MoscowPriority[];

  @Field(() => [RequirementStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(RequirementStatus, { each: true })
  statuses?: RequirementStatus[];

  @Field({ nullable: true, description: 'Words in the title or description.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
