import { describe, expect, it } from 'vitest';

import { createTaskInput, taskChanges, taskFormValue } from './task-form';
import { boardTask } from './testing/board-fixtures';

describe('task form', () => {
  const task = boardTask({
    id: 't1',
    title: 'Interview sales managers',
    dueDate: '2026-04-30',
    assignee: { id: 'bo', name: 'Bo Chen' },
    ownerSource: 'ASSIGNEE',
    dependencies: [
      { dependsOnId: 't0', lagDays: 0, dependsOn: { id: 't0', title: 'Kick-off' } },
      { dependsOnId: 't9', lagDays: 2, dependsOn: { id: 't9', title: 'Sign-off' } },
    ],
  });

  it('sends nothing when nothing changed, so saving cannot overwrite someone else’s edit', () => {
    expect(taskChanges(task, taskFormValue(task))).toEqual({});
  });

  it('sends only the changed fields, trimmed', () => {
    expect(taskChanges(task, { ...taskFormValue(task), title: '  Interview sales leads ', priority: 'HIGH' })).toEqual({
      title: 'Interview sales leads',
      priority: 'HIGH',
    });
  });

  it('hands the task back to the role by sending a null assignee', () => {
    expect(taskChanges(task, { ...taskFormValue(task), assigneeId: null })).toEqual({ assigneeId: null });
  });

  it('clears a due date with null', () => {
    expect(taskChanges(task, { ...taskFormValue(task), dueDate: '' })).toEqual({ dueDate: null });
  });

  it('does not count the same dependencies in another order as a change', () => {
    expect(taskChanges(task, { ...taskFormValue(task), dependencies: [{ dependsOnId: 't9', lagDays: 2 }, { dependsOnId: 't0', lagDays: 0 }] })).toEqual({});
    expect(taskChanges(task, { ...taskFormValue(task), dependencies: [{ dependsOnId: 't9', lagDays: 2 }] })).toEqual({ dependencies: [{ dependsOnId: 't9', lagDays: 2 }] });
  });

  it('sends every dependency with its lag when one lag changes', () => {
    expect(taskChanges(task, { ...taskFormValue(task), dependencies: [{ dependsOnId: 't0', lagDays: -1 }, { dependsOnId: 't9', lagDays: 2 }] })).toEqual({
      dependencies: [
        { dependsOnId: 't0', lagDays: -1 },
        { dependsOnId: 't9', lagDays: 2 },
      ],
    });
  });

  it('creates a task without the optional fields left empty', () => {
    const value = {
      ...taskFormValue(boardTask({ id: 'x' })),
      title: ' Map lead sources ',
      milestoneId: '',
      dueDate: '',
      estimateHours: null,
      assigneeId: null,
      dependencies: [],
    };

    expect(createTaskInput(value)).toEqual({
      phaseId: 'phase-1',
      title: 'Map lead sources',
      description: '',
      roleKey: 'BUSINESS_ANALYST',
      priority: 'MEDIUM',
    });
  });

  it('puts a task in a wave, moves it to another and back to the whole program with null', () => {
    const inNordics = boardTask({ id: 'w', waveId: 'wave-nordics' });
    expect(createTaskInput({ ...taskFormValue(boardTask({ id: 'x' })), waveId: 'wave-nordics' })).toMatchObject({ waveId: 'wave-nordics' });
    expect(taskChanges(inNordics, { ...taskFormValue(inNordics), waveId: 'wave-benelux' })).toEqual({ waveId: 'wave-benelux' });
    expect(taskChanges(inNordics, { ...taskFormValue(inNordics), waveId: '' })).toEqual({ waveId: null });
    expect(taskChanges(inNordics, taskFormValue(inNordics))).toEqual({});
  });
});
