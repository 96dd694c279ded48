import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { type IsoDate, todayIso, workingCalendar, type WorkingCalendar } from '@crm/domain';

import { publicHolidays, waveCountries } from '../training/public-holidays';
import { PlanningRepository, ProgramDatesRow, WaveScopeRow } from './planning.repository';

/** Years before the program's start and after its go-live whose holidays still count. */
const YEARS_BEFORE = 1;
const YEARS_AFTER = 3;
/** A program dated across centuries by a typo must not make every request compute them all. */
const MAX_YEARS = 15;

/**
 * One country's public holidays of one year. The holiday library takes milliseconds per country
 * and year, and its answer never changes, so it is kept for the process's life: this is reference
 * data, the same on every replica, not state.
 */
const holidaysByCountryYear = new Map<string, IsoDate[]>();

function holidaysOf(country: string, year: number): IsoDate[] {
  const key = `${country}-${year}`;
  let days = holidaysByCountryYear.get(key);
  if (!days) {
    days = publicHolidays([country], `${year}-01-01`, `${year}-12-31`);
    holidaysByCountryYear.set(key, days);
  }
  return days;
}

/**
 * A program's working days: weekends and the national public holidays of every country its
 * rollout waves name (the same library and country reading as training suggestions), from the
 * year before it starts to three years after its go-live or today, whichever is later. A day off
 * in one country is off for the program: its people work together across the waves.
 */
export function programCalendar(program: ProgramDatesRow, scopes: readonly string[][], today: IsoDate = todayIso()): WorkingCalendar {
  const countries = [...new Set(scopes.flatMap((scope) => waveCountries(scope)))];
  const first = Math.min(Number(program.start_date.slice(0, 4)), Number(today.slice(0, 4))) - YEARS_BEFORE;
  const last = Math.min(Math.max(Number(program.target_go_live_date.slice(0, 4)), Number(today.slice(0, 4))) + YEARS_AFTER, first + MAX_YEARS - 1);
  const days: IsoDate[] = [];
  for (const country of countries) for (let year = first; year <= last; year += 1) days.push(...holidaysOf(country, year));
  return workingCalendar(days);
}

export function calendarsByProject(programs: readonly ProgramDatesRow[], scopes: readonly WaveScopeRow[]): Map<string, WorkingCalendar> {
  const scopesOf = new Map<string, string[][]>();
  for (const row of scopes) scopesOf.set(row.project_id, [...(scopesOf.get(row.project_id) ?? []), row.scope]);
  return new Map(programs.map((program) => [program.id, programCalendar(program, scopesOf.get(program.id) ?? [])]));
}

/** The working-day calendar of a program, for services that plan dates (tasks' durations). */
@Injectable()
export class ProgramCalendars {
  constructor(private readonly planning: PlanningRepository) {}

  /** Read in the caller's transaction: on the embedded database another connection would wait for it to end. */
  async of(tx: EntityManager, projectId: string): Promise<WorkingCalendar> {
    const programs = await this.planning.programs([projectId], tx);
    const scopes = await this.planning.waveScopes([projectId], tx);
    return calendarsByProject(programs, scopes).get(projectId) ?? workingCalendar();
  }
}
