import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CriticalPath', { description: 'The chain of tasks without slack that decides when the program ends.' })
export class CriticalPathModel {
  @Field(() => [ID], { description: 'The critical tasks in the order work goes along them; where chains tie for longest, all of them.' })
  taskIds: string[];

  @Field(() => Int, { description: 'The program’s length in working days, from its first working day to where the last task finishes.' })
  totalDays: number;

  @Field(() => String, { description: 'The first working day of the schedule (YYYY-MM-DD): the program’s start, or its earliest dated task.' })
  startDate: string;

  @Field(() => String, { nullable: true, description: 'The working day the critical chain finishes (YYYY-MM-DD); null for a plan that takes no days.' })
  finishDate: string | null;
}
