import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { AppliedBulkChange, TABLE_PAGE_SIZE, TaskTableStore } from './task-table.store';
import { tableViewFromQueryParams } from './task-table-view';
import { boardContext, boardTask, taskPage } from './testing/board-fixtures';

/** Apollo hands results over in later macrotasks. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('TaskTableStore', () => {
  let store: TaskTableStore;
  let apollo: ApolloTestingController;

  const leads = boardTask({ id: 't1', title: 'Tidy leads', status: 'TODO', version: 3 });
  const accounts = boardTask({ id: 't2', title: 'Tidy accounts', status: 'BLOCKED', version: 7 });
  const cases = boardTask({ id: 't3', title: 'Tidy cases', status: 'TODO', version: 1 });

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), TaskTableStore] });
    store = TestBed.inject(TaskTableStore);
    apollo = TestBed.inject(ApolloTestingController);
    store.open('p1');
    store.show(tableViewFromQueryParams({ status: 'TODO,BLOCKED', sort: '-dueDate', q: 'tidy' }));
    apollo.expectOne('BoardContext').flushData(boardContext());
    const first = apollo.expectOne('TaskTablePage');
    expect(first.operation.variables).toEqual({
      projectId: 'p1',
      filter: { search: 'tidy', statuses: ['TODO', 'BLOCKED'] },
      orderBy: { field: 'DUE_DATE', direction: 'DESC' },
      first: TABLE_PAGE_SIZE,
      after: null,
      withTotal: true,
    });
    first.flushData(taskPage([leads, accounts, cases], 120, 'cursor-1'));
    await settle();
  });

  afterEach(() => apollo.verify());

  it('asks the API for the next page after the last row, in the same order, and back again from the start', async () => {
    store.nextPage();
    const next = apollo.expectOne('TaskTablePage');
    expect(next.operation.variables).toMatchObject({ after: 'cursor-1', orderBy: { field: 'DUE_DATE', direction: 'DESC' }, withTotal: false });
    next.flushData(taskPage([boardTask({ id: 't4', title: 'Tidy cases again' })], 120, 'cursor-2'));
    await settle();
    expect(store.firstRowNumber()).toBe(TABLE_PAGE_SIZE + 1);
    expect(store.totalCount()).toBe(120);

    store.previousPage();
    expect(apollo.expectOne('TaskTablePage').operation.variables).toMatchObject({ after: null });
  });

  it('sends one change for the selected tasks with the versions it read, and shows the server’s answer', async () => {
    store.setSelected(new Set(['t1', 't2']));
    let applied: AppliedBulkChange | undefined;
    store.applyToSelected({ kind: 'status', status: 'DONE' }).subscribe((answer) => (applied = answer));
    const operation = apollo.expectOne('TasksUpdate');
    expect(operation.operation.variables).toEqual({
      input: { projectId: 'p1', items: [{ id: 't1', version: 3 }, { id: 't2', version: 7 }], status: 'DONE' },
    });
    operation.flushData({ updateTasks: [{ ...leads, status: 'DONE', version: 4 }, { ...accounts, status: 'DONE', version: 8 }] });
    await settle();
    expect(store.rows().map((row) => [row.id, row.status, row.version])).toEqual([
      ['t1', 'DONE', 4],
      ['t2', 'DONE', 8],
      ['t3', 'TODO', 1],
    ]);

    // Undo: each task back to its own status, with the version the change answered.
    if (!applied) throw new Error('The change was not applied.');
    store.undo(applied).subscribe();
    const backToTodo = apollo.expectOne('TasksUpdate');
    expect(backToTodo.operation.variables['input']).toEqual({ projectId: 'p1', items: [{ id: 't1', version: 4 }], status: 'TODO' });
    backToTodo.flushData({ updateTasks: [{ ...leads, version: 5 }] });
    await settle();
    const backToBlocked = apollo.expectOne('TasksUpdate');
    expect(backToBlocked.operation.variables['input']).toEqual({ projectId: 'p1', items: [{ id: 't2', version: 8 }], status: 'BLOCKED' });
    backToBlocked.flushData({ updateTasks: [{ ...accounts, version: 9 }] });
    await settle();
    expect(store.rows().map((row) => row.status)).toEqual(['TODO', 'BLOCKED', 'TODO']);
  });

  it('starts a new selection when the filters or the order change', async () => {
    store.setSelected(new Set(['t1']));
    expect(store.selected().size).toBe(1);
    store.show(tableViewFromQueryParams({ sort: 'title' }));
    expect(store.selected().size).toBe(0);
    expect(apollo.expectOne('TaskTablePage').operation.variables).toMatchObject({ orderBy: { field: 'TITLE', direction: 'ASC' }, filter: null });
  });
});
