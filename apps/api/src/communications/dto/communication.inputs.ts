import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { COMMUNICATION_OFFSET_LIMIT, CommunicationChannel, CommunicationStatus } from '@crm/domain';

import { Clearable } from '../../common/validation/clearable';
import { IsIsoDate } from '../../common/validation/is-iso-date';
import { Trim } from '../../common/validation/trim';
import { CommunicationChannelEnum, CommunicationStatusEnum } from '../models/communication.model';

/** Trims every entry of a list of text, so "  " counts as an empty entry. */
const TrimEach = () => Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value));

const OFFSET_MESSAGE = `The offset is a whole number of days from go-live between -${COMMUNICATION_OFFSET_LIMIT} and ${COMMUNICATION_OFFSET_LIMIT}.`;

@InputType()
export class CreateCommunicationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'waveId must be a rollout wave id.' })
  waveId: string;

  @Field()
  @Trim()
  @IsString({ message: 'Title must be text.' })
  @IsNotEmpty({ message: 'Give the message a title.' })
  @MaxLength(160, { message: 'Title must be at most 160 characters.' })
  title: string;

  @Field({ nullable: true, description: 'What the message says or is for.' })
  @IsOptional()
  @Trim()
  @IsString({ message: 'The text must be text.' })
  @MaxLength(4000, { message: 'The text must be at most 4000 characters.' })
  body?: string;

  @Field(() => Int, { description: 'Days from go-live: -30 is a month before, 0 the day itself.' })
  @IsInt({ message: OFFSET_MESSAGE })
  @Min(-COMMUNICATION_OFFSET_LIMIT, { message: OFFSET_MESSAGE })
  @Max(COMMUNICATION_OFFSET_LIMIT, { message: OFFSET_MESSAGE })
  offsetDays: number;

  @Field(() => CommunicationChannelEnum)
  @IsIn(Object.values(CommunicationChannelEnum), { message: 'Choose one of the channels offered.' })
  channel: CommunicationChannel;

  @Field(() => [String], { nullable: true, description: 'Business units of the program’s waves; the wave’s scope when omitted.' })
  @AudienceUnits()
  audienceUnits?: string[];

  @Field(() => [ID], { nullable: true, description: 'Roles of the program the message also speaks to.' })
  @AudienceRoleIds()
  audienceRoleIds?: string[];

  @Field(() => ID, { nullable: true, description: 'The role that sends it; the communications lead when omitted.' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerRoleId must be a role id.' })
  ownerRoleId?: string;
}

@InputType()
export class UpdateCommunicationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a communication id.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  @IsInt({ message: 'version must be a whole number.' })
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString({ message: 'Title must be text.' })
  @IsNotEmpty({ message: 'Give the message a title.' })
  @MaxLength(160, { message: 'Title must be at most 160 characters.' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString({ message: 'The text must be text.' })
  @MaxLength(4000, { message: 'The text must be at most 4000 characters.' })
  body?: string;

  @Field(() => Int, { nullable: true, description: 'A new offset from go-live; a planned message moves to its new day.' })
  @IsOptional()
  @IsInt({ message: OFFSET_MESSAGE })
  @Min(-COMMUNICATION_OFFSET_LIMIT, { message: OFFSET_MESSAGE })
  @Max(COMMUNICATION_OFFSET_LIMIT, { message: OFFSET_MESSAGE })
  offsetDays?: number;

  @Field(() => CommunicationChannelEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(CommunicationChannelEnum), { message: 'Choose one of the channels offered.' })
  channel?: CommunicationChannel;

  @Field(() => [String], { nullable: true, description: 'Replaces the business units addressed.' })
  @AudienceUnits()
  audienceUnits?: string[];

  @Field(() => [ID], { nullable: true, description: 'Replaces the roles addressed.' })
  @AudienceRoleIds()
  audienceRoleIds?: string[];

  @Field(() => ID, { nullable: true, description: 'Another sending role; null hands it back to the communications lead.' })
  @IsOptional()
  @Clearable()
  @IsUUID('all', { message: 'ownerRoleId must be a role id.' })
  ownerRoleId?: string | null;

  @Field(() => CommunicationStatusEnum, { nullable: true, description: 'SENT records it as gone out (today unless sentOn says otherwise); PLANNED puts it back on the plan.' })
  @IsOptional()
  @IsIn(Object.values(CommunicationStatusEnum), { message: 'Status must be PLANNED, SENT or SKIPPED.' })
  status?: CommunicationStatus;

  @Field({ nullable: true, description: 'YYYY-MM-DD the message went out; only with status SENT.' })
  @IsOptional()
  @IsIsoDate({ message: 'The day it went out must be a real date written as YYYY-MM-DD.' })
  sentOn?: string;
}

/** The business units a message addresses, checked the same way when it is added and when it is changed. */
function AudienceUnits(): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsArray({ message: 'Business units must be a list.' }),
    TrimEach(),
    ArrayMaxSize(30, { message: 'Name at most 30 business units.' }),
    IsString({ each: true, message: 'Each business unit must be text.' }),
    IsNotEmpty({ each: true, message: 'Business units cannot be empty.' }),
    ArrayUnique({ message: 'Name each business unit only once.' }),
  );
}

/** The roles a message addresses, checked the same way when it is added and when it is changed. */
function AudienceRoleIds(): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsArray({ message: 'Audience roles must be a list.' }),
    ArrayMaxSize(30, { message: 'Name at most 30 roles.' }),
    IsUUID('all', { each: true, message: 'Audience roles must be role ids.' }),
    ArrayUnique({ message: 'Name each role only once.' }),
  );
}
