import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { MAX_DEPENDENCY_LAG_DAYS, MAX_TASK_DURATION_DAYS, MAX_TASKS_PER_BULK_CHANGE } from '@crm/domain';

import { PageArgs } from '../../common/graphql/pagination';
import { Clearable } from '../../common/validation/clearable';
import { IsIsoDate } from '../../common/validation/is-iso-date';
import { TaskPriority, TaskStatus } from '../models/task.model';
import { Trim } from '../../common/validation/trim';

@InputType({ description: 'A task this one waits for, finish-to-start, and how long after it finishes this one may begin.' })
export class TaskDependencyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'dependencies.dependsOnId must be a task id.' })
  dependsOnId: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 0,
    description: `Working days after the prerequisite finishes (negative: that many days of overlap), -${MAX_DEPENDENCY_LAG_DAYS} to ${MAX_DEPENDENCY_LAG_DAYS}.`,
  })
  @IsInt({ message: 'A lag must be a whole number of working days.' })
  @Min(-MAX_DEPENDENCY_LAG_DAYS, { message: `A lag must be between -${MAX_DEPENDENCY_LAG_DAYS} and +${MAX_DEPENDENCY_LAG_DAYS} working days.` })
  @Max(MAX_DEPENDENCY_LAG_DAYS, { message: `A lag must be between -${MAX_DEPENDENCY_LAG_DAYS} and +${MAX_DEPENDENCY_LAG_DAYS} working days.` })
  lagDays = 0;
}

