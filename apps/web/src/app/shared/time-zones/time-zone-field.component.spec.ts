import { describe, expect, it } from 'vitest';

import { searchTimeZones, timeZoneGroups, zoneOfText } from '@crm/domain';

import { regionNamedBy, withReaderLabels } from './time-zone-field.component';

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

describe('UTC in the reader\'s language', () => {
  const groups = withReaderLabels(timeZoneGroups(['Europe/Amsterdam'], new Date('2027-01-15T12:00:00Z')), 'UTC (gecoördineerde wereldtijd)');

  it('shows the translated label, and a typed label or "utc" still finds it', () => {
    expect(zoneOfText(groups, 'UTC (gecoördineerde wereldtijd)')?.id).toBe('UTC');
    expect(searchTimeZones(groups, 'utc').flatMap((g) => g.zones.map((z) => z.label))).toContain('UTC (gecoördineerde wereldtijd)');
  });

  it('leaves the other zones\' labels alone', () => {
    expect(zoneOfText(groups, 'Europe/Amsterdam')?.label).toBe('Amsterdam (UTC+01:00)');
  });
});
