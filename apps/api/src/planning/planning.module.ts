import { Module } from '@nestjs/common';

import { TasksModule } from '../tasks/tasks.module';
import { PlanningResolver, TaskScheduleResolver } from './planning.resolver';
import { PlanningService } from './planning.service';
import { ProgramCalendarModule } from './program-calendar.module';

@Module({
  imports: [ProgramCalendarModule, TasksModule],
  providers: [PlanningResolver, TaskScheduleResolver, PlanningService],
})
export class PlanningModule {}
