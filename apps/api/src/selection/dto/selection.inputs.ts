import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateBy, ValidationOptions } from 'class-validator';

import { MAX_SCORE } from '@crm/domain';

import { IsIsoDate } from '../../common/validation/is-iso-date';
import { Trim } from '../../common/validation/trim';

/** Scores are given in half points, so a scorer chooses between eleven levels, not a continuum. */
const IsHalfPoint = (options: ValidationOptions) =>
  ValidateBy({ name: 'isHalfPoint', validator: { validate: (value: unknown) => typeof value === 'number' && Number.isInteger(value * 2) } }, options);

@InputType()
export class CreateVendorInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Name the vendor.' })
  @MaxLength(120, { message: 'Name must be at most 120 characters.' })
  name: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(160)
  product = '';

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  notes = '';
}

@InputType()
export class CreateCriterionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Name the criterion, e.g. "Fit with the quoting process".' })
  @MaxLength(160, { message: 'Name must be at most 160 characters.' })
  name: string;

  @Field(() => Float, { description: 'Relative importance, any positive number (e.g. percent points).' })
  @Min(0.01, { message: 'Weight must be above zero.' })
  @Max(10000, { message: 'Weight must be at most 10000.' })
  weight: number;

  @Field(() => [ID], { defaultValue: [], description: 'The requirements this criterion evaluates.' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'requirementIds must be requirement ids.' })
  requirementIds: string[] = [];
}

@InputType()
export class UpdateCriterionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a criterion id.' })
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

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0.01, { message: 'Weight must be above zero.' })
  @Max(10000, { message: 'Weight must be at most 10000.' })
  weight?: number;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'requirementIds must be requirement ids.' })
  requirementIds?: string[];
}

@InputType()
export class SetScoreInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'vendorId must be a vendor id.' })
  vendorId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'criterionId must be a criterion id.' })
  criterionId: string;

  @Field(() => Float, { description: '0 to 5, in steps of 0.5.' })
  @Min(0, { message: `Score must be between 0 and ${MAX_SCORE}.` })
  @Max(MAX_SCORE, { message: `Score must be between 0 and ${MAX_SCORE}.` })
  @IsHalfPoint({ message: `Score in steps of 0.5, from 0 to ${MAX_SCORE}.` })
  score: number;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  comment = '';

  @Field(() => Int, { nullable: true, description: 'The version of the score you read, if any; a stale one is refused with CONFLICT.' })
  @IsOptional()
  @IsInt()
  version?: number;
}

@InputType()
export class RecordSelectionDecisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the vendor that was selected.' })
  vendorId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Write down why this vendor was chosen.' })
  @MaxLength(5000)
  rationale: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Say who took the decision.' })
  @MaxLength(160)
  decidedBy: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate({ message: 'Decision date must be a real date written as YYYY-MM-DD.' })
  decidedOn: string;
}