@InputType()
export class CreateTaskInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the phase this task belongs to.' })
  phaseId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'milestoneId must be a milestone id.' })
  milestoneId?: string | null;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Give the task a title.' })
  @MaxLength(200, { message: 'Title must be at most 200 characters.' })
  title: string;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(5000, { message: 'Description must be at most 5000 characters.' })
  description = '';

  @Field({ description: 'The role that owns the work, e.g. BUSINESS_ANALYST.' })
  @Trim()
  @IsNotEmpty({ message: 'Choose the role that owns this task.' })
  @MaxLength(60)
  roleKey: string;

  @Field(() => ID, { nullable: true, description: 'Someone who owns the task instead of the role’s primary holder.' })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be a person id.' })
  assigneeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A rollout wave of the same program; leave it out for program-wide work.' })
  @IsOptional()
  @IsUUID('all', { message: 'waveId must be a wave id.' })
  waveId?: string | null;

  @Field(() => TaskStatus, { defaultValue: TaskStatus.TODO })
  @IsEnum(TaskStatus)
  status: TaskStatus = TaskStatus.TODO;

  @Field(() => TaskPriority, { defaultValue: TaskPriority.MEDIUM })
  @IsEnum(TaskPriority)
  priority: TaskPriority = TaskPriority.MEDIUM;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate({ message: 'Start date must be a real date written as YYYY-MM-DD.' })
  startDate?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate({ message: 'Due date must be a real date written as YYYY-MM-DD.' })
  dueDate?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'Estimate cannot be negative.' })
  @Max(10000, { message: 'Estimate must be at most 10000 hours.' })
  estimateHours?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Working days, start and due day counted (0: marks a day). With a start date it sets the due date, with a due date the start; with both it must match them.',
  })
  @IsOptional()
  @IsInt({ message: 'Duration must be a whole number of working days.' })
  @Min(0, { message: 'Duration cannot be negative.' })
  @Max(MAX_TASK_DURATION_DAYS, { message: `Duration must be at most ${MAX_TASK_DURATION_DAYS} working days.` })
  durationDays?: number;

  @Field(() => [ID], { nullable: true, description: 'Tasks that must finish before this one.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'dependsOnIds must be task ids.' })
  dependsOnIds?: string[];

  @Field(() => [TaskDependencyInput], { nullable: true, description: 'Tasks that must finish before this one, each with its lag; instead of dependsOnIds.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => TaskDependencyInput)
  dependencies?: TaskDependencyInput[];
}

@InputType()
export class UpdateTaskInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a task id.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  @IsInt({ message: 'version must be a whole number.' })
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'Title cannot be empty.' })
  @MaxLength(200, { message: 'Title must be at most 200 characters.' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'Description must be at most 5000 characters.' })
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'Role cannot be empty.' })
  @MaxLength(60)
  roleKey?: string;

  @Field(() => ID, { nullable: true, description: 'null removes the explicit assignee: the role’s holder owns the task again.' })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be a person id.' })
  @Clearable()
  assigneeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A rollout wave of the same program; null makes the task program-wide again.' })
  @IsOptional()
  @IsUUID('all', { message: 'waveId must be a wave id.' })
  @Clearable()
  waveId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'phaseId must be a phase id.' })
  phaseId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'milestoneId must be a milestone id.' })
  @Clearable()
  milestoneId?: string | null;

  @Field(() => TaskStatus, { nullable: true })
  @IsOptional()
  @IsEnum(TaskStatus)
  status?: TaskStatus;

  @Field(() => TaskPriority, { nullable: true })
  @IsOptional()
  @IsEnum(TaskPriority)
  priority?: TaskPriority;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate({ message: 'Start date must be a real date written as YYYY-MM-DD.' })
  @Clearable()
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate({ message: 'Due date must be a real date written as YYYY-MM-DD.' })
  @Clearable()
  dueDate?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'Estimate cannot be negative.' })
  @Max(10000, { message: 'Estimate must be at most 10000 hours.' })
  @Clearable()
  estimateHours?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Working days, start and due day counted. A new duration moves the due date (without a start, the start); a new start moves the task keeping its duration; a new due date resizes it. null forgets the duration and keeps the dates.',
  })
  @IsOptional()
  @IsInt({ message: 'Duration must be a whole number of working days.' })
  @Min(0, { message: 'Duration cannot be negative.' })
  @Max(MAX_TASK_DURATION_DAYS, { message: `Duration must be at most ${MAX_TASK_DURATION_DAYS} working days.` })
  @Clearable()
  durationDays?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the task’s dependencies (each without lag).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'dependsOnIds must be task ids.' })
  dependsOnIds?: string[];

  @Field(() => [TaskDependencyInput], { nullable: true, description: 'Replaces the task’s dependencies, each with its lag; instead of dependsOnIds.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => TaskDependencyInput)
  dependencies?: TaskDependencyInput[];

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'When the dates change, also move every task that waits for this one and would now start too early (see dependantShifts), in the same change.',
  })
  @IsOptional()
  @IsBoolean()
  shiftDependants?: boolean;
}

@InputType({ description: 'Dates proposed for a task, to see which of the tasks waiting for it would have to move.' })
export class DependantShiftsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'taskId must be a task id.' })
  taskId: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; left out keeps the task’s start, as in updateTask.' })
  @IsOptional()
  @IsIsoDate({ message: 'Start date must be a real date written as YYYY-MM-DD.' })
  startDate?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; left out keeps the task’s due date, as in updateTask.' })
  @IsOptional()
  @IsIsoDate({ message: 'Due date must be a real date written as YYYY-MM-DD.' })
  dueDate?: string;
}

@InputType()
export class SetTaskStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a task id.' })
  id: string;

  @Field(() => Int)
  @IsInt({ message: 'version must be a whole number.' })
  version: number;

  @Field(() => TaskStatus)
  @IsEnum(TaskStatus, { message: 'status must be TODO, IN_PROGRESS, BLOCKED or DONE.' })
  status: TaskStatus;
}

