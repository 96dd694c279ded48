import { addDays, daysBetween } from '../phases/milestone-schedule';
import { isWorkingDay, workingCalendar } from '../planning/working-days';
import type { IsoDate } from '../projects/project-schedule';
import { CADENCE_WINDOW_DAYS } from './cadence-compliance';

export interface ScheduleRequest {
  goLiveDate: IsoDate;
  /** Local days of the wave's sessions already held or planned. */
  sessionDays: IsoDate[];
  /** Local days the trainer is already teaching elsewhere. */
  trainerBusyDays: IsoDate[];
  /** How many sessions the window should have; the cadence asks for 3 to 4. */
  target?: number;
  /** Public holidays in any of the wave's countries (see countriesInScope): nobody is trained on them. */
  holidayDays?: IsoDate[];
}

/**
 * Dates for the sessions a wave is missing: each one placed on the working day in the 90-day
 * window that is farthest from go-live, the window's end and every other session, skipping days
 * the trainer is busy and public holidays. The result spreads sessions evenly (about days 22, 45 and 67 for an empty
 * window) and is the same for the same input.
 */
export function suggestSessionDays(request: ScheduleRequest): IsoDate[] {
  const target = request.target ?? 3;
  const windowEnd = addDays(request.goLiveDate, CADENCE_WINDOW_DAYS);
  const taken = request.sessionDays.filter((d) => d >= request.goLiveDate && d <= windowEnd);
  const missing = Math.max(0, target - taken.length);
  const busy = new Set(request.trainerBusyDays);
  const calendar = workingCalendar(request.holidayDays);
  const anchors = [request.goLiveDate, windowEnd, ...taken];
  const candidates: IsoDate[] = [];
  for (let day = 1; day < CADENCE_WINDOW_DAYS; day += 1) {
    const date = addDays(request.goLiveDate, day);
    if (isWorkingDay(date, calendar) && !busy.has(date) && !taken.includes(date)) candidates.push(date);
  }
  const chosen: IsoDate[] = [];
  for (let i = 0; i < missing; i += 1) {
    let best: IsoDate | null = null;
    let bestDistance = -1;
    for (const candidate of candidates) {
      if (chosen.includes(candidate)) continue;
      const distance = Math.min(...[...anchors, ...chosen].map((a) => Math.abs(daysBetween(a, candidate))));
      if (distance > bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (!best) break;
    chosen.push(best);
  }
  return chosen.sort();
}

/**
 * The countries a wave's scope names, as ISO 3166 codes from `countries` (code → name, e.g. the
 * holiday calendar's list). A scope entry names a country when it is its code (`IT`), its name
 * (`Italy`) or contains the name as a word (`Sales Italy`, `Italy (Milan)`); other entries are
 * business units or branches and name none. Codes come back once each, in the scope's order.
 */
export function countriesInScope(scope: readonly string[], countries: Readonly<Record<string, string>>): string[] {
  const found: string[] = [];
  const words = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  for (const entry of scope) {
    const code = entry.trim().toUpperCase();
    const byCode = /^[A-Z]{2}$/.test(code) && code in countries ? [code] : [];
    const byName = Object.entries(countries)
      .filter(([, name]) => name.length >= 4 && words(entry).includes(words(name)))
      .map(([c]) => c);
    for (const c of [...byCode, ...byName]) if (!found.includes(c)) found.push(c);
  }
  return found;
}
