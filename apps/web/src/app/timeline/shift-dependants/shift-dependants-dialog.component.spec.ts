import { ApplicationRef, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideNoopAnimations } from '@angular/platform-browser/animations';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { askToShiftDependants, DependantShift, ShiftDependantsChoice } from './shift-dependants-dialog.component';

const shifts: DependantShift[] = [
  { taskId: 'b', title: 'Check the migrated data', startDate: '2027-03-31', dueDate: '2027-04-01', newStartDate: '2027-04-01', newDueDate: '2027-04-02', shiftDays: 1 },
  { taskId: 'c', title: 'Sign off the data', startDate: '2027-04-02', dueDate: '2027-04-02', newStartDate: '2027-04-07', newDueDate: '2027-04-07', shiftDays: 3 },
];

describe('ShiftDependantsDialogComponent', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideNoopAnimations()] });
  });
  afterEach(() => TestBed.inject(MatDialog).closeAll());

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await TestBed.inject(ApplicationRef).whenStable();
  };
  const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  /** Opens the dialog; the answer comes wrapped, since awaiting open() must not wait for it. */
  async function open(): Promise<{ answer: Promise<ShiftDependantsChoice | undefined> }> {
    const answer = askToShiftDependants(TestBed.inject(MatDialog), { taskTitle: 'Migrate the accounts', shifts });
    await settle();
    return { answer };
  }

  it('says what the move pushes, each task from its dates to the new ones, by how many working days', async () => {
    await open();
    expect(byTestId('shift-dependants-title')?.textContent?.trim()).toBe('Moving “Migrate the accounts” pushes 2 tasks that wait for it');
    const rows = [...document.querySelectorAll('[data-testid="shift-dependants-row"]')].map((row) =>
      // The dates now and after are two lines (blocks) of one cell.
      [...row.querySelectorAll('th, td')].map((cell) => {
        const lines = [...cell.querySelectorAll('.span')].map((line) => line.textContent?.trim());
        return lines.length > 0 ? lines.join(' ') : cell.textContent?.trim();
      }),
    );
    expect(rows).toEqual([
      ['Check the migrated data', '31 Mar 2027 – 1 Apr 2027 → 1 Apr 2027 – 2 Apr 2027', '+1 working day'],
      ['Sign off the data', '2 Apr 2027 → 7 Apr 2027', '+3 working days'],
    ]);
  });

  it('puts the focus on "Move them too", which answers shift', async () => {
    const { answer } = await open();
    await settle();
    expect(document.activeElement).toBe(byTestId('shift-dependants-shift'));
    byTestId('shift-dependants-shift')?.click();
    expect(await answer).toBe('shift');
  });

  it('answers alone for "Only this task" and nothing for Cancel or Escape', async () => {
    let { answer } = await open();
    byTestId('shift-dependants-alone')?.click();
    expect(await answer).toBe('alone');

    ({ answer } = await open());
    byTestId('shift-dependants-cancel')?.click();
    expect(await answer).toBeUndefined();

    ({ answer } = await open());
    document.querySelector('mat-dialog-container')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', keyCode: 27, bubbles: true }));
    expect(await answer).toBeUndefined();
  });
});
