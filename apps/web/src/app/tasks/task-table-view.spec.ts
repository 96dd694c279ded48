import { describe, expect, it } from 'vitest';

import type { BoardTaskFragment } from '@crm/graphql-client';

import {
  inverseChanges,
  queryParamsFromTableView,
  selectionAfterClick,
  TABLE_COLUMNS,
  tableFilterInput,
  tableViewFromQueryParams,
  withColumn,
} from './task-table-view';

const task = (id: string, status: BoardTaskFragment['status'], version: number, extra: Partial<BoardTaskFragment> = {}) =>
  ({ id, status, version, role: { id: 'r1', key: 'CRM_ADMIN', name: 'CRM admin' }, assignee: null, ...extra }) as BoardTaskFragment;

describe('the task table view in the URL', () => {
  it('reads filters, statuses, sort and columns back from the address it writes', () => {
    const view = tableViewFromQueryParams({ role: 'TRAINER', q: 'import', status: 'DONE,TODO', sort: '-dueDate', cols: 'status,owner' });
    expect(view).toMatchObject({ statuses: ['TODO', 'DONE'], sort: { column: 'dueDate', direction: 'DESC' }, columns: ['status', 'owner'] });
    expect(view.filters).toMatchObject({ roleKeys: ['TRAINER'], search: 'import' });
    expect(tableViewFromQueryParams(queryParamsFromTableView(view))).toEqual(view);
  });

  it('keeps a clean address for the default view: every column, creation order, no filter', () => {
    const view = tableViewFromQueryParams({});
    expect(view.columns).toEqual([...TABLE_COLUMNS]);
    expect(view.sort).toBeNull();
    expect(Object.values(queryParamsFromTableView(view)).every((value) => value === null)).toBe(true);
  });

  it('ignores statuses, sort columns and columns it does not know', () => {
    const view = tableViewFromQueryParams({ status: 'FINISHED', sort: 'colour', cols: 'colour' });
    expect(view).toMatchObject({ statuses: [], sort: null, columns: [...TABLE_COLUMNS] });
  });

  it('asks the API for the statuses with the board’s filters', () => {
    expect(tableFilterInput(tableViewFromQueryParams({ status: 'BLOCKED', phase: 'p1' }))).toEqual({ statuses: ['BLOCKED'], phaseId: 'p1' });
    expect(tableFilterInput(tableViewFromQueryParams({}))).toBeNull();
  });

  it('shows and hides a column in the table’s own order', () => {
    expect(withColumn(['owner'], 'phase', true)).toEqual(['phase', 'owner']);
    expect(withColumn(['phase', 'owner'], 'phase', false)).toEqual(['owner']);
  });
});

describe('selecting rows', () => {
  const rows = ['a', 'b', 'c', 'd', 'e'];

  it('toggles one row on a plain click', () => {
    expect([...selectionAfterClick(new Set(['a']), rows, 'c', 'a', false)]).toEqual(['a', 'c']);
    expect([...selectionAfterClick(new Set(['a', 'c']), rows, 'c', 'a', false)]).toEqual(['a']);
  });

  it('selects the range from the last clicked row with Shift, in either direction', () => {
    expect([...selectionAfterClick(new Set(['b']), rows, 'd', 'b', true)].sort()).toEqual(['b', 'c', 'd']);
    expect([...selectionAfterClick(new Set(['e']), rows, 'c', 'e', true)].sort()).toEqual(['c', 'd', 'e']);
  });

  it('clears the range with Shift when the clicked row was selected', () => {
    expect([...selectionAfterClick(new Set(['a', 'b', 'c', 'd']), rows, 'b', 'd', true)]).toEqual(['a']);
  });
});

describe('undoing a bulk change', () => {
  it('puts each task back to its own status, with the version the server answered, grouped by status', () => {
    const before = [task('a', 'TODO', 1), task('b', 'BLOCKED', 4), task('c', 'TODO', 2)];
    const after = [task('a', 'DONE', 2), task('b', 'DONE', 5), task('c', 'DONE', 3)];
    expect(inverseChanges(before, after, { kind: 'status', status: 'DONE' })).toEqual([
      { change: { kind: 'status', status: 'TODO' }, items: [{ id: 'a', version: 2 }, { id: 'c', version: 3 }] },
      { change: { kind: 'status', status: 'BLOCKED' }, items: [{ id: 'b', version: 5 }] },
    ]);
  });

  it('leaves out tasks the change did not touch (their version did not move)', () => {
    const before = [task('a', 'DONE', 3), task('b', 'TODO', 1)];
    const after = [task('a', 'DONE', 3), task('b', 'DONE', 2)];
    expect(inverseChanges(before, after, { kind: 'status', status: 'DONE' })).toEqual([{ change: { kind: 'status', status: 'TODO' }, items: [{ id: 'b', version: 2 }] }]);
  });

  it('gives an assignee back, or clears it for tasks that had none', () => {
    const before = [task('a', 'TODO', 1, { assignee: { id: 'p1', name: 'Pat' } }), task('b', 'TODO', 1)];
    const after = [task('a', 'TODO', 2), task('b', 'TODO', 2)];
    expect(inverseChanges(before, after, { kind: 'assignee', assigneeId: 'p9' }).map((g) => g.change)).toEqual([
      { kind: 'assignee', assigneeId: 'p1' },
      { kind: 'assignee', assigneeId: null },
    ]);
  });
});
