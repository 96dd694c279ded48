import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { addDays, addWorkingDays, FORECAST_PACE_WEEKS, goLiveForecast, todayIso } from '@crm/domain';

import { notFound } from '../common/errors/app-error';
import { RequestLoaders } from '../common/graphql/request-loaders';
import { TaskStatus, toTask } from '../tasks/models/task.model';
import { TasksRepository } from '../tasks/tasks.repository';
import { CriticalPathModel } from './models/critical-path.model';
import { ForecastStatus, GoLiveForecastModel } from './models/go-live-forecast.model';
import { programScheduleByProjectId } from './planning.loaders';
import { PlanningRepository } from './planning.repository';
import { ProgramSchedule } from './program-schedule';

@Injectable()
export class PlanningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly planning: PlanningRepository,
    private readonly tasks: TasksRepository,
  ) {}

  private async scheduleOf(projectId: string, loaders: RequestLoaders): Promise<ProgramSchedule> {
    const schedule = await programScheduleByProjectId(loaders).load(projectId);
    if (!schedule) throw notFound('A project');
    return schedule;
  }

  async criticalPath(projectId: string, loaders: RequestLoaders): Promise<CriticalPathModel> {
    const { path, firstDay, calendar } = await this.scheduleOf(projectId, loaders);
    return {
      taskIds: path.taskIds,
      totalDays: path.totalDays,
      startDate: firstDay,
      finishDate: path.totalDays > 0 ? addWorkingDays(firstDay, path.totalDays - 1, calendar) : null,
    };
  }

  /** The forecast from the last four weeks of finished work; the driving tasks come back in chain order. */
  async goLiveForecast(projectId: string, loaders: RequestLoaders): Promise<GoLiveForecastModel> {
    const schedule = await this.scheduleOf(projectId, loaders);
    const today = todayIso();
    const weeks = FORECAST_PACE_WEEKS;
    const completions = await this.planning.completionsSince(projectId, addDays(today, -7 * weeks + 1));
    const estimateOf = new Map(schedule.tasks.map((t) => [t.id, t.estimate_hours === null ? null : Number(t.estimate_hours)]));
    const forecast = goLiveForecast({
      today,
      criticalTaskIds: schedule.path.taskIds,
      tasks: schedule.tasks.map((t) => ({ id: t.id, estimateHours: estimateOf.get(t.id) ?? null, done: t.status === TaskStatus.DONE })),
      completed: completions.map((c) => ({ day: c.day, estimateHours: estimateOf.get(c.task_id) ?? 0 })),
      targetGoLive: schedule.program.target_go_live_date,
      weeks,
      calendar: schedule.calendar,
    });
    const rows = forecast.drivers.length ? await this.tasks.ofIds(this.db.manager, projectId, forecast.drivers) : [];
    const byId = new Map(rows.map((row) => [row.id, toTask(row)]));
    return {
      status: forecast.status as ForecastStatus,
      forecastDate: forecast.forecastDate,
      earliest: forecast.earliest,
      latest: forecast.latest,
      targetGoLiveDate: schedule.program.target_go_live_date,
      slipDays: forecast.slipDays,
      remainingHours: forecast.remainingHours,
      hoursPerWeek: forecast.hoursPerWeek,
      weeks,
      drivers: forecast.drivers.flatMap((id) => byId.get(id) ?? []),
      unestimatedTaskIds: forecast.unestimated,
    };
  }
}
