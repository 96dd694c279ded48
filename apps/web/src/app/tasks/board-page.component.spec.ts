import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { BoardPageComponent } from './board-page.component';
import { CARD_SLOT } from './board-columns';
import { boardContext, boardTask, taskPage } from './testing/board-fixtures';

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('BoardPageComponent', () => {
  let harness: RouterTestingHarness;
  let apollo: ApolloTestingController;

  const workshop = boardTask({ id: 't1', title: 'Requirements workshop', status: 'IN_PROGRESS' });
  const deck = boardTask({
    id: 't2',
    title: 'Training deck',
    status: 'TODO',
    role: { id: 'role-tr', key: 'TRAINER', name: 'Trainer' },
    owner: null,
    ownerSource: 'UNOWNED',
    dueDate: '2026-01-05',
    overdue: true,
  });

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([{ path: 'projects/:projectId/board', component: BoardPageComponent }], withComponentInputBinding()),
      ],
    });
    apollo = TestBed.inject(ApolloTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => apollo.verify());

  function page(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function all(testId: string): HTMLElement[] {
    return [...page().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
  }

  async function open(url: string, permission: 'EDITOR' | 'VIEWER' = 'EDITOR', tasks = [workshop, deck]) {
    await harness.navigateByUrl(url);
    apollo.expectOne('BoardContext').flushData(boardContext(permission));
    const request = apollo.expectOne('BoardTasks');
    request.flushData(taskPage(tasks));
    await settle();
    await harness.fixture.whenStable();
    return request.operation.variables;
  }

  it('opens filtered to unowned tasks from ?unowned=true, with the checkbox ticked', async () => {
    const variables = await open('/projects/p1/board?unowned=true', 'EDITOR', [deck]);

    expect(variables['filter']).toEqual({ unowned: true });
    expect(page().querySelector('[data-testid="filter-unowned"] input')).toHaveProperty('checked', true);
  });

  it('shows each task in its status column with role, owner and overdue due date', async () => {
    await open('/projects/p1/board');

    const columns = all('board-column');
    expect(columns.map((c) => c.dataset['status'])).toEqual(['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE']);
    const card = columns[0].querySelector<HTMLElement>('[data-testid="task-card"]');
    expect(card?.dataset['taskId']).toBe('t2');
    expect(card?.querySelector('[data-testid="task-role"]')?.textContent?.trim()).toBe('Trainer');
    expect(card?.querySelector('[data-testid="task-owner"]')?.textContent?.trim()).toBe('Unowned');
    expect(card?.textContent).toContain('Overdue');
    expect(columns[1].querySelector('[data-testid="task-owner"]')?.textContent?.trim()).toBe('Ana Ortiz');
    expect(page().querySelector('[data-testid="board-count"]')?.textContent).toContain('Showing 2 of 2 tasks');
  });

  it('moves a card through its status menu without dragging', async () => {
    await open('/projects/p1/board');

    all('task-status-menu')[0].click();
    await harness.fixture.whenStable();
    const moveToDone = document.querySelector<HTMLButtonElement>('.mat-mdc-menu-panel button[data-status="DONE"]');
    moveToDone?.click();
    await harness.fixture.whenStable();

    const done = all('board-column').find((c) => c.dataset['status'] === 'DONE');
    expect(done?.querySelector('[data-task-id="t2"]')).not.toBeNull();
    apollo.expectOne('TaskSetStatus').flushData({ setTaskStatus: { ...deck, status: 'DONE', overdue: false, version: 2 } });
    await settle();
  });

  it('keeps viewers to reading: no new task, no move menu', async () => {
    await open('/projects/p1/board', 'VIEWER');

    expect(all('task-card')).toHaveLength(2);
    expect(all('new-task')).toHaveLength(0);
    expect(all('task-status-menu')).toHaveLength(0);
  });

  it('says when no task matches the filters, and clears them on request', async () => {
    await open('/projects/p1/board?overdue=true&role=TRAINER', 'EDITOR', []);

    expect(page().querySelector('[data-testid="board-empty"]')?.textContent).toContain('No tasks match these filters');

    page().querySelector<HTMLButtonElement>('[data-testid="board-empty"] button')?.click();
    await harness.fixture.whenStable();
    await settle();

    expect(TestBed.inject(Router).url).toBe('/projects/p1/board');
    expect(apollo.expectOne('BoardTasks').operation.variables['filter']).toBeNull();
  });

  it('puts a ticked filter into the URL', async () => {
    await open('/projects/p1/board');

    page().querySelector<HTMLInputElement>('[data-testid="filter-overdue"] input')?.click();
    await harness.fixture.whenStable();
    await settle();

    expect(TestBed.inject(Router).url).toBe('/projects/p1/board?overdue=true');
    expect(apollo.expectOne('BoardTasks').operation.variables['filter']).toEqual({ overdue: true });
  });

  it('draws only the first cards of a long column and fetches the next page as it is scrolled to the end', async () => {
    const many = Array.from({ length: 100 }, (_, i) => boardTask({ id: `m${i}`, title: `Task ${i}`, status: 'TODO' }));
    await harness.navigateByUrl('/projects/p1/board');
    apollo.expectOne('BoardContext').flushData(boardContext('EDITOR'));
    apollo.expectOne('BoardTasks').flushData(taskPage(many, 300, 'cursor-1'));
    await settle();
    await harness.fixture.whenStable();

    const cards = all('task-card');
    expect(cards.length).toBeGreaterThan(2);
    expect(cards.length).toBeLessThan(30);
    expect(cards[0].dataset['taskId']).toBe('m0');
    expect(page().querySelector('[data-testid="board-count"]')?.textContent).toContain('Showing 100 of 300 tasks');

    const scroller = all('board-column-scroller')[0];
    scroller.scrollTop = 100 * CARD_SLOT;
    scroller.dispatchEvent(new Event('scroll'));
    await harness.fixture.whenStable();

    expect(all('task-card').map((card) => card.dataset['taskId'])).toContain('m99');
    expect(all('task-card').map((card) => card.dataset['taskId'])).not.toContain('m0');
    const next = apollo.expectOne('BoardTasks');
    expect(next.operation.variables['after']).toBe('cursor-1');
    next.flushData(taskPage([], 300, null));
    await settle();
  });
});
