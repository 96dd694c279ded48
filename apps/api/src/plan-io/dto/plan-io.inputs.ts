import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

import { PLAN_IMPORT_MAX_CHARS } from '@crm/domain';

import { PlanFormat } from '../models/plan-import-result.model';

@InputType()
export class ImportPlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field(() => PlanFormat)
  @IsEnum(PlanFormat, { message: 'format must be MSPDI or CSV.' })
  format: PlanFormat;

  @Field({ description: `The file's text: MS Project XML, or CSV with the columns title, phase, role, start, finish, duration, predecessors. At most ${PLAN_IMPORT_MAX_CHARS} characters.` })
  @IsString()
  @IsNotEmpty({ message: 'The file is empty.' })
  @MaxLength(PLAN_IMPORT_MAX_CHARS, { message: `The file is too large: import at most ${PLAN_IMPORT_MAX_CHARS / 1000} kB at a time (split the plan by phase).` })
  content: string;
}
