import { ApplicationRef, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideNoopAnimations } from '@angular/platform-browser/animations';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { staleMessage } from '../../shared/graphql/change-problems';
import { TaskMoveError, TaskMoveService } from './task-move.service';

const task = { id: 'a', version: 4, title: 'Migrate the accounts' };
const pushed = {
  __typename: 'DependantShift',
  taskId: 'b',
  title: 'Check the migrated data',
  startDate: '2027-03-31',
  dueDate: '2027-04-01',
  newStartDate: '2027-04-01',
  newDueDate: '2027-04-02',
  shiftDays: 1,
};
const moved = { updateTask: { __typename: 'Task', id: 'a', version: 5, startDate: '2027-03-23', dueDate: '2027-03-25', durationDays: 3 } };

describe('TaskMoveService', () => {
  let apollo: ApolloTestingController;
  let service: TaskMoveService;
  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), provideNoopAnimations()] });
    apollo = TestBed.inject(ApolloTestingController);
    service = TestBed.inject(TaskMoveService);
  });
  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    apollo.verify();
  });

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await TestBed.inject(ApplicationRef).whenStable();
  };
  const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  async function proposals(shifts: unknown[]): Promise<void> {
    await settle();
    const asked = apollo.expectOne('DependantShifts');
    expect(asked.operation.variables).toEqual({ input: { taskId: 'a', startDate: '2027-03-23', dueDate: '2027-03-25' } });
    asked.flushData({ dependantShifts: shifts });
    await settle();
  }

  it('saves a move that pushes nothing straight away, without asking', async () => {
    const result = service.move(task, '2027-03-23', '2027-03-25');
    await proposals([]);
    expect(byTestId('shift-dependants-title')).toBeNull();
    const save = apollo.expectOne('TaskMove');
    expect(save.operation.variables).toEqual({ input: { id: 'a', version: 4, startDate: '2027-03-23', dueDate: '2027-03-25', shiftDependants: false } });
    save.flushData(moved);
    expect(await result).toBe('moved');
  });

  it('asks when the move pushes waiting tasks, and moves them too when the user says so', async () => {
    const result = service.move(task, '2027-03-23', '2027-03-25');
    await proposals([pushed]);
    expect(byTestId('shift-dependants-title')?.textContent).toContain('pushes 1 task that waits for it');
    byTestId('shift-dependants-shift')?.click();
    await settle();
    const save = apollo.expectOne('TaskMove');
    expect(save.operation.variables['input']).toMatchObject({ shiftDependants: true });
    save.flushData(moved);
    expect(await result).toBe('moved');
  });

  it('moves only the task when asked to, and nothing when the user cancels', async () => {
    const alone = service.move(task, '2027-03-23', '2027-03-25');
    await proposals([pushed]);
    byTestId('shift-dependants-alone')?.click();
    await settle();
    const save = apollo.expectOne('TaskMove');
    expect(save.operation.variables['input']).toMatchObject({ shiftDependants: false });
    save.flushData(moved);
    expect(await alone).toBe('moved');

    const cancelled = service.move(task, '2027-03-23', '2027-03-25');
    await proposals([pushed]);
    byTestId('shift-dependants-cancel')?.click();
    expect(await cancelled).toBe('cancelled');
    apollo.expectNone('TaskMove');
  });

  it('rejects with the user’s message when someone else changed the task meanwhile', async () => {
    const result = service.move(task, '2027-03-23', '2027-03-25');
    const refused = expect(result).rejects.toMatchObject({ name: 'TaskMoveError', message: staleMessage('this task'), problem: { kind: 'stale' } });
    await proposals([]);
    apollo.expectOne('TaskMove').graphqlErrors([{ message: 'This task was changed by someone else since you loaded it.', extensions: { code: 'CONFLICT' } }]);
    await refused;
    await expect(result).rejects.toBeInstanceOf(TaskMoveError);
  });
});
