import { describe, expect, it } from 'vitest';

import { readinessLabel, scopeEntries, TimelineWave, waveTimeline } from './wave-timeline';

const wave = (id: string, goLiveDate: string, status: TimelineWave['status'] = 'PLANNED'): TimelineWave => ({
  id,
  name: `Wave ${id}`,
  goLiveDate,
  status,
});

const options = { marginDays: 10, minSpanDays: 30, minLabelGap: 15 };

describe('the wave timeline', () => {
  it('places waves and today by date across the strip, with a margin at both ends', () => {
    // Span: 2026-01-01 − 10 days … 2026-04-11 + 10 days = 120 days.
    const timeline = waveTimeline([wave('2', '2026-04-11'), wave('1', '2026-02-20')], '2026-01-01', options);

    expect(timeline.markers.map((m) => m.id)).toEqual(['1', '2']);
    expect(timeline.today.left).toBeCloseTo((10 / 120) * 100, 1);
    expect(timeline.markers[0].left).toBeCloseTo((60 / 120) * 100, 1);
    expect(timeline.markers[1].left).toBeCloseTo((110 / 120) * 100, 1);
    expect(timeline.markers[0].dateLabel).toBe('20 Feb 2026');
  });

  it('keeps today on the strip when every wave is in the past', () => {
    const timeline = waveTimeline([wave('1', '2025-06-01', 'CLOSED')], '2026-01-01', options);

    expect(timeline.today.left).toBeGreaterThan(timeline.markers[0].left);
    expect(timeline.today.left).toBeLessThan(100);
  });

  it('stretches a short plan to the shortest span, centred', () => {
    const timeline = waveTimeline([], '2026-01-15', { ...options, marginDays: 0 });

    expect(timeline.today.left).toBe(50);
    expect(timeline.markers).toEqual([]);
  });

  it('stacks waves that go live close together so their names do not overlap', () => {
    const timeline = waveTimeline(
      [wave('a', '2026-03-01'), wave('b', '2026-03-03'), wave('c', '2026-03-05'), wave('d', '2026-06-01')],
      '2026-01-01',
      options,
    );

    expect(timeline.markers.map((m) => [m.id, m.lane])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 0],
    ]);
    expect(timeline.lanes).toBe(3);
  });

  it('ticks the first of each month inside the span', () => {
    const timeline = waveTimeline([wave('1', '2026-03-10')], '2026-01-20', options);

    expect(timeline.months.map((m) => m.iso)).toEqual(['2026-02-01', '2026-03-01']);
    expect(timeline.months[0].label).toBe('Feb 2026');
  });

  it('leaves out a wave whose date cannot be read instead of breaking the strip', () => {
    const timeline = waveTimeline([wave('1', 'soon'), wave('2', '2026-02-01')], '2026-01-01', options);

    expect(timeline.markers.map((m) => m.id)).toEqual(['2']);
  });
});

describe('wave details in words', () => {
  it('counts readiness checks', () => {
    expect(readinessLabel([{ done: true }, { done: false }, { done: true }])).toBe('2 of 3 ready');
    expect(readinessLabel([])).toBe('No readiness checklist');
  });

  it('splits typed scope on commas and semicolons, dropping blanks and repeats', () => {
    expect(scopeEntries('Sales Nordics, Service DACH; ,sales nordics', ['Finance'])).toEqual(['Finance', 'Sales Nordics', 'Service DACH']);
  });
});
