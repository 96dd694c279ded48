import { addDays } from '../phases/milestone-schedule';
import type { IsoDate } from '../projects/project-schedule';
import { goLiveSlipVerdict } from './go-live-slip';
import { addWorkingDays, workingDaysBetween, WEEKDAYS_ONLY, type WorkingCalendar } from './working-days';

/** The pace is judged over this many weeks unless the caller says otherwise: recent enough to be today's team. */
export const FORECAST_PACE_WEEKS = 4;
const WORKING_DAYS_PER_WEEK = 5;

export interface ForecastTask {
  id: string;
  estimateHours: number | null;
  done: boolean;
}

/** A task finished on `day`, worth its estimate: what the pace is made of. */
export interface CompletedWork {
  day: IsoDate;
  estimateHours: number;
}

export interface ForecastRequest {
  today: IsoDate;
  /** The critical chain's task ids in order (`criticalPath(…).taskIds`). */
  criticalTaskIds: readonly string[];
  /** At least the critical tasks; others are ignored. */
  tasks: readonly ForecastTask[];
  /** Everything the team finished recently, on any chain: the pace is the team's, not one chain's. */
  completed: readonly CompletedWork[];
  targetGoLive: IsoDate | null;
  weeks?: number;
  calendar?: WorkingCalendar;
}

/**
 * - `NO_PACE`: nothing was finished in the weeks looked at, so there is no pace to forecast from;
 * - `SLIPPING`: at the pace kept, the critical work ends after the target go-live;
 * - `AT_RISK`: at the average pace it fits, at the slowest week's pace it does not;
 * - `ON_TRACK`: it fits even at the slowest week's pace (or there is no target to miss).
 */
export type ForecastStatus = 'NO_PACE' | 'SLIPPING' | 'AT_RISK' | 'ON_TRACK';

export interface GoLiveForecast {
  status: ForecastStatus;
  /** The day the critical work ends at the average pace; null without a pace. */
  forecastDate: IsoDate | null;
  /** At the fastest week's pace. */
  earliest: IsoDate | null;
  /** At the slowest week's pace; null when a week finished nothing, since that pace never ends. */
  latest: IsoDate | null;
  /** Estimate-hours of critical tasks not done. */
  remainingHours: number;
  /** Done estimate-hours per week, newest week first (each week the seven days ending `today` minus whole weeks). */
  weeklyHours: number[];
  hoursPerWeek: number;
  /** The critical tasks not done, in chain order: what the date depends on. */
  drivers: string[];
  /** Drivers without an estimate: the forecast cannot count them, so it is earlier than the truth by their work. */
  unestimated: string[];
  /** Working days past the target go-live; 0 when it fits or there is no target or no forecast. */
  slipDays: number;
}

function dateAtPace(today: IsoDate, remainingHours: number, hoursPerWeek: number, calendar: WorkingCalendar): IsoDate | null {
  if (hoursPerWeek <= 0) return null;
  return addWorkingDays(today, Math.ceil((remainingHours / hoursPerWeek) * WORKING_DAYS_PER_WEEK - 1e-9), calendar);
}

/**
 * When the program can go live at the pace its team actually kept: the estimate-hours still open
 * on the critical chain, divided by the estimate-hours finished per week over the last weeks, laid
 * out over working days from today. The fastest and the slowest of those weeks give the range.
 */
export function goLiveForecast(request: ForecastRequest): GoLiveForecast {
  const weeks = request.weeks ?? FORECAST_PACE_WEEKS;
  if (!Number.isInteger(weeks) || weeks < 1) throw new RangeError(`The pace needs a whole number of weeks, got ${weeks}.`);
  const calendar = request.calendar ?? WEEKDAYS_ONLY;
  const byId = new Map(request.tasks.map((t) => [t.id, t]));
  const drivers = request.criticalTaskIds.filter((id) => byId.get(id)?.done === false);
  const unestimated = drivers.filter((id) => (byId.get(id) as ForecastTask).estimateHours == null);
  const remainingHours = drivers.reduce((sum, id) => sum + ((byId.get(id) as ForecastTask).estimateHours ?? 0), 0);

  const weeklyHours = Array.from({ length: weeks }, () => 0);
  const firstDay = addDays(request.today, -7 * weeks + 1);
  for (const work of request.completed) {
    if (work.day < firstDay || work.day > request.today) continue;
    const week = Math.floor((Date.parse(`${request.today}T00:00:00Z`) - Date.parse(`${work.day}T00:00:00Z`)) / (7 * 86_400_000));
    weeklyHours[week] += work.estimateHours;
  }
  const hoursPerWeek = weeklyHours.reduce((sum, h) => sum + h, 0) / weeks;
  const base = { remainingHours, weeklyHours, hoursPerWeek, drivers, unestimated };

  if (remainingHours === 0 && unestimated.length === 0) {
    return { ...base, status: 'ON_TRACK', forecastDate: request.today, earliest: request.today, latest: request.today, slipDays: 0 };
  }
  if (hoursPerWeek === 0) return { ...base, status: 'NO_PACE', forecastDate: null, earliest: null, latest: null, slipDays: 0 };

  const forecastDate = dateAtPace(request.today, remainingHours, hoursPerWeek, calendar) as IsoDate;
  const earliest = dateAtPace(request.today, remainingHours, Math.max(...weeklyHours), calendar);
  const latest = dateAtPace(request.today, remainingHours, Math.min(...weeklyHours), calendar);
  const target = request.targetGoLive;
  const verdict = goLiveSlipVerdict({ forecastDate, latest }, target);
  const status: ForecastStatus = verdict === 'NONE' ? 'ON_TRACK' : verdict;
  const slipDays = verdict === 'SLIPPING' ? workingDaysBetween(target as IsoDate, forecastDate, calendar) : 0;
  return { ...base, status, forecastDate, earliest, latest, slipDays };
}
