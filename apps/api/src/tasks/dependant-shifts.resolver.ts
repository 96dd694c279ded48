import { Args, Query, Resolver } from '@nestjs/graphql';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanView } from '../common/access/project-scoped.decorator';
import { DependantShifting } from './dependant-shifting';
import { DependantShiftsInput } from './dto/task.inputs';
import { DependantShiftModel } from './models/dependant-shift.model';

@Resolver()
export class DependantShiftsResolver {
  constructor(private readonly shifting: DependantShifting) {}

  @Query(() => [DependantShiftModel], {
    description:
      'The tasks that wait for this one and would have to move if it took these dates (finish-to-start, with lags, over the program’s working days), those it pushes first. Empty when slack absorbs the move. updateTask with shiftDependants applies the same moves.',
  })
  @CanView('input.taskId', 'Task')
  dependantShifts(@Args('input') input: DependantShiftsInput, @Access() access: ProjectAccess): Promise<DependantShiftModel[]> {
    return this.shifting.preview(input, access.projectId);
  }
}
