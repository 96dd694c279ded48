import { WorkingCalendar, workingCalendar } from '@crm/domain';

import { byKey, groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { PlanningRepository, ProgramDatesRow } from './planning.repository';
import { calendarsByProject } from './program-calendars';
import { programSchedule, ProgramSchedule } from './program-schedule';

export function programDatesByProjectId(loaders: RequestLoaders) {
  return loaders.get<string, ProgramDatesRow | null>('programDatesByProjectId', async (db, ids) => {
    return byKey(ids, await new PlanningRepository(db).programs(ids), (p) => p.id);
  });
}

/** Each program's working-day calendar: its dates and its waves' scopes, two statements for any number of programs. */
export function programCalendarByProjectId(loaders: RequestLoaders) {
  return loaders.get<string, WorkingCalendar>('programCalendarByProjectId', async (db, ids) => {
    const [programs, scopes] = await Promise.all([programDatesByProjectId(loaders).loadMany(ids), new PlanningRepository(db).waveScopes(ids)]);
    const calendars = calendarsByProject(
      programs.filter((p): p is ProgramDatesRow => p !== null && !(p instanceof Error)),
      scopes,
    );
    return ids.map((id) => calendars.get(id) ?? workingCalendar());
  });
}

/**
 * Each program's critical-path schedule, computed once per program per request however many of
 * its tasks ask for their slack: the calendar's two statements plus one for tasks and one for links.
 */
export function programScheduleByProjectId(loaders: RequestLoaders) {
  return loaders.get<string, ProgramSchedule | null>('programScheduleByProjectId', async (db, ids) => {
    const repository = new PlanningRepository(db);
    const [programs, tasks, links, calendars] = await Promise.all([
      programDatesByProjectId(loaders).loadMany(ids),
      repository.tasks(ids),
      repository.links(ids),
      programCalendarByProjectId(loaders).loadMany(ids),
    ]);
    const tasksOf = groupedByKey(ids, tasks, (t) => t.project_id);
    const linksOf = groupedByKey(ids, links, (l) => l.project_id);
    return ids.map((_, i) => {
      const program = programs[i];
      const calendar = calendars[i];
      if (!program || program instanceof Error || calendar instanceof Error) return null;
      return programSchedule(program, tasksOf[i], linksOf[i], calendar);
    });
  });
}
