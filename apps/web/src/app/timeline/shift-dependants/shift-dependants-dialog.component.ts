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
      <p class="lead" i18n="@@shiftDependants.lead">{data.shifts.length, plural, =1 {If only this task moves, the waiting task would start before it is done.} other {If only this task moves, the waiting tasks would start before it is done.}}</p>
      <div class="table-scroll">
        <table class="shifts" data-testid="shift-dependants-table">
          <caption class="cdk-visually-hidden" i18n="@@shiftDependants.caption">Tasks that would move, with their dates now and after</caption>
          <thead>
            <tr>
              <th scope="col" i18n="@@shiftDependants.task">Task</th>
              <th scope="col" i18n="@@shiftDependants.fromTo">From → to</th>
              <th scope="col" class="days" i18n="@@shiftDependants.movesBy">Moves by</th>
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
                <td class="days" i18n="@@shiftDependants.days">{shift.shiftDays, plural, =1 {+1 working day} other {+{{ shift.shiftDays }} working days}}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close data-testid="shift-dependants-cancel" i18n="@@shiftDependants.cancel">Cancel</button>
      <button mat-stroked-button type="button" [mat-dialog-close]="'alone'" data-testid="shift-dependants-alone" i18n="@@shiftDependants.alone">Only this task</button>
      <button mat-flat-button type="button" class="primary" [mat-dialog-close]="'shift'" data-testid="shift-dependants-shift" i18n="@@shiftDependants.shift">Move them too</button>
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

  protected readonly heading = headingOf(this.data.taskTitle, this.data.shifts.length);

  /** "Mar 31, 2027 – Apr 1, 2027", or one day when the task starts and ends on it. */
  protected span(start: string, due: string | null): string {
    return due && due !== start ? $localize`:@@timeline.bar.span:${formatDay(start)}:start: – ${formatDay(due)}:due:` : formatDay(start);
  }
}

function headingOf(title: string, count: number): string {
  return count === 1
    ? $localize`:@@shiftDependants.headingOne:Moving “${title}:title:” pushes 1 task that waits for it`
    : $localize`:@@shiftDependants.heading:Moving “${title}:title:” pushes ${count}:count: tasks that wait for it`;
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
