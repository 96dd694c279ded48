import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';

import type { DependantShiftsQuery } from '@crm/graphql-client';

import { formatDay } from '../../shared/dates/calendar-days';

export type DependantShift = DependantShiftsQuery['dependantShifts'][number];

export interface ShiftDependantsDialogData {
  /** The task being moved, as the user knows it. */
  taskTitle: string;
  /** What the move pushes, in the order the API proposes (those pushed first, first). */
  shifts: readonly DependantShift[];
}

/** 'shift' moves the waiting tasks too, 'alone' only the task; closing any other way is a cancel (undefined). */
export type ShiftDependantsChoice = 'shift' | 'alone';

/**
 * Asks, when a move would make tasks that wait for this one start too early, whether to move them
 * too: each with its dates now and after, and how many working days it moves. "Move them too"
 * takes the focus, Escape cancels.
 */
@Component({
  selector: 'crm-shift-dependants-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title data-testid="shift-dependants-title">{{ heading }}</h2>
    <mat-dialog-content>
      <p class="lead">If only this task moves, {{ data.shifts.length === 1 ? 'it would start' : 'they would start' }} before it is done.</p>
      <div class="table-scroll">
        <table class="shifts" data-testid="shift-dependants-table">
          <caption class="cdk-visually-hidden">Tasks that would move, with their dates now and after</caption>
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col">From → to</th>
              <th scope="col" class="days">Moves by</th>
            </tr>
          </thead>
          <tbody>
            @for (shift of data.shifts; track shift.taskId) {
              <tr data-testid="shift-dependants-row" [attr.data-task-id]="shift.taskId">
                <th scope="row" class="title">{{ shift.title }}</th>
                <td class="dates">
                  <span class="span">{{ span(shift.startDate, shift.dueDate) }}</span>
                  <span class="span">→ {{ span(shift.newStartDate, shift.newDueDate) }}</span>
                </td>
                <td class="days">+{{ shift.shiftDays }} working {{ shift.shiftDays === 1 ? 'day' : 'days' }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close data-testid="shift-dependants-cancel">Cancel</button>
      <button mat-stroked-button type="button" [mat-dialog-close]="'alone'" data-testid="shift-dependants-alone">Only this task</button>
      <button mat-flat-button type="button" class="primary" [mat-dialog-close]="'shift'" data-testid="shift-dependants-shift">Move them too</button>
    </mat-dialog-actions>
  `,
  styles: `
    .lead {
      margin: 0 0 12px;
    }
    .table-scroll {
      overflow-x: auto;
    }
    .shifts {
      width: 100%;
      border-collapse: collapse;
    }
    .shifts th,
    .shifts td {
      padding: 6px 8px;
      text-align: left;
      vertical-align: top;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .shifts thead th {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .title {
      min-width: 8rem;
      font-weight: 500;
      overflow-wrap: break-word;
    }
    .span {
      display: block;
      white-space: nowrap;
    }
    .days {
      white-space: nowrap;
    }
    .days {
      text-align: right;
    }
    /* On a phone each task is a small card: its name and how far it moves, the dates below. */
    @media (max-width: 599px) {
      .shifts thead {
        display: none;
      }
      .shifts tr {
        display: grid;
        grid-template-columns: 1fr auto;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
      .shifts th,
      .shifts td {
        border-bottom: none;
      }
      .shifts .dates {
        grid-column: 1 / -1;
        grid-row: 2;
        padding-top: 0;
        color: var(--mat-sys-on-surface-variant);
      }
    }
  `,
})
export class ShiftDependantsDialogComponent {
  protected readonly data = inject<ShiftDependantsDialogData>(MAT_DIALOG_DATA);

  protected readonly heading = `Moving “${this.data.taskTitle}” pushes ${this.data.shifts.length} ${this.data.shifts.length === 1 ? 'task that waits' : 'tasks that wait'} for it`;

  /** "Mar 31, 2027 – Apr 1, 2027", or one day when the task starts and ends on it. */
  protected span(start: string, due: string | null): string {
    return due && due !== start ? `${formatDay(start)} – ${formatDay(due)}` : formatDay(start);
  }
}

/** Opens the question and answers with the choice, undefined when the user cancels. */
export function askToShiftDependants(dialog: MatDialog, data: ShiftDependantsDialogData): Promise<ShiftDependantsChoice | undefined> {
  const ref = dialog.open<ShiftDependantsDialogComponent, ShiftDependantsDialogData, ShiftDependantsChoice>(ShiftDependantsDialogComponent, {
    data,
    width: '640px',
    maxWidth: '95vw',
    // The primary answer takes the focus, so Enter moves them all and Escape cancels.
    autoFocus: '.primary',
  });
  // Cancel, Escape and a click outside close without one of the two answers.
  return new Promise((resolve) => ref.afterClosed().subscribe((choice) => resolve(choice === 'shift' || choice === 'alone' ? choice : undefined)));
}
