import { ApplicationRef, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { BoardStore } from './board.store';
import { TaskDetailDialogComponent, TaskDetailDialogData } from './task-detail-dialog.component';
import { boardContext, boardTask } from './testing/board-fixtures';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('TaskDetailDialogComponent', () => {
  let apollo: ApolloTestingController;

  const design = boardTask({ id: 't2', title: 'Design the data model', version: 7, dependsOnIds: [] });

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideZonelessChangeDetection(), BoardStore],
    });
    apollo = TestBed.inject(ApolloTestingController);
  });

  const scrollIntoView = Element.prototype.scrollIntoView;
  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    Element.prototype.scrollIntoView = scrollIntoView;
  });

  async function openDialog(canEdit = true): Promise<void> {
    const data: TaskDetailDialogData = {
      task: design,
      context: boardContext(canEdit ? 'EDITOR' : 'VIEWER'),
      projectId: 'p1',
      canEdit,
      knownTitles: new Map([['t2', design.title]]),
    };
    TestBed.inject(MatDialog).open(TaskDetailDialogComponent, { data });
    await settle();
  }

  async function settle(ms = 0): Promise<void> {
    await wait(ms);
    await TestBed.inject(ApplicationRef).whenStable();
  }

  function byTestId<T extends HTMLElement = HTMLElement>(id: string): T | null {
    return document.querySelector<T>(`[data-testid="${id}"]`);
  }

  function type(input: HTMLInputElement, value: string): void {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('shows the server’s message naming the loop when a new dependency would close one', async () => {
    // jsdom does not lay anything out, so it has no scrollIntoView of its own.
    const scrolledTo: Element[] = [];
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolledTo.push(this);
    });
    await openDialog();
    // The field offers a first batch of tasks straight away.
    await settle(300);
    apollo.expectOne('TaskDependencyChoices').flushData({ tasks: { __typename: 'TaskConnection', edges: [] } });

    const input = byTestId<HTMLInputElement>('task-dependency-input') as HTMLInputElement;
    input.dispatchEvent(new Event('focusin'));
    type(input, 'migrate');
    await settle(300);
    const search = apollo.expectOne('TaskDependencyChoices');
    expect(search.operation.variables).toEqual({ projectId: 'p1', search: 'migrate', first: 20 });
    search.flushData({
      tasks: {
        __typename: 'TaskConnection',
        edges: [{ __typename: 'TaskEdge', node: { __typename: 'Task', id: 't3', title: 'Migrate accounts', status: 'TODO' } }],
      },
    });
    await settle();
    document.querySelector<HTMLElement>('mat-option')?.click();
    await settle();
    expect(byTestId('task-dependency')?.textContent).toContain('Migrate accounts');

    byTestId<HTMLButtonElement>('task-save')?.click();
    await settle();
    const update = apollo.expectOne('TaskUpdate');
    expect(update.operation.variables).toEqual({ input: { id: 't2', version: 7, dependencies: [{ dependsOnId: 't3', lagDays: 0 }] } });
    const loop = 'This would make the tasks wait for each other in a loop: “Design the data model” → “Migrate accounts” → “Design the data model”.';
    update.graphqlErrors([
      { message: `dependencies: ${loop}`, extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'dependencies', message: loop }] } },
    ]);
    await settle();

    expect(byTestId('error-dependencies')?.textContent?.trim()).toBe(loop);
    expect(scrolledTo).toEqual([byTestId('error-dependencies')]);
    expect(byTestId('task-detail')).not.toBeNull();
  }, 20_000); // A dialog with several queries: the default 5 s only stops hangs on a quiet machine.

  it('gives each dependency a lag in working days, refuses one beyond a year and sends them with the links', async () => {
    const waiting = boardTask({
      id: 't5',
      title: 'Build the data model',
      version: 3,
      dependencies: [{ __typename: 'TaskDependency', dependsOnId: 't2', lagDays: 2, dependsOn: { __typename: 'Task', id: 't2', title: 'Design the data model' } }],
    } as never);
    const data: TaskDetailDialogData = { task: waiting, context: boardContext(), projectId: 'p1', canEdit: true, knownTitles: new Map() };
    TestBed.inject(MatDialog).open(TaskDetailDialogComponent, { data });
    await settle(300);
    apollo.expectOne('TaskDependencyChoices').flushData({ tasks: { __typename: 'TaskConnection', edges: [] } });

    expect(byTestId('task-detail-planned-after')?.textContent?.trim()).toBe('Planned after Design the data model (+2 d).');
    expect(byTestId('task-dependency')?.textContent).toContain('Design the data model (+2 d)');
    const lag = byTestId<HTMLInputElement>('task-dependency-lag') as HTMLInputElement;
    expect(lag.value).toBe('2');
    expect(document.body.textContent).toContain('working days after it finishes');

    type(lag, '400');
    await settle();
    expect(byTestId('error-dependency-lag')?.textContent?.trim()).toBe('A lag must be between -365 and +365 working days.');
    byTestId<HTMLButtonElement>('task-save')?.click();
    await settle();
    apollo.expectNone('TaskUpdate');
    expect(document.activeElement).toBe(lag);

    type(lag, '-1');
    await settle();
    expect(byTestId('error-dependency-lag')).toBeNull();
    expect(byTestId('task-dependency')?.textContent).toContain('Design the data model (-1 d)');
    byTestId<HTMLButtonElement>('task-save')?.click();
    await settle();
    expect(apollo.expectOne('TaskUpdate').operation.variables).toEqual({ input: { id: 't5', version: 3, dependencies: [{ dependsOnId: 't2', lagDays: -1 }] } });
  });

  it('asks whether to move the tasks waiting for it when its dates move, and moves them too when told', async () => {
    const dated = boardTask({ id: 't6', title: 'Migrate the accounts', version: 2, startDate: '2027-03-22', dueDate: '2027-03-24' });
    const data: TaskDetailDialogData = { task: dated, context: boardContext(), projectId: 'p1', canEdit: true, knownTitles: new Map() };
    TestBed.inject(MatDialog).open(TaskDetailDialogComponent, { data });
    await settle(300);
    apollo.expectOne('TaskDependencyChoices').flushData({ tasks: { __typename: 'TaskConnection', edges: [] } });

    const start = byTestId<HTMLInputElement>('task-start') as HTMLInputElement;
    type(start, '2027-03-23');
    start.dispatchEvent(new Event('blur'));
    await settle();
    byTestId<HTMLButtonElement>('task-save')?.click();
    await settle();
    const asked = apollo.expectOne('DependantShifts');
    expect(asked.operation.variables).toEqual({ input: { taskId: 't6', startDate: '2027-03-23' } });
    asked.flushData({
      dependantShifts: [
        { __typename: 'DependantShift', taskId: 't7', title: 'Check the data', startDate: '2027-03-25', dueDate: '2027-03-25', newStartDate: '2027-03-26', newDueDate: '2027-03-26', shiftDays: 1 },
      ],
    });
    await settle();
    expect(byTestId('shift-dependants-title')?.textContent).toContain('Moving “Migrate the accounts” pushes 1 task that waits for it');
    byTestId<HTMLButtonElement>('shift-dependants-shift')?.click();
    // The question closes with Material's exit animation before it answers.
    await settle(300);
    expect(apollo.expectOne('TaskUpdate').operation.variables).toEqual({ input: { id: 't6', version: 2, startDate: '2027-03-23', shiftDependants: true } });
  }, 20_000);

  it('offers to reload a task someone else changed, and shows their version', async () => {
    await openDialog();
    await settle(300);
    apollo.expectOne('TaskDependencyChoices').flushData({ tasks: { __typename: 'TaskConnection', edges: [] } });

    type(byTestId<HTMLInputElement>('task-title') as HTMLInputElement, 'Design the customer data model');
    byTestId<HTMLButtonElement>('task-save')?.click();
    await settle();
    apollo
      .expectOne('TaskUpdate')
      .graphqlErrors([{ message: 'This task was changed by someone else since you loaded it.', extensions: { code: 'CONFLICT' } }]);
    await settle();

    expect(document.body.textContent).toContain('Someone else changed this task since you opened it.');
    expect(byTestId<HTMLButtonElement>('task-save')?.disabled).toBe(true);

    byTestId<HTMLButtonElement>('task-reload')?.click();
    apollo.expectOne('TaskDetail').flushData({ task: { ...design, title: 'Design the account model', version: 8 } });
    await settle();

    expect(byTestId<HTMLInputElement>('task-title')?.value).toBe('Design the account model');
    expect(byTestId<HTMLButtonElement>('task-save')?.disabled).toBe(false);
    expect(byTestId('task-reload')).toBeNull();
  });

  it('lists the open tasks it waits for as links, and a link asks the board to open that task', async () => {
    const waiting = boardTask({
      id: 't5',
      title: 'Build the data model',
      dependsOnIds: ['t2', 't4'],
      waitingFor: [
        { __typename: 'Task', id: 't2', title: 'Design the data model', status: 'IN_PROGRESS' },
        { __typename: 'Task', id: 't4', title: 'Review the data model', status: 'TODO' },
      ],
    } as never);
    const data: TaskDetailDialogData = { task: waiting, context: boardContext(), projectId: 'p1', canEdit: true, knownTitles: new Map() };
    const ref = TestBed.inject(MatDialog).open(TaskDetailDialogComponent, { data });
    let result: unknown;
    ref.beforeClosed().subscribe((closed) => (result = closed));
    await settle(300);
    apollo.expectOne('TaskDependencyChoices').flushData({ tasks: { __typename: 'TaskConnection', edges: [] } });

    expect(byTestId('task-detail-waiting-for')?.textContent).toContain('Waiting for “Design the data model” and “Review the data model”. It can start once they are done.');
    const links = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="task-blocker-link"]')];
    expect(links.map((link) => link.textContent?.trim())).toEqual(['Design the data model', 'Review the data model']);

    links[1].click();
    await settle();
    expect(result).toEqual({ kind: 'open-task', taskId: 't4' });
  });

  it('lets a viewer read the task but change nothing', async () => {
    await openDialog(false);
    await settle(300);
    apollo.expectOne('TaskDependencyChoices').flushData({ tasks: { __typename: 'TaskConnection', edges: [] } });

    expect(byTestId<HTMLInputElement>('task-title')?.disabled).toBe(true);
    expect(byTestId('task-save')).toBeNull();
    expect(byTestId('task-delete')).toBeNull();
  });

  it('removes the task to the trash after saying what goes with it, then closes', async () => {
    await openDialog();
    await settle(300);
    apollo.expectOne('TaskDependencyChoices').flushData({ tasks: { __typename: 'TaskConnection', edges: [] } });
    const ref = TestBed.inject(MatDialog).openDialogs[0];
    let result: unknown;
    ref.beforeClosed().subscribe((closed) => (result = closed));

    byTestId('task-delete')?.click();
    await settle();
    apollo.expectOne('RemovalImpact').flushData({
      removalImpact: {
        __typename: 'RemovalImpact', id: 't2', kind: 'Task', title: design.title, refusal: null,
        removedWithIt: [{ __typename: 'DependantCount', kind: 'TaskDependency', count: 2 }], unlinked: [], blockers: [],
      },
    });
    await settle();
    expect(document.body.textContent).toContain('Remove “Design the data model”? Also removed with it: 2 dependency links.');

    byTestId('confirm-ok')?.click();
    await settle(300);
    const removal = apollo.expectOne('DeleteTask');
    expect(removal.operation.variables).toEqual({ input: { id: 't2', version: 7 } });
    removal.flushData({ deleteTask: { __typename: 'TrashEntry', id: 'e1', kind: 'Task', recordId: 't2', title: design.title } });
    await settle(300);

    expect(result).toEqual({ kind: 'deleted', title: 'Design the data model' });
    expect(document.querySelector('.mat-mdc-snack-bar-container')?.textContent).toContain('Removed “Design the data model”');
  });
});
