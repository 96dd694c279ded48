import { Module } from '@nestjs/common';

import { PhasesModule } from '../phases/phases.module';
import { ProgramCalendarModule } from '../planning/program-calendar.module';
import { ProjectsModule } from '../projects/projects.module';
import { TasksModule } from '../tasks/tasks.module';
import { TeamModule } from '../team/team.module';
import { PlanExportService } from './plan-export.service';
import { PlanImportService } from './plan-import.service';
import { PlanIoResolver } from './plan-io.resolver';

/** Plans in and out of MS Project XML and CSV; it owns no table, and writes through the phases and tasks areas. */
@Module({
  imports: [PhasesModule, TasksModule, TeamModule, ProjectsModule, ProgramCalendarModule],
  providers: [PlanIoResolver, PlanImportService, PlanExportService],
})
export class PlanIoModule {}
