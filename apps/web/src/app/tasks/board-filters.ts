import type { Params } from '@angular/router';

import type { TaskFilterInput } from '@crm/graphql-client';

/** What the board is narrowed to. It lives in the URL, so a filtered board can be shared or bookmarked. */
export interface BoardFilters {
  roleKeys: readonly string[];
  ownerId: string | null;
  phaseId: string | null;
  overdue: boolean;
  unowned: boolean;
  search: string;
}

/**
 * The board's query parameters as the router hands them over. `role` holds role keys separated by
 * commas (role keys are letters, digits and underscores); a repeated `role` parameter is read too.
 */
export interface BoardQueryParams {
  role?: string | readonly string[] | null;
  owner?: string | null;
  phase?: string | null;
  overdue?: string | null;
  unowned?: string | null;
  q?: string | null;
}

export const NO_FILTERS: BoardFilters = {
  roleKeys: [],
  ownerId: null,
  phaseId: null,
  overdue: false,
  unowned: false,
  search: '',
};

export function filtersFromQueryParams(params: BoardQueryParams): BoardFilters {
  const roles = typeof params.role === 'string' ? [params.role] : (params.role ?? []);
  const roleKeys = roles.flatMap((value) => value.split(',')).map((key) => key.trim()).filter((key) => key !== '');
  return {
    roleKeys: [...new Set(roleKeys)],
    ownerId: params.owner?.trim() || null,
    phaseId: params.phase?.trim() || null,
    overdue: params.overdue === 'true',
    unowned: params.unowned === 'true',
    search: params.q?.trim() ?? '',
  };
}

/**
 * The query parameters for `filters`, with null for each filter that is off so that merging them
 * into the current URL removes it, and an unfiltered board has a clean address.
 */
export function queryParamsFromFilters(filters: BoardFilters): Params {
  return {
    role: filters.roleKeys.length > 0 ? filters.roleKeys.join(',') : null,
    owner: filters.ownerId,
    phase: filters.phaseId,
    overdue: filters.overdue ? 'true' : null,
    unowned: filters.unowned ? 'true' : null,
    q: filters.search.trim() || null,
  };
}

/** The API filter for `filters`, leaving out every filter that is off; null when nothing is filtered. */
export function taskFilterInput(filters: BoardFilters): TaskFilterInput | null {
  const input: TaskFilterInput = {};
  if (filters.roleKeys.length > 0) input.roleKeys = [...filters.roleKeys];
  if (filters.ownerId) input.ownerId = filters.ownerId;
  if (filters.phaseId) input.phaseId = filters.phaseId;
  if (filters.overdue) input.overdue = true;
  if (filters.unowned) input.unowned = true;
  if (filters.search.trim()) input.search = filters.search.trim();
  return Object.keys(input).length > 0 ? input : null;
}

export function hasActiveFilters(filters: BoardFilters): boolean {
  return taskFilterInput(filters) !== null;
}

export function sameFilters(a: BoardFilters, b: BoardFilters): boolean {
  return (
    a.ownerId === b.ownerId &&
    a.phaseId === b.phaseId &&
    a.overdue === b.overdue &&
    a.unowned === b.unowned &&
    a.search === b.search &&
    a.roleKeys.length === b.roleKeys.length &&
    a.roleKeys.every((key, i) => key === b.roleKeys[i])
  );
}
