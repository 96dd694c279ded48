import { describe, expect, it } from 'vitest';

import {
  filtersFromQueryParams,
  hasActiveFilters,
  NO_FILTERS,
  queryParamsFromFilters,
  sameFilters,
  taskFilterInput,
} from './board-filters';

describe('board filters and the URL', () => {
  it('a link with ?unowned=true opens the board on unowned tasks only', () => {
    const filters = filtersFromQueryParams({ unowned: 'true' });

    expect(filters).toEqual({ ...NO_FILTERS, unowned: true });
    expect(taskFilterInput(filters)).toEqual({ unowned: true });
  });

  it('reads several roles from one comma-separated parameter or from repeated ones', () => {
    expect(filtersFromQueryParams({ role: 'BUSINESS_ANALYST,TRAINER' }).roleKeys).toEqual(['BUSINESS_ANALYST', 'TRAINER']);
    expect(filtersFromQueryParams({ role: ['BUSINESS_ANALYST', 'TRAINER', 'TRAINER'] }).roleKeys).toEqual([
      'BUSINESS_ANALYST',
      'TRAINER',
    ]);
  });

  it('treats anything but "true" as a switched-off checkbox', () => {
    const filters = filtersFromQueryParams({ overdue: 'yes', unowned: 'false' });

    expect(filters.overdue).toBe(false);
    expect(filters.unowned).toBe(false);
    expect(hasActiveFilters(filters)).toBe(false);
  });

  it('writes every filter into the URL and reads it back unchanged', () => {
    const filters = {
      roleKeys: ['DATA_STEWARD', 'CRM_ADMIN'],
      ownerId: 'person-1',
      phaseId: 'phase-2',
      overdue: true,
      unowned: false,
      search: 'migration',
    };

    const params = queryParamsFromFilters(filters);

    expect(params).toEqual({
      role: 'DATA_STEWARD,CRM_ADMIN',
      owner: 'person-1',
      phase: 'phase-2',
      overdue: 'true',
      unowned: null,
      q: 'migration',
    });
    expect(filtersFromQueryParams(params)).toEqual(filters);
  });

  it('removes switched-off filters from the URL, so a cleared board has a clean address', () => {
    expect(queryParamsFromFilters(NO_FILTERS)).toEqual({
      role: null,
      owner: null,
      phase: null,
      overdue: null,
      unowned: null,
      q: null,
    });
  });

  it('asks the API only for the filters that are on, and for none when nothing is filtered', () => {
    expect(taskFilterInput(NO_FILTERS)).toBeNull();
    expect(taskFilterInput({ ...NO_FILTERS, roleKeys: ['TRAINER'], overdue: true, search: '  cheat sheet ' })).toEqual({
      roleKeys: ['TRAINER'],
      overdue: true,
      search: 'cheat sheet',
    });
  });

  it('sees the same filters in a fresh copy, so an unrelated navigation does not reload the board', () => {
    const a = filtersFromQueryParams({ role: ['TRAINER'], q: 'deck' });
    const b = filtersFromQueryParams({ role: 'TRAINER', q: 'deck' });

    expect(a).not.toBe(b);
    expect(sameFilters(a, b)).toBe(true);
    expect(sameFilters(a, { ...b, roleKeys: ['TRAINER', 'KEY_USER'] })).toBe(false);
  });
});
