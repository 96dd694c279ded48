import { describe, expect, it } from 'vitest';

import { regionNamedBy } from './time-zone-field.component';

describe('time-zone regions by the names the list shows', () => {
  it('finds a region by the name its group is headed with, whatever the case', () => {
    expect(regionNamedBy('AMERICAS')).toBe('America');
    expect(regionNamedBy('indian oc')).toBe('Indian');
  });

  it('leaves a region the search finds by its own key, a single letter and a city to the search', () => {
    expect(regionNamedBy('europe')).toBeNull();
    expect(regionNamedBy('a')).toBeNull();
    expect(regionNamedBy('Amsterdam')).toBeNull();
  });
});
