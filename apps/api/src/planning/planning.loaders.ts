import { addDays, FORECAST_PACE_WEEKS, type GoLiveForecast, goLiveForecast, todayIso, WorkingCalendar, workingCalendar } from '@crm/domain';

import { byKey, groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { TaskStatus } from '../tasks/models/task.model';
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

export interface ProgramForecast {
  forecast: GoLiveForecast;
  schedule: ProgramSchedule;
  /** Weeks the pace is judged over. */
  weeks: number;
}

/**
 * Each program's go-live forecast over the schedule above and the tasks marked done in the last
 * weeks (one statement more for any number of programs), so the forecast query, the overview and
 * health judge the same numbers once per request.
 */
export function goLiveForecastByProjectId(loaders: RequestLoaders) {
  return loaders.get<string, ProgramForecast | null>('goLiveForecastByProjectId', async (db, ids) => {
    const today = todayIso();
    const weeks = FORECAST_PACE_WEEKS;
    const [schedules, completions] = await Promise.all([
      programScheduleByProjectId(loaders).loadMany(ids),
      new PlanningRepository(db).completionsSince(ids, addDays(today, -7 * weeks + 1)),
    ]);
    const completionsOf = groupedByKey(ids, completions, (c) => c.project_id);
    return ids.map((_, i) => {
      const schedule = schedules[i];
      if (!schedule || schedule instanceof Error) return null;
      const estimateOf = new Map(schedule.tasks.map((t) => [t.id, t.estimate_hours === null ? null : Number(t.estimate_hours)]));
      const forecast = goLiveForecast({
        today,
        criticalTaskIds: schedule.path.taskIds,
        tasks: schedule.tasks.map((t) => ({ id: t.id, estimateHours: estimateOf.get(t.id) ?? null, done: t.status === TaskStatus.DONE })),
        completed: completionsOf[i].map((c) => ({ day: c.day, estimateHours: estimateOf.get(c.task_id) ?? 0 })),
        targetGoLive: schedule.program.target_go_live_date,
        weeks,
        calendar: schedule.calendar,
      });
      return { forecast, schedule, weeks };
    });
  });
}
