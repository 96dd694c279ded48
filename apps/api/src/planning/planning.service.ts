import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { addWorkingDays, type GoLiveSlip, goLiveSlip, type NamedTask } from '@crm/domain';

import { notFound } from '../common/errors/app-error';
import { RequestLoaders } from '../common/graphql/request-loaders';
import { toTask } from '../tasks/models/task.model';
import { TasksRepository } from '../tasks/tasks.repository';
import { CriticalPathModel } from './models/critical-path.model';
import { ForecastStatus, GoLiveForecastModel } from './models/go-live-forecast.model';
import { goLiveForecastByProjectId, ProgramForecast, programScheduleByProjectId } from './planning.loaders';
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

  private async forecastOf(projectId: string, loaders: RequestLoaders): Promise<ProgramForecast> {
    const forecast = await goLiveForecastByProjectId(loaders).load(projectId);
    if (!forecast) throw notFound('A project');
    return forecast;
  }

  /** The forecast from the last four weeks of finished work; the driving tasks come back in chain order. */
  async goLiveForecast(projectId: string, loaders: RequestLoaders): Promise<GoLiveForecastModel> {
    const { forecast, schedule, weeks } = await this.forecastOf(projectId, loaders);
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

  /**
   * The go-live warning of each program for health: null when its forecast fits the target or
   * there is no pace yet; else the verdict and the first driving tasks by title, read in one
   * statement for all the programs asked.
   */
  async goLiveSlips(projectIds: readonly string[], loaders: RequestLoaders): Promise<(GoLiveSlip<NamedTask> | null)[]> {
    const forecasts = await goLiveForecastByProjectId(loaders).loadMany(projectIds);
    const slips = forecasts.map((f) =>
      !f || f instanceof Error
        ? null
        : goLiveSlip({
            forecastDate: f.forecast.forecastDate,
            latest: f.forecast.latest,
            targetDate: f.schedule.program.target_go_live_date,
            drivers: f.forecast.drivers,
            paceWeeks: f.weeks,
            calendar: f.schedule.calendar,
          }),
    );
    // Asked even when nothing slips, so that health costs the same statements whatever the forecast says.
    const titles = await this.planning.taskTitles(slips.flatMap((slip) => slip?.drivers ?? []));
    const titleOf = new Map(titles.map((t) => [t.id, t.title]));
    return slips.map((slip) => slip && { ...slip, drivers: slip.drivers.map((id) => ({ id, title: titleOf.get(id) ?? '' })) });
  }
}
