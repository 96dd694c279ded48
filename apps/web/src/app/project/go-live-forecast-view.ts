import { GO_LIVE_DRIVERS_NAMED } from '@crm/domain';
import type { OverviewGoLiveForecastQuery } from '@crm/graphql-client';

import { formatDay } from '../shared/dates/calendar-days';

export type ForecastData = OverviewGoLiveForecastQuery['goLiveForecast'];

/** The verdict as a chip: words and a symbol, so it reads without its colour. */
export interface ForecastChip {
  tone: 'on-track' | 'at-risk' | 'slipping' | 'no-pace';
  icon: string;
  label: string;
}

export interface ForecastView {
  /** No pace to forecast from: the card shows why instead of a date. */
  empty: boolean;
  chip: ForecastChip;
  forecastDate: string | null;
  /** "Between 3 Mar 2027 and 28 Apr 2027", or the open-ended form. */
  range: string | null;
  target: string;
  /** What the verdict means in a sentence. */
  verdictText: string;
  drivers: { id: string; title: string }[];
  moreDrivers: number;
  /** Drivers without an estimate, which the date cannot count. */
  unestimatedNote: string | null;
  /** How the date is worked out, for the tooltip. */
  explanation: string;
}

const workingDays = (n: number) =>
  n === 1 ? $localize`:@@project.forecast.oneWorkingDay:1 working day` : $localize`:@@project.forecast.workingDays:${n}:count: working days`;
const weeks = (n: number) => (n === 1 ? $localize`:@@project.forecast.oneWeek:1 week` : $localize`:@@project.forecast.weeks:${n}:count: weeks`);
const hours = (n: number) => {
  const amount = Number.isInteger(n) ? String(n) : n.toFixed(1);
  return n === 1 ? $localize`:@@project.forecast.oneHour:1 hour` : $localize`:@@project.forecast.hours:${amount}:count: hours`;
};

function chipOf(forecast: ForecastData): ForecastChip {
  switch (forecast.status) {
    case 'SLIPPING':
      return { tone: 'slipping', icon: '▲', label: $localize`:@@project.forecast.slipping:Slipping ${workingDays(forecast.slipDays)}:days:` };
    case 'AT_RISK':
      return { tone: 'at-risk', icon: '!', label: $localize`:@@project.forecast.atRisk:At risk` };
    case 'ON_TRACK':
      return { tone: 'on-track', icon: '✓', label: $localize`:@@project.forecast.onTrack:On track` };
    default:
      return { tone: 'no-pace', icon: '…', label: $localize`:@@project.forecast.noPace:Not enough progress yet` };
  }
}

function verdictOf(forecast: ForecastData): string {
  const target = formatDay(forecast.targetGoLiveDate);
  switch (forecast.status) {
    case 'SLIPPING':
      return $localize`:@@project.forecast.slippingVerdict:At this pace the go-live lands ${workingDays(forecast.slipDays)}:days: after the target of ${target}:target:.`;
    case 'AT_RISK':
      return forecast.latest === null
        ? $localize`:@@project.forecast.atRiskStalled:It fits the target of ${target}:target:, but one of the last ${weeks(forecast.weeks)}:weeks: finished nothing, so at its pace the work would not end.`
        : $localize`:@@project.forecast.atRiskVerdict:It fits the target of ${target}:target: at the average pace, but not at the slowest week’s.`;
    case 'ON_TRACK':
      return forecast.remainingHours === 0 && forecast.unestimatedTaskIds.length === 0
        ? $localize`:@@project.forecast.nothingLeft:Nothing is left to do on the critical path.`
        : $localize`:@@project.forecast.onTrackVerdict:It fits the target of ${target}:target: even at the slowest week’s pace.`;
    default:
      return $localize`:@@project.forecast.noPaceVerdict:Nothing on the plan was marked done in the last ${weeks(forecast.weeks)}:weeks:, so there is no pace to forecast from yet. The forecast appears once the team finishes estimated work.`;
  }
}

/** Everything the overview's forecast card shows, in its words. */
export function forecastView(forecast: ForecastData): ForecastView {
  const empty = forecast.status === 'NO_PACE';
  const range =
    forecast.earliest === null
      ? null
      : forecast.latest === null
        ? $localize`:@@project.forecast.rangeOpen:From ${formatDay(forecast.earliest)}:earliest:; no latest date, as a week finished nothing`
        : forecast.earliest === forecast.latest
          ? null
          : $localize`:@@project.forecast.range:Between ${formatDay(forecast.earliest)}:earliest: and ${formatDay(forecast.latest)}:latest:`;
  const unestimated = forecast.unestimatedTaskIds.length;
  return {
    empty,
    chip: chipOf(forecast),
    forecastDate: forecast.forecastDate === null ? null : formatDay(forecast.forecastDate),
    range,
    target: formatDay(forecast.targetGoLiveDate),
    verdictText: verdictOf(forecast),
    drivers: forecast.drivers.slice(0, GO_LIVE_DRIVERS_NAMED),
    moreDrivers: Math.max(0, forecast.drivers.length - GO_LIVE_DRIVERS_NAMED),
    unestimatedNote:
      unestimated === 0
        ? null
        : unestimated === 1
          ? $localize`:@@project.forecast.unestimatedOne:1 driving task has no estimate, so the date leaves its work out and may be early.`
          : $localize`:@@project.forecast.unestimatedMany:${unestimated}:count: driving tasks have no estimate, so the date leaves their work out and may be early.`,
    explanation: $localize`:@@project.forecast.explanation:The estimate-hours still open on the critical path (${hours(forecast.remainingHours)}:remaining:), divided by the estimate-hours the team finished per week over the last ${weeks(forecast.weeks)}:weeks: (${hours(forecast.hoursPerWeek)}:perWeek: a week on average), counted in working days from today. The range runs from the fastest of those weeks to the slowest.`,
  };
}
