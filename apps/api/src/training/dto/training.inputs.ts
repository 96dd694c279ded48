import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { IsIsoDate } from '../../common/validation/is-iso-date';
import { IsTimeZone } from '../../common/validation/is-time-zone';
import { Trim } from '../../common/validation/trim';
import { AttendanceStatus } from '../models/training.model';

@InputType()
export class MaterialInput {
  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Give the material a title.' })
  @MaxLength(160)
  title: string;

  @Field()
  @IsUrl({ require_protocol: true }, { message: 'Material links must be full URLs starting with http:// or https://.' })
  @MaxLength(2000)
  url: string;
}

@InputType()
export class ScheduleTrainingSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'waveId must be a rollout wave id.' })
  waveId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Say what the session covers.' })
  @MaxLength(200, { message: 'Topic must be at most 200 characters.' })
  topic: string;

  @Field({ description: 'The start, as a date-time with its offset (e.g. 2027-03-10T09:00:00+01:00).' })
  @Type(() => Date)
  @IsDate({ message: 'startsAt must be a date-time such as 2027-03-10T09:00:00+01:00.' })
  startsAt: Date;

  @Field(() => String, { defaultValue: 'UTC', description: 'IANA time zone where the session takes place.' })
  @IsTimeZone()
  timeZone = 'UTC';

  @Field(() => Int)
  @IsInt({ message: 'Duration must be a whole number of minutes.' })
  @Min(15, { message: 'A session lasts at least 15 minutes.' })
  @Max(600, { message: 'A session lasts at most 10 hours.' })
  durationMinutes: number;

  @Field(() => ID, { description: 'A person holding the TRAINER role in this project.' })
  @IsUUID('all', { message: 'trainerId must be a person id.' })
  trainerId: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(300)
  audience = '';

  @Field(() => String, { defaultValue: '', description: 'A room or a meeting link.' })
  @IsString()
  @MaxLength(500)
  location = '';

  @Field(() => [MaterialInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MaterialInput)
  materials: MaterialInput[] = [];

  @Field(() => [ID], { nullable: true, description: 'People to invite; defaults to the wave’s key users.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'inviteeIds must be person ids.' })
  inviteeIds?: string[];
}

@InputType()
export class UpdateTrainingSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a session id.' })
  id: string;

  @Field(() => Int)
  @IsInt()
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'Topic cannot be empty.' })
  @MaxLength(200)
  topic?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'startsAt must be a date-time such as 2027-03-10T09:00:00+01:00.' })
  startsAt?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(15, { message: 'A session lasts at least 15 minutes.' })
  @Max(600, { message: 'A session lasts at most 10 hours.' })
  durationMinutes?: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'trainerId must be a person id.' })
  trainerId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  location?: string;

  @Field({ nullable: true, description: 'true cancels the session; it then no longer counts for the cadence.' })
  @IsOptional()
  @IsBoolean()
  cancelled?: boolean;
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be a person id.' })
  personId: string;

  @Field(() => AttendanceStatus)
  @IsEnum(AttendanceStatus, { message: 'status must be INVITED, ATTENDED, EXCUSED or ABSENT.' })
  status: AttendanceStatus;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a session id.' })
  sessionId: string;

  @Field(() => [AttendanceEntryInput])
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries: AttendanceEntryInput[];
}

@InputType()
export class RecordUsageReviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'waveId must be a rollout wave id.' })
  waveId: string;

  @Field(() => ID, { nullable: true, description: 'Review one person…' })
  @IsOptional()
  @IsUUID('all', { message: 'personId must be a person id.' })
  personId?: string;

  @Field({ nullable: true, description: '…or a whole business unit.' })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'Business unit cannot be empty.' })
  @MaxLength(80)
  businessUnit?: string;

  @Field({ description: 'Is the CRM being used as it should be?' })
  @IsBoolean()
  active: boolean;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  note = '';

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate({ message: 'reviewedOn must be a real date written as YYYY-MM-DD.' })
  reviewedOn: string;
}

@InputType()
export class ScheduleRetrainingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'waveId must be a rollout wave id.' })
  waveId: string;

  @Field(() => String, { defaultValue: 'Catch-up session' })
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  topic = 'Catch-up session';

  @Field()
  @Type(() => Date)
  @IsDate({ message: 'startsAt must be a date-time such as 2027-03-10T09:00:00+01:00.' })
  startsAt: Date;

  @Field(() => String, { defaultValue: 'UTC' })
  @IsTimeZone()
  timeZone = 'UTC';

  @Field(() => Int, { defaultValue: 60 })
  @IsInt()
  @Min(15)
  @Max(600)
  durationMinutes = 60;

  @Field(() => ID)
  @IsUUID('all', { message: 'trainerId must be a person id.' })
  trainerId: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(500)
  location = '';
}

@InputType()
export class CancelTrainingSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a session id.' })
  id: string;

  @Field(() => Int)
  @IsInt()
  version: number;

  @Field({ description: 'Why it is cancelled; kept with the session in the history of its wave.' })
  @Trim()
  @IsNotEmpty({ message: 'Say why the session is cancelled.' })
  @MaxLength(500, { message: 'The reason must be at most 500 characters.' })
  reason: string;
}
