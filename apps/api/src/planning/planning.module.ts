import { Module } from '@nestjs/common';

import { TasksModule } from '../tasks/tasks.module';
import { BaselinesRepository } from './baselines.repository';
import { BaselinesResolver } from './baselines.resolver';
import { BaselinesService } from './baselines.service';
import { PlanningResolver, TaskScheduleResolver } from './planning.resolver';
import { PlanningService } from './planning.service';
import { ProgramCalendarModule } from './program-calendar.module';

@Module({
  imports: [ProgramCalendarModule, TasksModule],
  providers: [PlanningResolver, TaskScheduleResolver, PlanningService, BaselinesResolver, BaselinesService, BaselinesRepository],
  // Health judges the go-live forecast of the same schedule.
  exports: [PlanningService],
})
export class PlanningModule {}
