import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

import { UsageFormat } from '../models/adoption.model';

@InputType()
export class ImportUsageDataInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field(() => UsageFormat)
  @IsEnum(UsageFormat, { message: 'format must be SALESFORCE, DYNAMICS, HUBSPOT or GENERIC.' })
  format: UsageFormat;

  @Field({ description: 'The exported CSV text, header row first.' })
  @IsString()
  @IsNotEmpty({ message: 'The file is empty.' })
  @MaxLength(900_000, { message: 'The file is too large: import at most about 900 kB at a time (split the export by date range).' })
  content: string;
}

@InputType()
export class SetWaveUsersInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'waveId must be a wave id.' })
  waveId: string;

  @Field(() => [ID], { description: 'Everyone added to the wave by hand (besides its business units); replaces the list.' })
  @IsArray()
  @ArrayMaxSize(5000, { message: 'Add at most 5000 people by hand.' })
  @IsUUID('all', { each: true, message: 'personIds must be person ids.' })
  personIds: string[];
}
