import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';

import { IsIsoDate } from '../../common/validation/is-iso-date';
import { Clearable } from '../../common/validation/clearable';
import { Trim } from '../../common/validation/trim';
import { KpiDirection } from '../models/kpi.model';

/** GraphQL's Float already refuses text; this also keeps NaN and ±Infinity out of numeric columns. */
const FINITE = { allowNaN: false, allowInfinity: false };

@InputType()
export class CreateKpiInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Give the KPI a name.' })
  @MaxLength(120, { message: 'Name must be at most 120 characters.' })
  name: string;

  @Field(() => String, { defaultValue: '', description: 'How the value is measured, so that everyone measures it the same way.' })
  @IsString({ message: 'Description must be text.' })
  @MaxLength(2000, { message: 'Description must be at most 2000 characters.' })
  description = '';

  @Field({ description: 'What the values count, e.g. % or leads/month; at most 20 characters.' })
  @Trim()
  @IsNotEmpty({ message: 'Say what unit the KPI is measured in, for example % or leads/month.' })
  @MaxLength(20, { message: 'Unit must be at most 20 characters.' })
  unit: string;

  @Field(() => KpiDirection, { description: 'UP when a higher value is better, DOWN when a lower one is.' })
  @IsEnum(KpiDirection, { message: 'direction must be UP or DOWN.' })
  direction: KpiDirection;

  @Field(() => Float, { nullable: true, description: 'The value before the CRM; leave it out to use the first measurement.' })
  @IsOptional()
  @IsNumber(FINITE, { message: 'Baseline must be a finite number.' })
  baseline?: number | null;

  @Field(() => Float)
  @IsNumber(FINITE, { message: 'Target must be a finite number.' })
  target: number;

  @Field(() => String, { nullable: true, description: 'The role told when the KPI goes off track, e.g. CRM_ANALYST (the default when left out).' })
  @IsOptional()
  @IsString({ message: 'ownerRoleKey must be a role key.' })
  @MaxLength(60, { message: 'ownerRoleKey must be at most 60 characters.' })
  ownerRoleKey?: string | null;
}

@InputType()
export class UpdateKpiInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a KPI id.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  @IsInt({ message: 'version must be a whole number.' })
  version: number;

  // Columns that cannot be empty are validated even when sent as null (ValidateIf instead of
  // IsOptional), so null is refused with a message instead of reaching the database.
  @Field({ nullable: true })
  @ValidateIf((input: UpdateKpiInput) => input.name !== undefined)
  @Trim()
  @IsNotEmpty({ message: 'Name cannot be empty.' })
  @MaxLength(120, { message: 'Name must be at most 120 characters.' })
  name?: string;

  @Field({ nullable: true })
  @ValidateIf((input: UpdateKpiInput) => input.description !== undefined)
  @IsString({ message: 'Description must be text.' })
  @MaxLength(2000, { message: 'Description must be at most 2000 characters.' })
  description?: string;

  @Field({ nullable: true })
  @ValidateIf((input: UpdateKpiInput) => input.unit !== undefined)
  @Trim()
  @IsNotEmpty({ message: 'Unit cannot be empty.' })
  @MaxLength(20, { message: 'Unit must be at most 20 characters.' })
  unit?: string;

  @Field(() => KpiDirection, { nullable: true })
  @ValidateIf((input: UpdateKpiInput) => input.direction !== undefined)
  @IsEnum(KpiDirection, { message: 'direction must be UP or DOWN.' })
  direction?: KpiDirection;

  @Field(() => Float, { nullable: true, description: 'null removes the baseline: the first measurement serves as one.' })
  @IsOptional()
  @IsNumber(FINITE, { message: 'Baseline must be a finite number.' })
  @Clearable()
  baseline?: number | null;

  @Field(() => Float, { nullable: true })
  @ValidateIf((input: UpdateKpiInput) => input.target !== undefined)
  @IsNumber(FINITE, { message: 'Target must be a finite number.' })
  target?: number;

  @Field(() => String, { nullable: true, description: 'The role told when the KPI goes off track; null hands it back to the CRM analyst.' })
  @IsOptional()
  @IsString({ message: 'ownerRoleKey must be a role key.' })
  @MaxLength(60, { message: 'ownerRoleKey must be at most 60 characters.' })
  @Clearable()
  ownerRoleKey?: string | null;
}

@InputType()
export class RecordKpiMeasurementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'kpiId must be a KPI id.' })
  kpiId: string;

  @Field({ description: 'The day the value was measured, YYYY-MM-DD; today or earlier.' })
  @IsIsoDate({ message: 'Measurement date must be a real date written as YYYY-MM-DD.' })
  measuredOn: string;

  @Field(() => Float)
  @IsNumber(FINITE, { message: 'Value must be a finite number.' })
  value: number;

  @Field(() => String, { defaultValue: '', description: 'Where the number came from, or anything unusual about it.' })
  @IsString({ message: 'Note must be text.' })
  @MaxLength(1000, { message: 'Note must be at most 1000 characters.' })
  note = '';
}

@InputType()
export class UpdateKpiMeasurementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a measurement id.' })
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; a stale one is refused with CONFLICT. Leave it out to correct whatever is stored.' })
  @IsOptional()
  @IsInt({ message: 'version must be a whole number.' })
  @Clearable()
  version?: number | null;

  @Field(() => Float, { description: 'The corrected value, checked against the KPI’s unit (a percentage lies between 0 and 100).' })
  @IsNumber(FINITE, { message: 'Value must be a finite number.' })
  value: number;

  @Field(() => String, { nullable: true, description: 'The day the value was measured, YYYY-MM-DD; today or earlier. Unchanged when left out.' })
  @IsOptional()
  @IsIsoDate({ message: 'Measurement date must be a real date written as YYYY-MM-DD.' })
  @Clearable()
  measuredOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Unchanged when left out.' })
  @IsOptional()
  @IsString({ message: 'Note must be text.' })
  @MaxLength(1000, { message: 'Note must be at most 1000 characters.' })
  @Clearable()
  note?: string | null;
}

@InputType()
export class DeleteKpiMeasurementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a measurement id.' })
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; a stale one is refused with CONFLICT.' })
  @IsOptional()
  @IsInt({ message: 'version must be a whole number.' })
  version?: number | null;
}
