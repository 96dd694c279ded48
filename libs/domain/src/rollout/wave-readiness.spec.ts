import { describe, expect, it } from 'vitest';

import { goLiveBlockers, readinessProgress } from './wave-readiness';

describe('wave readiness', () => {
  it('blocks go-live on every unchecked item, by name', () => {
    expect(
      goLiveBlockers([
        { label: 'Users trained', done: true },
        { label: 'Data migrated', done: false },
      ]),
    ).toEqual(['Not ready: Data migrated']);
  });

  it('measures progress as the share of checked items', () => {
    expect(readinessProgress([{ label: 'a', done: true }, { label: 'b', done: false }, { label: 'c', done: true }, { label: 'd', done: false }])).toBe(0.5);
    expect(readinessProgress([])).toBe(0);
  });
});
