import type { IsoDate } from '../projects/project-schedule';
import { workingDaysBetween, WEEKDAYS_ONLY, type WorkingCalendar } from './working-days';

/**
 * - `NONE`: the forecast fits the target go-live even at the slowest week's pace (or there is no
 *   forecast or no target to judge);
 * - `AT_RISK`: the forecast fits, but the slow end of its range passes the target (or is open,
 *   because a week finished nothing);
 * - `SLIPPING`: the forecast itself passes the target.
 */
export type GoLiveSlipVerdict = 'NONE' | 'AT_RISK' | 'SLIPPING';

/** How many driving tasks a slip warning names; the rest are counted. */
export const GO_LIVE_DRIVERS_NAMED = 3;

/** The verdict from the forecast's range against the target go-live. */
export function goLiveSlipVerdict(range: { forecastDate: IsoDate | null; latest: IsoDate | null }, target: IsoDate | null): GoLiveSlipVerdict {
  if (target === null || range.forecastDate === null) return 'NONE';
  if (range.forecastDate > target) return 'SLIPPING';
  return range.latest === null || range.latest > target ? 'AT_RISK' : 'NONE';
}

export interface GoLiveSlip<Driver> {
  verdict: Exclude<GoLiveSlipVerdict, 'NONE'>;
  forecastDate: IsoDate;
  /** The slow end of the range; null when it is open (a week finished nothing). */
  latest: IsoDate | null;
  targetDate: IsoDate;
  /** Working days the forecast passes the target; 0 when only the range's slow end does. */
  slipDays: number;
  /** Working days the slow end passes the target; null when that end is open. */
  latestSlipDays: number | null;
  /** The first driving tasks in the forecast's order (along the critical chain). */
  drivers: Driver[];
  /** Driving tasks beyond those named. */
  moreDrivers: number;
  /** Weeks the pace was judged over. */
  paceWeeks: number;
}

export interface GoLiveSlipRequest<Driver> {
  forecastDate: IsoDate | null;
  latest: IsoDate | null;
  targetDate: IsoDate | null;
  /** Every driving task, in the forecast's order. */
  drivers: readonly Driver[];
  paceWeeks: number;
  calendar?: WorkingCalendar;
  named?: number;
}

/**
 * The warning the overview and the health page raise when the go-live forecast passes the
 * target: null when it fits (or nothing can be forecast yet, which is no reason for alarm), else
 * the verdict, how many working days it slips and the first tasks that drive it.
 */
export function goLiveSlip<Driver>(request: GoLiveSlipRequest<Driver>): GoLiveSlip<Driver> | null {
  const verdict = goLiveSlipVerdict(request, request.targetDate);
  if (verdict === 'NONE') return null;
  const calendar = request.calendar ?? WEEKDAYS_ONLY;
  const target = request.targetDate as IsoDate;
  const forecastDate = request.forecastDate as IsoDate;
  const named = request.named ?? GO_LIVE_DRIVERS_NAMED;
  return {
    verdict,
    forecastDate,
    latest: request.latest,
    targetDate: target,
    slipDays: forecastDate > target ? workingDaysBetween(target, forecastDate, calendar) : 0,
    latestSlipDays: request.latest === null ? null : workingDaysBetween(target, request.latest, calendar),
    drivers: request.drivers.slice(0, named),
    moreDrivers: Math.max(0, request.drivers.length - named),
    paceWeeks: request.paceWeeks,
  };
}
