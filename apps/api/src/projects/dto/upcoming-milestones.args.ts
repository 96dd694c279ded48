import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

/** How many of the next milestones to show; refused rather than cut short when out of range. */
@ArgsType()
export class UpcomingMilestonesArgs {
  @Field(() => Int, { defaultValue: 5 })
  @IsInt()
  @Min(1, { message: 'first must be at least 1.' })
  @Max(50, { message: 'first must be at most 50.' })
  first = 5;
}
