import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';


import { BoardPageComponent } from './board-page.component';
import { boardContext, boardTask, taskPage } from './testing/board-fixtures';

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('BoardPageComponent by keyboard', () => {
  let harness: RouterTestingHarness;
  let apollo: ApolloTestingController;

  const deck = boardTask({ id: 't2', title: 'Training deck', status: 'TODO' });
  const workshop = boardTask({ id: 't1', title: 'Requirements workshop', status: 'IN_PROGRESS' });
  const golive = boardTask({ id: 't3', title: 'Go-live checklist', status: 'TODO', waitingFor: [{ id: 't1', title: 'Requirements workshop', status: 'IN_PROGRESS' }] });

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
    await harness.navigateByUrl('/projects/p1/board');
    apollo.expectOne('BoardContext').flushData(boardContext('EDITOR'));
    apollo.expectOne('BoardTasks').flushData(taskPage([deck, workshop, golive]));
    await settle();
    await harness.fixture.whenStable();
  });

  afterEach(() => apollo.verify());

  function page(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function columnOf(taskId: string): string | undefined {
    const card = page().querySelector<HTMLElement>(`[data-testid="task-card"][data-task-id="${taskId}"]`);
    return card?.closest<HTMLElement>('[data-testid="board-column"]')?.dataset['status'];
  }

  function titleOf(taskId: string): HTMLButtonElement {
    const title = page().querySelector<HTMLButtonElement>(`[data-testid="task-card"][data-task-id="${taskId}"] button.title`);
    if (!title) throw new Error(`No card ${taskId} on the board`);
    return title;
  }

  function focusedCard(): string | undefined {
    return document.activeElement?.closest<HTMLElement>('[data-testid="task-card"]')?.dataset['taskId'];
  }

  function announcement(): string {
    return page().querySelector('[data-testid="board-announcement"]')?.textContent?.trim() ?? '';
  }

  async function press(target: HTMLElement, key: 'ArrowLeft' | 'ArrowRight', alt = true): Promise<void> {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, altKey: alt, bubbles: true, cancelable: true }));
    await harness.fixture.whenStable();
    await settle();
  }

  it('keeps the focus on a card moved through its Move menu, in its new column', async () => {
    const move = page().querySelector<HTMLButtonElement>('[data-task-id="t2"] [data-testid="task-status-menu"]');
    move?.focus();
    move?.click();
    await harness.fixture.whenStable();
    document.querySelector<HTMLButtonElement>('.mat-mdc-menu-panel button[data-status="DONE"]')?.click();
    await harness.fixture.whenStable();
    await settle();

    expect(columnOf('t2')).toBe('DONE');
    expect(focusedCard()).toBe('t2');
    expect(announcement()).toBe('Moved “Training deck” to Done');
    apollo.expectOne('TaskSetStatus').flushData({ setTaskStatus: { ...deck, status: 'DONE', version: 2 } });
    await settle();
    expect(focusedCard()).toBe('t2');
  });

  it('moves the focused card to the next column with Alt+Right Arrow and back with Alt+Left Arrow, focus on it throughout', async () => {
    const title = titleOf('t2');
    title.focus();
    await press(title, 'ArrowRight');

    expect(columnOf('t2')).toBe('IN_PROGRESS');
    expect(focusedCard()).toBe('t2');
    expect(announcement()).toBe('Moved “Training deck” to In progress');
    const first = apollo.expectOne('TaskSetStatus');
    expect(first.operation.variables['input']).toEqual({ id: 't2', version: 1, status: 'IN_PROGRESS' });
    first.flushData({ setTaskStatus: { ...deck, status: 'IN_PROGRESS', version: 2 } });
    await settle();

    await press(titleOf('t2'), 'ArrowLeft');
    expect(columnOf('t2')).toBe('TODO');
    expect(focusedCard()).toBe('t2');
    expect(announcement()).toBe('Moved “Training deck” to To do');
    apollo.expectOne('TaskSetStatus').flushData({ setTaskStatus: { ...deck, status: 'TODO', version: 3 } });
    await settle();
  });

  it('says the card is already in the first column instead of moving it', async () => {
    const title = titleOf('t2');
    title.focus();
    await press(title, 'ArrowLeft');

    expect(columnOf('t2')).toBe('TODO');
    expect(announcement()).toBe('“Training deck” is already in the first column');
    apollo.expectNone('TaskSetStatus');
  });

  it('keeps a card that waits for other tasks where it is, and says why', async () => {
    const title = titleOf('t3');
    title.focus();
    await press(title, 'ArrowRight');

    expect(columnOf('t3')).toBe('TODO');
    expect(announcement()).toBe('“Go-live checklist” waits for other tasks: it cannot move to In progress yet');
    apollo.expectNone('TaskSetStatus');
  });

  it('leaves arrows without Alt to the page', async () => {
    const title = titleOf('t2');
    title.focus();
    await press(title, 'ArrowRight', false);

    expect(columnOf('t2')).toBe('TODO');
    apollo.expectNone('TaskSetStatus');
  });

  it('tells screen readers how to move a card, after its name', () => {
    const title = titleOf('t2');
    const description = document.getElementById(title.getAttribute('aria-describedby') ?? '');

    expect(title.textContent?.trim()).toBe('Training deck');
    expect(description?.textContent).toContain('Alt+Left Arrow or Alt+Right Arrow moves it to the previous or next column');
  });
});
