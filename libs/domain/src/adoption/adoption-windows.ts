import type { IsoDate } from '../projects/project-schedule';
import { addDays, daysBetween } from '../phases/milestone-schedule';

/** The two windows adoption is read over: the last week and the last month, today included. */
export const ADOPTION_SHORT_WINDOW_DAYS = 7;
export const ADOPTION_WINDOW_DAYS = 30;
/** Days without any use, from go-live on, after which a wave's user needs re-training. */
export const INACTIVITY_DAYS = 14;

/** Someone licensed in a wave: of a business unit in its scope, or added to it by hand. */
export interface WaveUser {
  personId: string;
  businessUnit: string | null;
}

/** A day on which a person used the CRM (from any import). */
export interface ActivityDay {
  personId: string;
  day: IsoDate;
}

export interface AdoptionFigures {
  licensedUsers: number;
  /** Active on at least one of the last 7 days. */
  active7: number;
  /** Active on at least one of the last 30 days: the KPI's "active users". */
  active30: number;
  /** active30 ÷ licensed, null when nobody is licensed. */
  ratio: number | null;
}

/** A message of the catalogue (`formatMessage` words it), with its params typed. */
export type InactivityReason =
  | { code: 'INACTIVE_SINCE_GO_LIVE'; params: { goLiveDate: IsoDate; days: number } }
  | { code: 'NO_ACTIVITY_FOR_DAYS'; params: { lastActiveOn: IsoDate; days: number } };

export interface InactiveUser {
  personId: string;
  reason: InactivityReason;
}

export interface WaveAdoption extends AdoptionFigures {
  byBusinessUnit: (AdoptionFigures & { businessUnit: string | null })[];
  inactive: InactiveUser[];
  /** Each user's latest day of use up to today (absent when never). */
  lastActiveOn: Map<string, IsoDate>;
}

/** The share of licensed users who are active; null when there is nobody to count. */
export function adoptionRatio(active: number, licensed: number): number | null {
  return licensed > 0 ? active / licensed : null;
}

/** The ratio as the USER_ADOPTION KPI records it: a percentage with one decimal. */
export function adoptionPercent(ratio: number): number {
  return Math.round(ratio * 1000) / 10;
}

/**
 * A user's reason for re-training, or null: once 14 days have passed since go-live, whoever has
 * not used the CRM in the last 14 days (use before go-live, in training systems, does not count).
 */
export function inactivityReason(goLiveDate: IsoDate, today: IsoDate, lastActiveOn: IsoDate | undefined): InactivityReason | null {
  if (daysBetween(goLiveDate, today) < INACTIVITY_DAYS) return null;
  if (!lastActiveOn || lastActiveOn < goLiveDate) return { code: 'INACTIVE_SINCE_GO_LIVE', params: { goLiveDate, days: daysBetween(goLiveDate, today) } };
  const idle = daysBetween(lastActiveOn, today);
  return idle >= INACTIVITY_DAYS ? { code: 'NO_ACTIVITY_FOR_DAYS', params: { lastActiveOn, days: idle } } : null;
}

function figures(users: readonly WaveUser[], lastActiveOn: ReadonlyMap<string, IsoDate>, today: IsoDate): AdoptionFigures {
  const since7 = addDays(today, 1 - ADOPTION_SHORT_WINDOW_DAYS);
  const since30 = addDays(today, 1 - ADOPTION_WINDOW_DAYS);
  let active7 = 0;
  let active30 = 0;
  for (const user of users) {
    const last = lastActiveOn.get(user.personId);
    if (last && last >= since7) active7 += 1;
    if (last && last >= since30) active30 += 1;
  }
  return { licensedUsers: users.length, active7, active30, ratio: adoptionRatio(active30, users.length) };
}

/** Each person's latest day of use on or before `today`. */
export function latestActivity(activity: readonly ActivityDay[], today: IsoDate): Map<string, IsoDate> {
  const latest = new Map<string, IsoDate>();
  for (const { personId, day } of activity) {
    if (day > today) continue;
    const current = latest.get(personId);
    if (!current || day > current) latest.set(personId, day);
  }
  return latest;
}

/**
 * A wave's adoption as of `today`: active users over the last 7 and 30 days, overall and per
 * business unit (people added by hand count under their own unit), and who is inactive and why.
 * Users are counted once, whatever the order or repetition they are given in.
 */
export function waveAdoption(goLiveDate: IsoDate, today: IsoDate, users: readonly WaveUser[], activity: readonly ActivityDay[]): WaveAdoption {
  const unique = [...new Map(users.map((u) => [u.personId, u])).values()];
  const lastActiveOn = latestActivity(activity, today);
  const units = new Map<string | null, WaveUser[]>();
  for (const user of unique) {
    const group = units.get(user.businessUnit);
    if (group) group.push(user);
    else units.set(user.businessUnit, [user]);
  }
  const byBusinessUnit = [...units.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([businessUnit, group]) => ({ businessUnit, ...figures(group, lastActiveOn, today) }));
  const inactive: InactiveUser[] = [];
  for (const user of unique) {
    const reason = inactivityReason(goLiveDate, today, lastActiveOn.get(user.personId));
    if (reason) inactive.push({ personId: user.personId, reason });
  }
  return { ...figures(unique, lastActiveOn, today), byBusinessUnit, inactive, lastActiveOn };
}
