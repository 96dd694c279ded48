import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

import { Trim } from '../../common/validation/trim';

@InputType()
export class SaveBaselineInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field({ description: 'Unique in the program, ignoring case; 1 to 120 characters, e.g. "Steering committee 12 March".' })
  @Trim()
  @IsString({ message: 'Name must be text.' })
  @IsNotEmpty({ message: 'Give the baseline a name.' })
  @MaxLength(120, { message: 'Name must be at most 120 characters.' })
  name: string;
}
