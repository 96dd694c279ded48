import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { TaskModel } from '../../tasks/models/task.model';

export enum ForecastStatus {
  NO_PACE = 'NO_PACE',
  SLIPPING = 'SLIPPING',
  AT_RISK = 'AT_RISK',
  ON_TRACK = 'ON_TRACK',
}

registerEnumType(ForecastStatus, {
  name: 'ForecastStatus',
  description:
    'NO_PACE: nothing was finished lately, so there is no pace to forecast from. SLIPPING: at the pace kept the critical work ends after the target go-live. AT_RISK: it fits at the average pace but not at the slowest week’s. ON_TRACK: it fits even then.',
});

@ObjectType('GoLiveForecast', { description: 'When the program can go live at the pace its team actually kept.' })
export class GoLiveForecastModel {
  @Field(() => ForecastStatus)
  status: ForecastStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD the critical work ends at the average pace of the last weeks; null without a pace.' })
  forecastDate: string | null;

  @Field(() => String, { nullable: true, description: 'At the fastest week’s pace (YYYY-MM-DD).' })
  earliest: string | null;

  @Field(() => String, { nullable: true, description: 'At the slowest week’s pace (YYYY-MM-DD); null when a week finished nothing.' })
  latest: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  targetGoLiveDate: string;

  @Field(() => Int, { description: 'Working days the forecast passes the target go-live; 0 when it fits.' })
  slipDays: number;

  @Field(() => Float, { description: 'Estimate-hours of critical tasks not done.' })
  remainingHours: number;

  @Field(() => Float, { description: 'Estimate-hours of tasks done per week, on average over the weeks looked at.' })
  hoursPerWeek: number;

  @Field(() => Int, { description: 'How many weeks the pace is judged over.' })
  weeks: number;

  @Field(() => [TaskModel], { description: 'The critical tasks not done, in chain order: what the date depends on.' })
  drivers: TaskModel[];

  @Field(() => [ID], { description: 'Drivers without an estimate: the forecast cannot count their work.' })
  unestimatedTaskIds: string[];
}
