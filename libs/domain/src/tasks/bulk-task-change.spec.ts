import { describe, expect, it } from 'vitest';

import { bulkStatusRefusals } from './bulk-task-change';

const task = (id: string, status = 'TODO') => ({ id, title: `Task ${id}`, status });
const link = (taskId: string, id: string, status: string) => ({ taskId, prerequisite: { id, title: `Task ${id}`, status } });

describe('bulkStatusRefusals', () => {
  it('lets tasks without prerequisites move anywhere', () => {
    expect(bulkStatusRefusals([task('a'), task('b')], 'DONE', [])).toEqual([]);
  });

  it('refuses finishing a task whose prerequisite outside the change is open, naming that prerequisite', () => {
    const refusals = bulkStatusRefusals([task('a'), task('b')], 'DONE', [link('b', 'x', 'IN_PROGRESS')]);
    expect(refusals).toEqual([{ task: task('b'), blockers: [{ id: 'x', title: 'Task x', status: 'IN_PROGRESS' }] }]);
  });

  it('allows finishing a task together with the task it waits for', () => {
    expect(bulkStatusRefusals([task('a'), task('b')], 'DONE', [link('b', 'a', 'TODO')])).toEqual([]);
  });

  it('refuses starting a task together with the task it waits for, which would still be open', () => {
    const refusals = bulkStatusRefusals([task('a'), task('b')], 'IN_PROGRESS', [link('b', 'a', 'TODO')]);
    expect(refusals.map((r) => r.task.id)).toEqual(['b']);
    expect(refusals[0].blockers[0]).toMatchObject({ id: 'a', status: 'IN_PROGRESS' });
  });

  it('never refuses moving tasks back to To do or Blocked', () => {
    expect(bulkStatusRefusals([task('a', 'DONE')], 'TODO', [link('a', 'x', 'TODO')])).toEqual([]);
    expect(bulkStatusRefusals([task('a', 'IN_PROGRESS')], 'BLOCKED', [link('a', 'x', 'TODO')])).toEqual([]);
  });

  it('leaves a task already in the status alone, as a single edit would', () => {
    expect(bulkStatusRefusals([task('a', 'IN_PROGRESS')], 'IN_PROGRESS', [link('a', 'x', 'TODO')])).toEqual([]);
  });
});
