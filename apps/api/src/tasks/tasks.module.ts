import { Module } from '@nestjs/common';

import { PeopleModule } from '../people/people.module';
import { ProgramCalendarModule } from '../planning/program-calendar.module';
import { TeamModule } from '../team/team.module';
import { TaskFiguresRepository } from './task-figures.repository';
import { TasksRepository } from './tasks.repository';
import { TasksResolver } from './tasks.resolver';
import { TasksService } from './tasks.service';

@Module({
  imports: [PeopleModule, TeamModule, ProgramCalendarModule],
  providers: [TasksResolver, TasksService, TasksRepository, TaskFiguresRepository],
  // TasksService is exported for the phases area, which carries tasks over to a later phase.
  exports: [TasksRepository, TasksService, TaskFiguresRepository],
})
export class TasksModule {}