@InputType()
export class TaskFilterInput {
  @Field(() => [String], { nullable: true, description: 'Role keys, e.g. ["BUSINESS_ANALYST"].' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  roleKeys?: string[];

  @Field(() => ID, { nullable: true, description: 'Tasks this person owns, explicitly or through a role.' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerId must be a person id.' })
  ownerId?: string;

  @Field({ nullable: true, description: 'Only open tasks that need an owner: no assignee and nobody holds the role as primary.' })
  @IsOptional()
  @IsBoolean()
  unowned?: boolean;

  @Field(() => [TaskStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(TaskStatus, { each: true })
  statuses?: TaskStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'phaseId must be a phase id.' })
  phaseId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'milestoneId must be a milestone id.' })
  milestoneId?: string;

  @Field({ nullable: true, description: 'Only tasks past their due date and not done.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field({ nullable: true, description: 'Words in the title.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

/** What a task list can be sorted by; ties, and the default, go in creation (board) order. */
export enum TaskOrderField {
  TITLE = 'TITLE',
  PHASE = 'PHASE',
  STATUS = 'STATUS',
  ROLE = 'ROLE',
  OWNER = 'OWNER',
  DUE_DATE = 'DUE_DATE',
  ESTIMATE = 'ESTIMATE',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(TaskOrderField, {
  name: 'TaskOrderField',
  description: 'PHASE sorts by the phases’ working order, STATUS by the board’s columns, ROLE and OWNER by name.',
});
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType()
export class TaskOrderInput {
  @Field(() => TaskOrderField)
  @IsEnum(TaskOrderField, { message: 'orderBy.field must be one of TITLE, PHASE, STATUS, ROLE, OWNER, DUE_DATE, ESTIMATE.' })
  field: TaskOrderField;

  @Field(() => SortDirection, {
    defaultValue: SortDirection.ASC,
    description: 'DESC is the exact reverse of ASC: tasks without a value (no due date, no estimate, no owner) come last going up and first going down.',
  })
  @IsEnum(SortDirection, { message: 'orderBy.direction must be ASC or DESC.' })
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class TasksArgs extends PageArgs {
  @Field(() => ID)
  @IsString()
  projectId: string;

  @Field(() => TaskFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TaskFilterInput)
  filter?: TaskFilterInput;

  @Field(() => TaskOrderInput, { nullable: true, description: 'Creation order when left out. A cursor only continues the order it was issued for.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TaskOrderInput)
  orderBy?: TaskOrderInput;
}

@InputType()
export class TaskVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'items.id must be a task id.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one refuses the whole change with CONFLICT.' })
  @IsInt({ message: 'items.version must be a whole number.' })
  version: number;
}

@InputType({ description: 'One change for several tasks of a project at once: all of them are changed, or none.' })
export class UpdateTasksInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field(() => [TaskVersionInput], { description: `1 to ${MAX_TASKS_PER_BULK_CHANGE} tasks of the project, each once.` })
  @IsArray()
  @ArrayMinSize(1, { message: 'Select at least one task.' })
  @ArrayMaxSize(MAX_TASKS_PER_BULK_CHANGE, { message: `Select at most ${MAX_TASKS_PER_BULK_CHANGE} tasks at once.` })
  @ValidateNested({ each: true })
  @Type(() => TaskVersionInput)
  items: TaskVersionInput[];

  @Field(() => TaskStatus, { nullable: true })
  @IsOptional()
  @IsEnum(TaskStatus, { message: 'status must be TODO, IN_PROGRESS, BLOCKED or DONE.' })
  status?: TaskStatus;

  @Field({ nullable: true, description: 'The role that owns the tasks from now on.' })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'Role cannot be empty.' })
  @MaxLength(60)
  roleKey?: string;

  @Field(() => ID, { nullable: true, description: 'null removes the explicit assignee: the role’s holder owns the tasks again.' })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be a person id.' })
  @Clearable()
  assigneeId?: string | null;
}

@ArgsType()
export class MyTasksArgs {
  @Field(() => Int, { defaultValue: 50, description: 'At most 100, soonest due first.' })
  @Min(1)
  @Max(100)
  first = 50;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  includeDone = false;
}
