import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';

import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

import { DependantShiftsGQL, TaskMoveGQL } from '@crm/graphql-client';

import { ChangeProblem, changeProblemOf } from '../../shared/graphql/change-problems';
import { askToShiftDependants } from './shift-dependants-dialog.component';

/** The task being moved, as the page that moves it knows it. */
export interface MovableTask {
  id: string;
  version: number;
  title: string;
}

/** Why a move was refused, worded for the user (`message`), with the kind so a page can snap a bar back or offer a reload. */
export class TaskMoveError extends Error {
  constructor(readonly problem: ChangeProblem) {
    super(problem.message);
    this.name = 'TaskMoveError';
  }
}

/**
 * Moves a task to new dates the way a planner expects: first it asks the API which tasks waiting
 * for it would then start too early (`dependantShifts`); when there are some, the user chooses to
 * move them too, the task alone, or to cancel; then one `updateTask` saves the move with the
 * version the page read (a stale one is refused with CONFLICT), shifting the waiting tasks in
 * the same change when asked. Pages (the timeline's Gantt, the task dialog) call `move` and
 * show a refusal's message.
 */
@Injectable({ providedIn: 'root' })
export class TaskMoveService {
  private readonly shiftsGQL = inject(DependantShiftsGQL);
  private readonly moveGQL = inject(TaskMoveGQL);
  private readonly dialog = inject(MatDialog);
  private readonly apollo = inject(Apollo);

  /** Resolves 'moved' once saved, 'cancelled' when the user backed out; rejects with a TaskMoveError. */
  async move(task: MovableTask, startDate: string, dueDate: string): Promise<'moved' | 'cancelled'> {
    const shifts = await this.attempt(async () => {
      const { data } = await firstValueFrom(this.shiftsGQL.fetch({ variables: { input: { taskId: task.id, startDate, dueDate } }, fetchPolicy: 'network-only' }));
      return data?.dependantShifts ?? [];
    });
    let shiftDependants = false;
    if (shifts.length > 0) {
      const choice = await askToShiftDependants(this.dialog, { taskTitle: task.title, shifts });
      if (choice === undefined) return 'cancelled';
      shiftDependants = choice === 'shift';
    }
    await this.attempt(() => firstValueFrom(this.moveGQL.mutate({ variables: { input: { id: task.id, version: task.version, startDate, dueDate, shiftDependants } } })));
    // The moved task comes back into the cache with its new version; the tasks shifted with it
    // changed on the server only, so the pages on screen read them again.
    if (shiftDependants) await this.apollo.client.refetchQueries({ include: 'active' }).catch(() => undefined);
    return 'moved';
  }

  private async attempt<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error: unknown) {
      throw new TaskMoveError(changeProblemOf(error, 'this task'));
    }
  }
}
