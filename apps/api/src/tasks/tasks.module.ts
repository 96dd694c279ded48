import { forwardRef, Module } from '@nestjs/common';

import { PeopleModule } from '../people/people.module';
import { PhasesModule } from '../phases/phases.module';
import { ProgramCalendarModule } from '../planning/program-calendar.module';
import { TeamModule } from '../team/team.module';
import { DependantShifting } from './dependant-shifting';
import { DependantShiftsResolver } from './dependant-shifts.resolver';
import { TaskDependencyResolver } from './task-dependency.resolver';
import { TaskFiguresRepository } from './task-figures.repository';
import { TaskNotices } from './task-notices';
import { TasksRepository } from './tasks.repository';
import { TasksResolver } from './tasks.resolver';
import { TasksService } from './tasks.service';

@Module({
  // The phases area carries tasks over through TasksService, and a task's change reaches its phase's gate (PhaseGates).
  imports: [PeopleModule, forwardRef(() => TeamModule), forwardRef(() => PhasesModule), ProgramCalendarModule],
  providers: [TasksResolver, TasksService, TasksRepository, TaskFiguresRepository, TaskNotices, DependantShifting, DependantShiftsResolver, TaskDependencyResolver],
  // TasksService is exported for the phases area, which carries tasks over to a later phase.
  exports: [TasksRepository, TasksService, TaskFiguresRepository],
})
export class TasksModule {}
