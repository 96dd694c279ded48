import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { EXIT_CRITERION_LABEL_MAX, MILESTONE_NAME_MAX, PHASE_NAME_MAX } from '@crm/domain';

import { IsIsoDate } from '../../common/validation/is-iso-date';
import { PhaseKind, PhaseStatus } from '../models/phase.model';
import { Trim } from '../../common/validation/trim';
import { Clearable } from '../../common/validation/clearable';
import { GateRuleField, GateRuleInput, SignOffRoleKeyField } from './exit-criterion.inputs';

@InputType({ description: 'A phase added to the plan by hand; it goes where its planned start puts it in the working order.' })
export class CreatePhaseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field({ description: `1 to ${PHASE_NAME_MAX} characters.` })
  @Trim()
  @IsNotEmpty({ message: 'Give the phase a name.' })
  @MaxLength(PHASE_NAME_MAX, { message: `Keep the name to ${PHASE_NAME_MAX} characters.` })
  name: string;

  @Field(() => PhaseKind, { nullable: true, description: 'CUSTOM unless given.' })
  @IsOptional()
  @IsEnum(PhaseKind, { message: 'kind must be one of the phase kinds.' })
  kind?: PhaseKind;

  @Field({ description: 'YYYY-MM-DD; places the phase before the first phase planned to start later.' })
  @IsIsoDate({ message: 'Planned start must be a real date written as YYYY-MM-DD.' })
  plannedStart: string;

  @Field({ description: 'YYYY-MM-DD, on or after the planned start.' })
  @IsIsoDate({ message: 'Planned end must be a real date written as YYYY-MM-DD.' })
  plannedEnd: string;
}

@InputType()
export class UpdatePhaseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a phase id.' })
  id: string;

  @Field(() => Int)
  @IsInt()
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'Name cannot be empty.' })
  @MaxLength(PHASE_NAME_MAX, { message: `Keep the name to ${PHASE_NAME_MAX} characters.` })
  name?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate({ message: 'Planned start must be a real date written as YYYY-MM-DD.' })
  plannedStart?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD, on or after the planned start.' })
  @IsOptional()
  @IsIsoDate({ message: 'Planned end must be a real date written as YYYY-MM-DD.' })
  plannedEnd?: string;

  @Field(() => PhaseStatus, { nullable: true, description: 'NOT_STARTED or IN_PROGRESS; completing goes through completePhase.' })
  @IsOptional()
  @IsEnum(PhaseStatus)
  status?: PhaseStatus;

  @Field(() => String, { nullable: true, description: 'The role that answers for the gate, e.g. BUSINESS_ANALYST; null hands it back to the project manager.' })
  @IsOptional()
  @IsString({ message: 'ownerRoleKey must be a role key.' })
  @MaxLength(60, { message: 'ownerRoleKey must be at most 60 characters.' })
  @Clearable()
  ownerRoleKey?: string | null;
}

@InputType()
export class SetExitCriterionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an exit criterion id.' })
  id: string;

  @Field()
  @IsBoolean()
  done: boolean;
}

@InputType()
export class AddExitCriterionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'phaseId must be a phase id.' })
  phaseId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Say what must be true before the phase can close.' })
  @MaxLength(EXIT_CRITERION_LABEL_MAX, { message: `Keep the criterion to ${EXIT_CRITERION_LABEL_MAX} characters.` })
  label: string;

  @GateRuleField()
  rule?: GateRuleInput | null;

  @SignOffRoleKeyField()
  signOffRoleKey?: string | null;
}

@InputType({ description: 'Rewords an exit criterion, or changes its rule or sign-off; ticking it goes through setExitCriterion.' })
export class UpdateExitCriterionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an exit criterion id.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  @IsInt()
  version: number;

  @Field({ description: `What must be true before the phase can close; 1 to ${EXIT_CRITERION_LABEL_MAX} characters.` })
  @Trim()
  @IsNotEmpty({ message: 'Say what must be true before the phase can close.' })
  @MaxLength(EXIT_CRITERION_LABEL_MAX, { message: `Keep the criterion to ${EXIT_CRITERION_LABEL_MAX} characters.` })
  label: string;

  @GateRuleField()
  rule?: GateRuleInput | null;

  @SignOffRoleKeyField()
  signOffRoleKey?: string | null;
}

@InputType()
export class VersionedIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id.' })
  id: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you read; a stale one is refused with CONFLICT. Completing twice is refused either way.',
  })
  @IsOptional()
  @IsInt()
  version?: number | null;
}

@InputType()
export class CreateMilestoneInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'phaseId must be a phase id.' })
  phaseId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Give the milestone a name.' })
  @MaxLength(MILESTONE_NAME_MAX, { message: `Keep the name to ${MILESTONE_NAME_MAX} characters.` })
  name: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate({ message: 'Due date must be a real date written as YYYY-MM-DD.' })
  dueDate: string;

  @Field(() => String, { nullable: true, description: 'The role reminded of the milestone, e.g. BUSINESS_ANALYST; left out, the project manager is.' })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'Role cannot be empty; leave it out instead.' })
  @MaxLength(60)
  ownerRoleKey?: string;
}

@InputType()
export class UpdateMilestoneInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a milestone id.' })
  id: string;

  @Field(() => Int)
  @IsInt()
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'Name cannot be empty.' })
  @MaxLength(MILESTONE_NAME_MAX, { message: `Keep the name to ${MILESTONE_NAME_MAX} characters.` })
  name?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate({ message: 'Due date must be a real date written as YYYY-MM-DD.' })
  dueDate?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Moves the milestone to another phase of the project; an open milestone cannot go into a completed phase. Its task links stay.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'phaseId must be a phase id.' })
  phaseId?: string;

  @Field(() => String, { nullable: true, description: 'The role reminded of the milestone; null hands it back to the project manager.' })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'Role cannot be empty; send null to hand it back to the project manager.' })
  @MaxLength(60)
  @Clearable()
  ownerRoleKey?: string | null;
}

@InputType()
export class CarryOverTasksInput {
  @Field(() => ID, { description: 'The phase the tasks leave, usually the one being closed.' })
  @IsUUID('all', { message: 'phaseId must be a phase id.' })
  phaseId: string;

  @Field(() => ID, { description: 'A later phase of the same project that is not completed.' })
  @IsUUID('all', { message: 'toPhaseId must be a phase id.' })
  toPhaseId: string;

  @Field(() => [ID], { description: 'Open tasks of the phase; done tasks stay where they are.' })
  @IsArray()
  @ArrayNotEmpty({ message: 'Pick at least one task to carry over.' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'taskIds must be task ids.' })
  taskIds: string[];
}

@InputType()
export class ReopenPhaseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a phase id.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  @IsInt()
  version: number;

  @Field({ description: 'Why the phase is opened again; kept in the history. 1 to 500 characters.' })
  @Trim()
  @IsNotEmpty({ message: 'Say why the phase is reopened.' })
  @MaxLength(500, { message: 'Keep the reason to 500 characters.' })
  reason: string;
}
