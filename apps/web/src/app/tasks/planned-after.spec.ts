import { describe, expect, it } from 'vitest';

import { plannedAfterSentence } from './planned-after';

describe('plannedAfterSentence', () => {
  it('names each task it waits for, with a lag where there is one', () => {
    expect(
      plannedAfterSentence([
        { lagDays: 2, dependsOn: { title: 'Design the data model' } },
        { lagDays: 0, dependsOn: { title: 'Review the model' } },
        { lagDays: -1, dependsOn: { title: 'Load test data' } },
      ]),
    ).toBe('Planned after Design the data model (+2 d), Review the model and Load test data (-1 d).');
  });

  it('says nothing for a task that waits for nothing', () => {
    expect(plannedAfterSentence([])).toBeNull();
  });
});
