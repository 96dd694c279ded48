import { describe, expect, it } from 'vitest';

import { appendPage, AUTO_LOAD_LOOKAHEAD, boardColumns, replaceTask, wantsNextPage, withStatus } from './board-columns';
import { boardTask } from './testing/board-fixtures';

describe('board columns', () => {
  const tasks = [
    boardTask({ id: 'a', status: 'DONE' }),
    boardTask({ id: 'b', status: 'TODO' }),
    boardTask({ id: 'c', status: 'TODO' }),
  ];

  it('shows the four statuses left to right, empty ones included, tasks in the order the API gave', () => {
    const columns = boardColumns(tasks);

    expect(columns.map((c) => [c.status, c.label, c.tasks.map((t) => t.id)])).toEqual([
      ['TODO', 'To do', ['b', 'c']],
      ['IN_PROGRESS', 'In progress', []],
      ['BLOCKED', 'Blocked', []],
      ['DONE', 'Done', ['a']],
    ]);
  });

  it('moves one card to another column and leaves the others alone', () => {
    const moved = withStatus(tasks, 'b', 'BLOCKED');

    expect(boardColumns(moved)[2].tasks.map((t) => t.id)).toEqual(['b']);
    expect(moved[0]).toBe(tasks[0]);
    expect(tasks[1].status).toBe('TODO');
  });

  it('puts the server’s version of a task in place of the one shown', () => {
    const saved = boardTask({ id: 'c', status: 'TODO', version: 4, title: 'Renamed' });

    expect(replaceTask(tasks, saved).map((t) => t.title)).toEqual(['Task a', 'Task b', 'Renamed']);
  });

  it('skips tasks of the next page that are already shown', () => {
    const next = [boardTask({ id: 'c' }), boardTask({ id: 'd' })];

    expect(appendPage(tasks, next).map((t) => t.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('asks for the next page once a column is scrolled near the end of its loaded cards, not before', () => {
    expect(wantsNextPage(20, 100)).toBe(false);
    expect(wantsNextPage(100 - AUTO_LOAD_LOOKAHEAD, 100)).toBe(true);
    expect(wantsNextPage(100, 100)).toBe(true);
    // A short column drawn in full is at its end too.
    expect(wantsNextPage(3, 3)).toBe(true);
  });
});
