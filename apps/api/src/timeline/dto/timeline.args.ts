import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';

import { IsIsoDate } from '../../common/validation/is-iso-date';

/** The most tasks one timeline answer carries: enough for a large program's window, never all 200k. */
export const TIMELINE_TASK_CAP = 5000;

@ArgsType()
export class ProjectTimelineArgs {
  @Field(() => ID)
  @IsString()
  projectId: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: leave out tasks and milestones that end before this day.' })
  @IsOptional()
  @IsIsoDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: leave out tasks and milestones that start after this day.' })
  @IsOptional()
  @IsIsoDate()
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this phase’s milestones and tasks; every phase is still listed.' })
  @IsOptional()
  @IsUUID('all', { message: 'phaseId must be a phase id.' })
  phaseId?: string | null;

  @Field(() => Int, { defaultValue: TIMELINE_TASK_CAP, description: `At most ${TIMELINE_TASK_CAP}.` })
  @IsInt()
  @Min(1)
  @Max(TIMELINE_TASK_CAP)
  maxTasks = TIMELINE_TASK_CAP;
}
