import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { filtersFromQueryParams, NO_FILTERS } from './board-filters';
import { BOARD_PAGE_SIZE, BoardStore } from './board.store';
import { boardContext, boardTask, taskPage } from './testing/board-fixtures';

/** Apollo hands results over in later macrotasks. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('BoardStore', () => {
  let store: BoardStore;
  let apollo: ApolloTestingController;

  const kickoff = boardTask({ id: 't1', title: 'Kick-off workshop', status: 'TODO', version: 3 });
  const interviews = boardTask({ id: 't2', title: 'Stakeholder interviews', status: 'IN_PROGRESS' });

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideZonelessChangeDetection(), BoardStore],
    });
    store = TestBed.inject(BoardStore);
    apollo = TestBed.inject(ApolloTestingController);

    store.open('p1');
    store.show(NO_FILTERS);
    apollo.expectOne('BoardContext').flushData(boardContext());
    apollo.expectOne('BoardTasks').flushData(taskPage([kickoff, interviews]));
    await settle();
  });

  afterEach(() => apollo.verify());

  function columnOf(taskId: string): string | undefined {
    return store.columns().find((column) => column.tasks.some((task) => task.id === taskId))?.status;
  }

  it('moves the card at once and sends the version the board read', () => {
    store.moveTask('t1', 'DONE');

    expect(columnOf('t1')).toBe('DONE');
    expect(store.pendingMoves().has('t1')).toBe(true);
    const operation = apollo.expectOne('TaskSetStatus');
    expect(operation.operation.variables).toEqual({ input: { id: 't1', version: 3, status: 'DONE' } });
    operation.flushData({ setTaskStatus: { ...kickoff, status: 'DONE', version: 4 } });
  });

  it('keeps the server’s new version once the move is confirmed, so the next move is not refused', async () => {
    store.moveTask('t1', 'IN_PROGRESS');
    apollo.expectOne('TaskSetStatus').flushData({ setTaskStatus: { ...kickoff, status: 'IN_PROGRESS', version: 4 } });
    await settle();

    expect(store.pendingMoves().size).toBe(0);
    store.moveTask('t1', 'DONE');
    expect(apollo.expectOne('TaskSetStatus').operation.variables['input']).toEqual({ id: 't1', version: 4, status: 'DONE' });
  });

  it('puts the card back and offers a reload when someone else changed the task', async () => {
    store.moveTask('t1', 'BLOCKED');
    apollo
      .expectOne('TaskSetStatus')
      .graphqlErrors([{ message: 'This task was changed by someone else.', extensions: { code: 'CONFLICT' } }]);
    await settle();

    expect(columnOf('t1')).toBe('TODO');
    expect(store.notice()).toEqual({
      kind: 'problem',
      message: '“Kick-off workshop” was changed by someone else since you loaded the board, so it stays in To do. Reload to see the latest version.',
      offerReload: true,
    });

    store.reload();
    expect(store.notice()).toBeNull();
    apollo.expectOne('BoardTasks').flushData(taskPage([{ ...kickoff, status: 'DONE', version: 5 }, interviews]));
    await settle();
    expect(columnOf('t1')).toBe('DONE');
  });

  it('puts a card that waits for open tasks back, naming them, without offering a reload', async () => {
    const build = boardTask({ id: 't3', title: 'Build the data model', waitingFor: [{ __typename: 'Task', id: 't1', title: 'Kick-off workshop', status: 'TODO' }] } as never);
    store.tasks.set([kickoff, interviews, build]);
    store.moveTask('t3', 'DONE');
    expect(columnOf('t3')).toBe('DONE');
    apollo.expectOne('TaskSetStatus').graphqlErrors([
      {
        message: '“Build the data model” cannot be done while it waits for tasks that are not done: “Kick-off workshop”.',
        extensions: { code: 'DEPENDENCY_BLOCKED', blockers: [{ id: 't1', title: 'Kick-off workshop' }] },
      },
    ]);
    await settle();

    expect(columnOf('t3')).toBe('TODO');
    expect(store.pendingMoves().has('t3')).toBe(false);
    expect(store.notice()).toEqual({
      kind: 'problem',
      message: '“Build the data model” cannot move to Done, so it stays in To do. It waits for “Kick-off workshop”, which is not done yet. Finish it first.',
      offerReload: false,
    });
  });

  it('tells the page of a saved move, and its undo sends the new version back to the old column', async () => {
    const moved: { version: number; from: string }[] = [];
    store.moveTask('t1', 'DONE', { onMoved: (saved, from) => moved.push({ version: saved.version, from }) });
    apollo.expectOne('TaskSetStatus').flushData({ setTaskStatus: { ...kickoff, status: 'DONE', version: 4 } });
    await settle();
    expect(moved).toEqual([{ version: 4, from: 'TODO' }]);

    store.moveTask('t1', 'TODO', { undoing: true });
    expect(columnOf('t1')).toBe('TODO');
    expect(apollo.expectOne('TaskSetStatus').operation.variables['input']).toEqual({ id: 't1', version: 4, status: 'TODO' });
  });

  it('says plainly when an undo is refused because someone changed the task since the move', async () => {
    store.moveTask('t1', 'DONE');
    apollo.expectOne('TaskSetStatus').flushData({ setTaskStatus: { ...kickoff, status: 'DONE', version: 4 } });
    await settle();
    store.moveTask('t1', 'TODO', { undoing: true });
    apollo.expectOne('TaskSetStatus').graphqlErrors([{ message: 'Changed.', extensions: { code: 'CONFLICT' } }]);
    await settle();

    expect(columnOf('t1')).toBe('DONE');
    expect(store.notice()).toEqual({
      kind: 'problem',
      message: 'Could not undo: “Kick-off workshop” was changed by someone else after your move, so it stays in Done. Reload to see the latest version.',
      offerReload: true,
    });
  });

  it('puts the card back and explains any other refusal without offering a reload', async () => {
    store.moveTask('t2', 'DONE');
    apollo.expectOne('TaskSetStatus').networkError(new Error('offline'));
    await settle();

    expect(columnOf('t2')).toBe('IN_PROGRESS');
    expect(store.notice()?.offerReload).toBe(false);
    expect(store.notice()?.message).toContain('We could not move “Stakeholder interviews” to Done, so it stays in In progress.');
  });

  it('asks the API for the filters of the URL, a hundred at a time', () => {
    store.show(filtersFromQueryParams({ unowned: 'true', role: 'TRAINER' }));

    expect(store.boardLoad().status).toBe('loading');
    expect(apollo.expectOne('BoardTasks').operation.variables).toEqual({
      projectId: 'p1',
      filter: { roleKeys: ['TRAINER'], unowned: true },
      first: BOARD_PAGE_SIZE,
      after: null,
      withTotal: true,
    });
  });

  it('adds the next page after the last one and keeps the total', async () => {
    store.show(NO_FILTERS);
    apollo.expectOne('BoardTasks').flushData(taskPage([kickoff], 2, 'cursor-1'));
    await settle();
    expect(store.hasNextPage()).toBe(true);

    store.loadMore();
    const operation = apollo.expectOne('BoardTasks');
    expect(operation.operation.variables['after']).toBe('cursor-1');
    // Later pages do not ask for the count again: on a large program it is the costly part.
    expect(operation.operation.variables['withTotal']).toBe(false);
    const { totalCount: _notAsked, ...laterPage } = taskPage([interviews], 2).tasks;
    operation.flushData({ tasks: { ...laterPage, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'cursor-2' } } });
    await settle();

    expect(store.tasks().map((task) => task.id)).toEqual(['t1', 't2']);
    expect(store.totalCount()).toBe(2);
    expect(store.hasNextPage()).toBe(false);
  });

  it('lets editors change the board but not viewers', async () => {
    expect(store.canEdit()).toBe(true);

    store.open('p1');
    apollo.expectOne('BoardContext').flushData(boardContext('VIEWER'));
    await settle();

    expect(store.canEdit()).toBe(false);
  });

  describe('loading further pages as a column is scrolled', () => {
    const many = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => boardTask({ id: `m${from + i}`, title: `Task ${from + i}`, status: 'TODO' }));

    async function firstPageOf(total: number) {
      store.show(NO_FILTERS);
      apollo.expectOne('BoardTasks').flushData(taskPage(many(0, BOARD_PAGE_SIZE), total, 'cursor-1'));
      await settle();
    }

    it('fetches the next page when the cards drawn come near the end of the column, and adds it', async () => {
      await firstPageOf(250);

      store.cardsDrawn(40, BOARD_PAGE_SIZE);
      apollo.expectNone('BoardTasks');

      store.cardsDrawn(BOARD_PAGE_SIZE - 4, BOARD_PAGE_SIZE);
      const next = apollo.expectOne('BoardTasks');
      expect(next.operation.variables['after']).toBe('cursor-1');
      // Scrolling on while the page is on its way asks for nothing more.
      store.cardsDrawn(BOARD_PAGE_SIZE, BOARD_PAGE_SIZE);
      apollo.expectNone('BoardTasks');
      next.flushData(taskPage(many(BOARD_PAGE_SIZE, BOARD_PAGE_SIZE), 250, 'cursor-2'));
      await settle();

      expect(store.tasks()).toHaveLength(2 * BOARD_PAGE_SIZE);
      expect(store.hasNextPage()).toBe(true);
    });

    it('asks for nothing once every task is loaded', async () => {
      await firstPageOf(BOARD_PAGE_SIZE);
      expect(store.hasNextPage()).toBe(false);

      store.cardsDrawn(BOARD_PAGE_SIZE, BOARD_PAGE_SIZE);
      apollo.expectNone('BoardTasks');
    });

    it('after a failed page, waits for the Load more button instead of retrying on every scroll', async () => {
      await firstPageOf(250);
      store.cardsDrawn(BOARD_PAGE_SIZE, BOARD_PAGE_SIZE);
      apollo.expectOne('BoardTasks').networkError(new Error('offline'));
      await settle();
      expect(store.loadMoreError()).toContain('We could not load more tasks.');

      store.cardsDrawn(BOARD_PAGE_SIZE, BOARD_PAGE_SIZE);
      apollo.expectNone('BoardTasks');

      store.loadMore();
      apollo.expectOne('BoardTasks').flushData(taskPage(many(BOARD_PAGE_SIZE, 50), 150, null));
      await settle();
      expect(store.tasks()).toHaveLength(150);
    });
  });
});
