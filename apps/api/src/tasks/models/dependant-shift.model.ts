import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DependantShift', { description: 'A task that waits for the moved one and would have to move with it, from its dates to the new ones.' })
export class DependantShiftModel {
  @Field(() => ID)
  taskId: string;

  @Field()
  title: string;

  @Field({ description: 'YYYY-MM-DD, as planned now.' })
  startDate: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, as planned now.' })
  dueDate: string | null;

  @Field({ description: 'YYYY-MM-DD: the first day its prerequisites (and their lags) allow.' })
  newStartDate: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the same length in working days from the new start.' })
  newDueDate: string | null;

  @Field(() => Int, { description: 'How far it moves, in working days of the program.' })
  shiftDays: number;
}
