import { describe, expect, it } from 'vitest';

import {
  filtersFromQueryParams,
  hasActiveFilters,
  NO_REQUIREMENT_FILTERS,
  queryParamsFromFilters,
  requirementFilterInput,
  sameFilters,
  toggled,
} from './requirement-filters';
import { DEPARTMENTS } from './requirement-labels';

describe('requirement filters in the URL', () => {
  it('reads comma-separated values in any case, in the canonical order, dropping unknown ones', () => {
    const filters = filtersFromQueryParams({ department: 'it,sales,LEGAL', priority: ['SHOULD', 'must'], status: 'AGREED', q: '  quote ' });

    expect(filters).toEqual({ departments: ['SALES', 'IT'], priorities: ['MUST', 'SHOULD'], statuses: ['AGREED'], search: 'quote' });
  });

  it('an address without parameters is the unfiltered list', () => {
    expect(filtersFromQueryParams({})).toEqual(NO_REQUIREMENT_FILTERS);
    expect(hasActiveFilters(filtersFromQueryParams({}))).toBe(false);
  });

  it('round-trips through query parameters, and turned-off filters leave the address', () => {
    const filters = { departments: ['FINANCE' as const], priorities: [], statuses: [], search: 'invoice' };
    const params = queryParamsFromFilters(filters);

    expect(params).toEqual({ department: 'FINANCE', priority: null, status: null, q: 'invoice' });
    expect(sameFilters(filtersFromQueryParams(params as Record<string, string | null>), filters)).toBe(true);
  });

  it('sends the API only the filters that are on', () => {
    expect(requirementFilterInput(NO_REQUIREMENT_FILTERS)).toBeNull();
    expect(requirementFilterInput({ departments: [], priorities: ['MUST'], statuses: [], search: ' ' })).toEqual({ priorities: ['MUST'] });
  });

  it('clicking a department count adds it to the filter, clicking again takes it out', () => {
    const once = toggled([], 'IT', DEPARTMENTS);
    const twice = toggled(toggled(once, 'SALES', DEPARTMENTS), 'IT', DEPARTMENTS);

    expect(once).toEqual(['IT']);
    expect(twice).toEqual(['SALES']);
  });
});
