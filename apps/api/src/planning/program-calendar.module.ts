import { Module } from '@nestjs/common';

import { PlanningRepository } from './planning.repository';
import { ProgramCalendars } from './program-calendars';

/** The program calendar on its own, so the tasks area can plan dates without the planning queries (which need tasks). */
@Module({
  providers: [PlanningRepository, ProgramCalendars],
  exports: [PlanningRepository, ProgramCalendars],
})
export class ProgramCalendarModule {}
