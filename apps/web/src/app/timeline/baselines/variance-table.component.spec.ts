import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { beforeEach, describe, expect, it } from 'vitest';

import type { VarianceRow } from './baselines.store';
import { VarianceTableComponent } from './variance-table.component';
import { varianceDaysText, varianceDurationText, varianceTone } from './variance-words';

function row(id: string, extra: Partial<VarianceRow> = {}): VarianceRow {
  return {
    itemType: 'TASK',
    id,
    title: `Task ${id}`,
    baselineStart: '2027-03-01',
    baselineFinish: '2027-03-05',
    currentStart: '2027-03-01',
    currentFinish: '2027-03-05',
    startVarianceDays: 0,
    finishVarianceDays: 0,
    durationVarianceDays: 0,
    status: 'ON_BASELINE',
    ...extra,
  };
}

describe('VarianceTableComponent', () => {
  let fixture: ComponentFixture<VarianceTableComponent>;
  const render = async (rows: VarianceRow[]) => {
    fixture.componentRef.setInput('rows', rows);
    fixture.componentRef.setInput('baselineName', 'Steering committee 12 March');
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  };

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    fixture = TestBed.createComponent(VarianceTableComponent);
  });

  it('lists the rows in the order given, days late in red and ahead in green, with the words beside the colour', async () => {
    const page = await render([
      row('m1', { itemType: 'MILESTONE', title: 'Pilot live', currentStart: '2027-03-24', currentFinish: '2027-03-24', startVarianceDays: 3, finishVarianceDays: 3, status: 'SLIPPED' }),
      row('t1', { title: 'Configure the pipeline', startVarianceDays: -2, finishVarianceDays: -1, durationVarianceDays: 1, status: 'AHEAD' }),
      row('t2', { title: 'Extra training', baselineStart: null, baselineFinish: null, startVarianceDays: null, finishVarianceDays: null, durationVarianceDays: null, status: 'ADDED' }),
    ]);
    const rows = [...page.querySelectorAll<HTMLElement>('[data-testid="variance-row"]')];
    expect(rows.map((r) => r.dataset['status'])).toEqual(['SLIPPED', 'AHEAD', 'ADDED']);
    expect(rows[0].textContent).toContain('Milestone');
    expect(rows[0].textContent).toContain('Pilot live');
    const finish = rows[0].querySelector('[data-testid="variance-finish"]') as HTMLElement;
    expect(finish.textContent?.trim()).toBe('+3 days late');
    expect(finish.classList).toContain('late');
    const ahead = rows[1].querySelector('[data-testid="variance-start"]') as HTMLElement;
    expect(ahead.textContent?.trim()).toBe('−2 days early');
    expect(ahead.classList).toContain('ahead');
    expect(rows[1].querySelector('[data-testid="variance-duration"]')?.textContent?.trim()).toBe('+1 day longer');
    expect(rows[2].textContent).toContain('Added since');
    expect(rows[2].querySelector('[data-testid="variance-finish"]')?.textContent?.trim()).toBe('—');
    expect(page.querySelector('[data-testid="variance-summary"]')?.textContent).toContain('1 of 3 items finishes later than “Steering committee 12 March” planned.');
  });

  it('counts several slipped items in the plural', async () => {
    const page = await render([
      row('t1', { finishVarianceDays: 2, status: 'SLIPPED' }),
      row('t2', { finishVarianceDays: 4, status: 'SLIPPED' }),
      row('t3'),
    ]);
    expect(page.querySelector('[data-testid="variance-summary"]')?.textContent).toContain('2 of 3 items finish later than “Steering committee 12 March” planned.');
  });

  it('says when nothing slipped', async () => {
    const page = await render([row('t1')]);
    expect(page.querySelector('[data-testid="variance-summary"]')?.textContent).toContain('Nothing has slipped since “Steering committee 12 March”.');
    expect(page.querySelector('[data-testid="variance-start"]')?.classList.length ?? 0).toBe(0);
  });

  it('shows the empty state for a baseline of an empty plan', async () => {
    const page = await render([]);
    expect(page.querySelector('[data-testid="variance-empty"]')).not.toBeNull();
    expect(page.querySelector('[data-testid="variance-table"]')).toBeNull();
  });
});

describe('variance words', () => {
  it('words a difference in working days and picks its colour', () => {
    expect(varianceDaysText(null)).toBe('—');
    expect(varianceDaysText(0)).toBe('Same day');
    expect(varianceDaysText(1)).toBe('+1 day late');
    expect(varianceDurationText(-4)).toBe('−4 days shorter');
    expect(varianceDurationText(0)).toBe('Same length');
    expect([varianceTone(2), varianceTone(-2), varianceTone(0), varianceTone(null)]).toEqual(['late', 'ahead', null, null]);
  });
});
