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

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const hours = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)} ${n === 1 ? 'hour' : 'hours'}`;

function chipOf(forecast: ForecastData): ForecastChip {
  switch (forecast.status) {
    case 'SLIPPING':
      return { tone: 'slipping', icon: '▲', label: `Slipping ${count(forecast.slipDays, 'working day')}` };
    case 'AT_RISK':
      return { tone: 'at-risk', icon: '!', label: 'At risk' };
    case 'ON_TRACK':
      return { tone: 'on-track', icon: '✓', label: 'On track' };
    default:
      return { tone: 'no-pace', icon: '…', label: 'Not enough progress yet' };
  }
}

function verdictOf(forecast: ForecastData): string {
  const target = formatDay(forecast.targetGoLiveDate);
  switch (forecast.status) {
    case 'SLIPPING':
      return `At this pace the go-live lands ${count(forecast.slipDays, 'working day')} after the target of ${target}.`;
    case 'AT_RISK':
      return forecast.latest === null
        ? `It fits the target of ${target}, but one of the last ${count(forecast.weeks, 'week')} finished nothing, so at its pace the work would not end.`
        : `It fits the target of ${target} at the average pace, but not at the slowest week’s.`;
    case 'ON_TRACK':
      return forecast.remainingHours === 0 && forecast.unestimatedTaskIds.length === 0
        ? 'Nothing is left to do on the critical path.'
        : `It fits the target of ${target} even at the slowest week’s pace.`;
    default:
      return `Nothing on the plan was marked done in the last ${count(forecast.weeks, 'week')}, so there is no pace to forecast from yet. The forecast appears once the team finishes estimated work.`;
  }
}

/** Everything the overview's forecast card shows, in its words. */
export function forecastView(forecast: ForecastData): ForecastView {
  const empty = forecast.status === 'NO_PACE';
  const range =
    forecast.earliest === null
      ? null
      : forecast.latest === null
        ? `From ${formatDay(forecast.earliest)}; no latest date, as a week finished nothing`
        : forecast.earliest === forecast.latest
          ? null
          : `Between ${formatDay(forecast.earliest)} and ${formatDay(forecast.latest)}`;
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
        : `${count(unestimated, 'driving task')} ${unestimated === 1 ? 'has' : 'have'} no estimate, so the date leaves ${unestimated === 1 ? 'its' : 'their'} work out and may be early.`,
    explanation:
      `The estimate-hours still open on the critical path (${hours(forecast.remainingHours)}), divided by the estimate-hours the team finished per week ` +
      `over the last ${count(forecast.weeks, 'week')} (${hours(forecast.hoursPerWeek)} a week on average), counted in working days from today. ` +
      'The range runs from the fastest of those weeks to the slowest.',
  };
}
