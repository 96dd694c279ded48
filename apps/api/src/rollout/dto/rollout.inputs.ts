import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';

import { IsIsoDate } from '../../common/validation/is-iso-date';
import { Trim } from '../../common/validation/trim';

/** Trims every entry of a list of text, so "  " counts as an empty entry. */
const TrimEach = () => Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value));

@InputType()
export class CreateRolloutWaveInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Give the wave a name.' })
  @MaxLength(120, { message: 'Name must be at most 120 characters.' })
  name: string;

  @Field(() => [String], { description: 'Business units, branches or countries going live in this wave (at most 30).' })
  @IsArray({ message: 'Scope must be a list.' })
  @TrimEach()
  @ArrayMaxSize(30, { message: 'A wave can cover at most 30 units; split it into more waves.' })
  @IsString({ each: true, message: 'Each scope entry must be text.' })
  @IsNotEmpty({ each: true, message: 'Scope entries cannot be empty.' })
  @MaxLength(120, { each: true, message: 'Each scope entry must be at most 120 characters.' })
  @ArrayUnique({ message: 'List each unit in the scope only once.' })
  scope: string[];

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate({ message: 'Go-live date must be a real date written as YYYY-MM-DD.' })
  goLiveDate: string;

  @Field(() => [String], { nullable: true, description: 'The readiness checklist; a standard list is used when omitted.' })
  @IsOptional()
  @IsArray({ message: 'Readiness items must be a list.' })
  @TrimEach()
  @ArrayMaxSize(50, { message: 'A readiness checklist can have at most 50 items.' })
  @IsString({ each: true, message: 'Each readiness item must be text.' })
  @IsNotEmpty({ each: true, message: 'Readiness items cannot be empty.' })
  @MaxLength(300, { each: true, message: 'Each readiness item must be at most 300 characters.' })
  readinessItems?: string[];
}

@InputType()
export class UpdateRolloutWaveInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a rollout wave id.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  @IsInt({ message: 'version must be a whole number.' })
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'Name cannot be empty.' })
  @MaxLength(120, { message: 'Name must be at most 120 characters.' })
  name?: string;

  @Field(() => [String], { nullable: true, description: 'Replaces the wave’s scope.' })
  @IsOptional()
  @IsArray({ message: 'Scope must be a list.' })
  @TrimEach()
  @ArrayMaxSize(30, { message: 'A wave can cover at most 30 units; split it into more waves.' })
  @IsString({ each: true, message: 'Each scope entry must be text.' })
  @IsNotEmpty({ each: true, message: 'Scope entries cannot be empty.' })
  @MaxLength(120, { each: true, message: 'Each scope entry must be at most 120 characters.' })
  @ArrayUnique({ message: 'List each unit in the scope only once.' })
  scope?: string[];

  @Field({ nullable: true, description: 'YYYY-MM-DD; moves the go-live milestone with it.' })
  @IsOptional()
  @IsIsoDate({ message: 'Go-live date must be a real date written as YYYY-MM-DD.' })
  goLiveDate?: string;
}

@InputType()
export class AddReadinessItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'waveId must be a rollout wave id.' })
  waveId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Say what must be true before the wave can go live.' })
  @MaxLength(300, { message: 'A readiness item must be at most 300 characters.' })
  label: string;
}

@InputType()
export class SetReadinessItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a readiness item id.' })
  id: string;

  @Field()
  @IsBoolean({ message: 'done must be true or false.' })
  done: boolean;
}

@InputType()
export class SetWaveKeyUsersInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'waveId must be a rollout wave id.' })
  waveId: string;

  @Field(() => [ID], { description: 'Replaces the wave’s key users; each must hold the KEY_USER role in the project.' })
  @IsArray({ message: 'personIds must be a list.' })
  @ArrayMaxSize(100, { message: 'A wave can have at most 100 key users.' })
  @IsUUID('all', { each: true, message: 'personIds must be person ids.' })
  personIds: string[];
}

@InputType()
export class GoLiveInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'waveId must be a rollout wave id.' })
  waveId: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; when given, a stale one is refused with CONFLICT.' })
  @IsOptional()
  @IsInt({ message: 'version must be a whole number.' })
  version?: number;
}

@InputType()
export class CloseWaveInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'waveId must be a rollout wave id.' })
  waveId: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; when given, a stale one is refused with CONFLICT.' })
  @IsOptional()
  @IsInt({ message: 'version must be a whole number.' })
  version?: number;
}
