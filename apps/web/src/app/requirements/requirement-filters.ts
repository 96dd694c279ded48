import type { Params } from '@angular/router';

import type { Department, MoscowPriority, RequirementFilterInput, RequirementStatus } from '@crm/graphql-client';

import { DEPARTMENTS, PRIORITIES, REQUIREMENT_STATUSES } from './requirement-labels';

/** What the requirements table is narrowed to. It lives in the URL, so a filtered list can be shared. */
export interface RequirementFilters {
  departments: readonly Department[];
  priorities: readonly MoscowPriority[];
  statuses: readonly RequirementStatus[];
  search: string;
}

/**
 * The page's query parameters as the router hands them over: `department`, `priority` and `status`
 * hold values separated by commas (?priority=MUST,SHOULD); a repeated parameter is read too.
 */
export interface RequirementQueryParams {
  department?: string | readonly string[] | null;
  priority?: string | readonly string[] | null;
  status?: string | readonly string[] | null;
  q?: string | null;
}

export const NO_REQUIREMENT_FILTERS: RequirementFilters = { departments: [], priorities: [], statuses: [], search: '' };

/**
 * Reads the filters from the URL. Values are matched without regard to case, unknown ones are
 * dropped (an old bookmark must not break the page), and the result keeps the canonical order.
 */
export function filtersFromQueryParams(params: RequirementQueryParams): RequirementFilters {
  return {
    departments: known(params.department, DEPARTMENTS),
    priorities: known(params.priority, PRIORITIES),
    statuses: known(params.status, REQUIREMENT_STATUSES),
    search: params.q?.trim() ?? '',
  };
}

/** The query parameters for `filters`, null for each filter that is off so merging them removes it. */
export function queryParamsFromFilters(filters: RequirementFilters): Params {
  return {
    department: filters.departments.length > 0 ? filters.departments.join(',') : null,
    priority: filters.priorities.length > 0 ? filters.priorities.join(',') : null,
    status: filters.statuses.length > 0 ? filters.statuses.join(',') : null,
    q: filters.search.trim() || null,
  };
}

/** The API filter for `filters`, leaving out every filter that is off; null when nothing is filtered. */
export function requirementFilterInput(filters: RequirementFilters): RequirementFilterInput | null {
  const input: RequirementFilterInput = {};
  if (filters.departments.length > 0) input.departments = [...filters.departments];
  if (filters.priorities.length > 0) input.priorities = [...filters.priorities];
  if (filters.statuses.length > 0) input.statuses = [...filters.statuses];
  if (filters.search.trim()) input.search = filters.search.trim();
  return Object.keys(input).length > 0 ? input : null;
}

export function hasActiveFilters(filters: RequirementFilters): boolean {
  return requirementFilterInput(filters) !== null;
}

export function sameFilters(a: RequirementFilters, b: RequirementFilters): boolean {
  return (
    a.search === b.search &&
    sameList(a.departments, b.departments) &&
    sameList(a.priorities, b.priorities) &&
    sameList(a.statuses, b.statuses)
  );
}

/** `value` added to `list` when it is missing, taken out when it is there; canonical order kept. */
export function toggled<T extends string>(list: readonly T[], value: T, order: readonly T[]): T[] {
  const next = new Set(list);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return order.filter((item) => next.has(item));
}

function known<T extends string>(raw: string | readonly string[] | null | undefined, allowed: readonly T[]): T[] {
  const values = typeof raw === 'string' ? [raw] : (raw ?? []);
  const wanted = new Set(values.flatMap((value) => value.split(',')).map((value) => value.trim().toUpperCase()));
  return allowed.filter((value) => wanted.has(value));
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
