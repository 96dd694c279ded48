import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { provideEchartsCore } from 'ngx-echarts';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { todayIso } from '../shared/dates/calendar-days';
import { KpisPageComponent } from './kpis-page.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const roles = [
  { __typename: 'Role', id: 'r1', key: 'CRM_ANALYST', name: 'CRM analyst' },
  { __typename: 'Role', id: 'r2', key: 'EXECUTIVE_SPONSOR', name: 'Executive sponsor' },
];

function kpi(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Kpi',
    id: 'k1',
    key: 'USER_ADOPTION',
    name: 'User adoption',
    description: 'Active users / licensed users',
    unit: '%',
    direction: 'UP',
    baseline: 20,
    target: 80,
    ownerRole: null,
    version: 4,
    latest: 45,
    status: 'AT_RISK',
    trend: 'IMPROVING',
    progress: 0.42,
    measurements: [{ __typename: 'KpiMeasurement', id: 'm1', measuredOn: '2026-03-01', value: 45, note: '', version: 2 }],
    ...overrides,
  };
}

describe('KpisPageComponent', () => {
  // jsdom has no ResizeObserver, which the chart uses to follow the card's width.
  const realResizeObserver = globalThis.ResizeObserver;
  beforeAll(() => {
    const ignore = () => undefined;
    globalThis.ResizeObserver = class {
      observe = ignore;
      unobserve = ignore;
      disconnect = ignore;
    };
  });
  afterAll(() => {
    globalThis.ResizeObserver = realResizeObserver;
  });

  let fixture: ComponentFixture<KpisPageComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      // The chart library never loads in the test: the page must work around a chart still on its way.
      providers: [provideZonelessChangeDetection(), provideEchartsCore({ echarts: () => new Promise(() => undefined) })],
    });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(KpisPageComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    await fixture.whenStable();
    apollo.expectOne('KpiPage').flushData({
      project: { __typename: 'Project', id: 'p1', myPermission: 'EDITOR' },
      kpis: [kpi(), kpi({ id: 'k2', name: 'Data accuracy', status: 'NO_DATA', latest: null, trend: 'UNKNOWN', progress: null, measurements: [] })],
      roles,
    });
    await settle();
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    apollo.verify();
  });

  async function settle(): Promise<void> {
    await wait();
    await fixture.whenStable();
  }

  const card = (id: string) => (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(`[data-testid="kpi-card"][data-kpi-id="${id}"]`) as HTMLElement;

  it('shows each KPI’s status, latest value against target, and a chart once it has measurements', () => {
    expect(card('k1').querySelector<HTMLElement>('[data-testid="kpi-status"]')?.dataset['status']).toBe('AT_RISK');
    expect(card('k1').querySelector('[data-testid="kpi-latest"]')?.textContent).toContain('Latest 45% · target 80%');
    expect(card('k1').querySelector('[data-testid="kpi-chart"]')).not.toBeNull();
    expect(card('k2').querySelector('[data-testid="kpi-status"]')?.textContent).toContain('No data yet');
    expect(card('k2').querySelector('[data-testid="kpi-chart"]')).toBeNull();
  });

  it('refuses a day after today under the field before anything is sent', async () => {
    card('k1').querySelector<HTMLElement>('[data-testid="record-measurement"]')?.click();
    await settle();
    const value = document.querySelector<HTMLInputElement>('[data-testid="measurement-value"]') as HTMLInputElement;
    const date = document.querySelector<HTMLInputElement>('[data-testid="measurement-date"]') as HTMLInputElement;
    value.value = '52';
    value.dispatchEvent(new Event('input'));
    date.value = '2099-01-01';
    date.dispatchEvent(new Event('input'));
    document.querySelector<HTMLElement>('[data-testid="measurement-submit"]')?.click();
    await settle();

    expect(document.querySelector('[data-testid="error-measuredOn"]')?.textContent).toMatch(/^ *Choose .+ or earlier\. *$/);
    apollo.expectNone('KpiRecordMeasurement');
  });

  it('shows the server’s message under the field it is about when a measurement is refused', async () => {
    card('k1').querySelector<HTMLElement>('[data-testid="record-measurement"]')?.click();
    await settle();
    const value = document.querySelector<HTMLInputElement>('[data-testid="measurement-value"]') as HTMLInputElement;
    const date = document.querySelector<HTMLInputElement>('[data-testid="measurement-date"]') as HTMLInputElement;
    value.value = '52';
    value.dispatchEvent(new Event('input'));
    // Today here can be tomorrow where the server is.
    date.value = todayIso();
    date.dispatchEvent(new Event('input'));
    document.querySelector<HTMLElement>('[data-testid="measurement-submit"]')?.click();
    await settle();

    const save = apollo.expectOne('KpiRecordMeasurement');
    expect(save.operation.variables['input']).toEqual({ kpiId: 'k1', measuredOn: todayIso(), value: 52, note: '' });
    save.graphqlErrors([
      {
        message: 'measuredOn: The measurement date cannot be in the future.',
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'measuredOn', message: 'The measurement date cannot be in the future.' }] },
      },
    ]);
    await settle();

    expect(document.querySelector('[data-testid="error-measuredOn"]')?.textContent).toContain('cannot be in the future');
  });

  const typeInto = (testId: string, text: string) => {
    const field = document.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`) as HTMLInputElement;
    field.value = text;
    field.dispatchEvent(new Event('input'));
  };

  it('reads 76,4 as 76.4 and refuses 764 % under the field before anything is sent', async () => {
    card('k1').querySelector<HTMLElement>('[data-testid="record-measurement"]')?.click();
    await settle();
    typeInto('measurement-value', '764');
    document.querySelector<HTMLElement>('[data-testid="measurement-submit"]')?.click();
    await settle();
    expect(document.querySelector('[data-testid="error-value"]')?.textContent).toContain('between 0 and 100');
    apollo.expectNone('KpiRecordMeasurement');

    typeInto('measurement-value', '76,4');
    typeInto('measurement-date', '2026-03-02');
    document.querySelector<HTMLElement>('[data-testid="measurement-submit"]')?.click();
    await settle();
    const save = apollo.expectOne('KpiRecordMeasurement');
    expect(save.operation.variables['input']).toEqual({ kpiId: 'k1', measuredOn: '2026-03-02', value: 76.4, note: '' });
  });

  it('says so when the value is not a number', async () => {
    card('k1').querySelector<HTMLElement>('[data-testid="record-measurement"]')?.click();
    await settle();
    typeInto('measurement-value', '76,4 %');
    document.querySelector<HTMLElement>('[data-testid="measurement-submit"]')?.click();
    await settle();
    expect(document.querySelector('[data-testid="error-value"]')?.textContent).toContain('Enter a number');
    apollo.expectNone('KpiRecordMeasurement');
  });

  it('corrects a measurement from the card under the version it read', async () => {
    card('k1').querySelector<HTMLElement>('[data-testid="correct-measurement"]')?.click();
    await settle();
    expect(document.querySelector<HTMLInputElement>('[data-testid="measurement-value"]')?.value).toBe('45');
    typeInto('measurement-value', '46.5');
    document.querySelector<HTMLElement>('[data-testid="measurement-submit"]')?.click();
    await settle();
    const save = apollo.expectOne('KpiUpdateMeasurement');
    expect(save.operation.variables['input']).toEqual({ id: 'm1', version: 2, measuredOn: '2026-03-01', value: 46.5, note: '' });
  });

  it('removes a measurement only after the user confirms', async () => {
    // A closed dialog may still be leaving the page: the newest one's buttons come last.
    const newest = (testId: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)].at(-1);
    card('k1').querySelector<HTMLElement>('[data-testid="remove-measurement"]')?.click();
    await settle();
    expect(document.querySelector('[role="alertdialog"]')?.textContent).toContain('Remove this measurement?');
    newest('confirm-cancel')?.click();
    await wait(300);
    await settle();
    apollo.expectNone('KpiDeleteMeasurement');

    card('k1').querySelector<HTMLElement>('[data-testid="remove-measurement"]')?.click();
    await settle();
    newest('confirm-ok')?.click();
    await wait(300);
    await settle();
    const removal = apollo.expectOne('KpiDeleteMeasurement');
    expect(removal.operation.variables['input']).toEqual({ id: 'm1', version: 2 });
    removal.flushData({ deleteKpiMeasurement: kpi({ measurements: [], latest: null, status: 'NO_DATA', trend: 'UNKNOWN', progress: null }) });
    await settle();
    expect(card('k1').querySelector('[data-testid="kpi-chart-empty"]')).not.toBeNull();

    // Undo brings the measurement back from the trash and the page loads again.
    const bar = document.querySelector('.mat-mdc-snack-bar-container');
    expect(bar?.textContent).toContain('Removed the measurement of');
    bar?.querySelector<HTMLButtonElement>('button')?.click();
    await wait(300);
    await settle();
    const restore = apollo.expectOne('RestoreKpiMeasurement');
    expect(restore.operation.variables).toEqual({ input: { id: 'm1' } });
    restore.flushData({ restoreKpiMeasurement: { __typename: 'RestoredRecord', kind: 'KpiMeasurement', id: 'm1', title: 'User adoption · 2026-03-01' } });
    await settle();
    apollo.expectOne('KpiPage').flushData({ project: { __typename: 'Project', id: 'p1', myPermission: 'EDITOR' }, kpis: [kpi()], roles });
    await settle();
    expect(card('k1').querySelectorAll('[data-testid="kpi-measurement"]')).toHaveLength(1);
  });

  it('removes a KPI from its dialog through the trash, and the page loads again', async () => {
    card('k2').querySelector<HTMLElement>('[data-testid="edit-kpi"]')?.click();
    await settle();
    document.querySelector<HTMLElement>('[data-testid="kpi-remove"]')?.click();
    await settle();
    apollo.expectOne('RemovalImpact').flushData({
      removalImpact: { __typename: 'RemovalImpact', id: 'k2', kind: 'Kpi', title: 'Data accuracy', refusal: null, removedWithIt: [], unlinked: [], blockers: [] },
    });
    await settle();
    expect(document.body.textContent).toContain('Remove “Data accuracy”?');
    [...document.querySelectorAll<HTMLElement>('[data-testid="confirm-ok"]')].at(-1)?.click();
    await wait(300);
    await settle();
    const removal = apollo.expectOne('DeleteKpi');
    expect(removal.operation.variables).toEqual({ input: { id: 'k2', version: 4 } });
    removal.flushData({ deleteKpi: { __typename: 'TrashEntry', id: 'e1', kind: 'Kpi', recordId: 'k2', title: 'Data accuracy' } });
    await wait(300);
    await settle();
    apollo.expectOne('KpiPage').flushData({ project: { __typename: 'Project', id: 'p1', myPermission: 'EDITOR' }, kpis: [kpi()], roles });
    await settle();
    expect(card('k2')).toBeNull();
    expect(document.querySelector('[data-testid="kpi-remove"]')).toBeNull();
  });

  it('offers the program’s roles as the KPI’s owner, the CRM analyst by default, and sends the one chosen', async () => {
    card('k1').querySelector<HTMLElement>('[data-testid="edit-kpi"]')?.click();
    await settle();
    const picker = document.querySelector<HTMLElement>('[data-testid="kpi-owner-role"]');
    expect(picker?.textContent).toContain('Default: CRM analyst');
    picker?.click();
    await settle();
    const options = [...document.querySelectorAll<HTMLElement>('mat-option')];
    expect(options.map((o) => o.textContent?.trim())).toEqual(['Default: CRM analyst', 'CRM analyst', 'Executive sponsor']);
    options[2].click();
    await settle();
    document.querySelector<HTMLElement>('[data-testid="kpi-submit"]')?.click();
    await settle();
    const update = apollo.expectOne('KpiUpdate');
    expect(update.operation.variables['input']).toMatchObject({ id: 'k1', version: 4, ownerRoleKey: 'EXECUTIVE_SPONSOR' });
    update.flushData({ updateKpi: kpi({ version: 5, ownerRole: { __typename: 'Role', id: 'r2', key: 'EXECUTIVE_SPONSOR', name: 'Executive sponsor' } }) });
    await settle();
  });
});
