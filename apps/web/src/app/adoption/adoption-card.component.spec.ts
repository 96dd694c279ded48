import { registerLocaleData } from '@angular/common';
import localeNl from '@angular/common/locales/nl';
import { ApplicationRef, LOCALE_ID, provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { gqlMessage } from '../shared/testing/graphql-message';
import { AdoptionCardComponent } from './adoption-card.component';
import { adoptionData } from './testing/adoption-fixtures';

registerLocaleData(localeNl, 'nl');

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('AdoptionCardComponent', () => {
  let fixture: ComponentFixture<AdoptionCardComponent>;
  let apollo: ApolloTestingController;
  const card = () => fixture.nativeElement as HTMLElement;
  const text = (testId: string) => card().querySelector(`[data-testid="${testId}"]`)?.textContent?.trim();

  /**
   * An operation sent after something asynchronous (the file is read with a FileReader, a closed
   * dialog reports after its animation): wait for the request rather than a fixed time.
   */
  async function sent(operationName: string) {
    for (let i = 0; i < 200; i += 1) {
      const [found] = apollo.match(operationName);
      if (found) return found;
      await wait(10);
    }
    return apollo.expectOne(operationName);
  }

  async function settle(): Promise<void> {
    await wait();
    await fixture.whenStable();
    await TestBed.inject(ApplicationRef).whenStable();
  }

  async function open(canEdit: boolean, data = adoptionData('w1')): Promise<void> {
    fixture = TestBed.createComponent(AdoptionCardComponent);
    fixture.componentRef.setInput('waveId', 'w1');
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.componentRef.setInput('canEdit', canEdit);
    await fixture.whenStable();
    apollo.expectOne((op) => op.operationName === 'WaveAdoption' && op.variables['waveId'] === 'w1').flushData(data);
    await settle();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection()] });
    apollo = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    apollo.verify();
  });

  it('shows active users over 7 and 30 days, licensed users, the ratio and each business unit', async () => {
    await open(false);
    expect(text('adoption-active7')).toBe('2');
    expect(text('adoption-active30')).toBe('3');
    expect(text('adoption-licensed')).toBe('4');
    expect(text('adoption-ratio')).toBe('75 %');
    const units = [...card().querySelectorAll('[data-testid="adoption-unit"]')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()).join(' '));
    expect(units).toEqual(['Field sales 1 2 3 67 %', 'No business unit 1 1 1 100 %']);
    expect(text('adoption-last-import')).toContain('120 rows, 80 new days of use');
  });

  it('lists the inactive people with their reason', async () => {
    await open(false);
    const person = card().querySelector<HTMLElement>('[data-testid="adoption-inactive-person"]');
    expect(person?.dataset['code']).toBe('INACTIVE_SINCE_GO_LIVE');
    expect(person?.textContent).toContain('Nia Never');
    expect(person?.textContent).toContain('No use of the CRM since go-live on 2026-11-04 (30 days).');
  });

  it('words the reason in the reader’s language, from its code and values', async () => {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), { provide: LOCALE_ID, useValue: 'nl' }] });
    apollo = TestBed.inject(ApolloTestingController);
    await open(false);
    const person = card().querySelector<HTMLElement>('[data-testid="adoption-inactive-person"]');
    expect(person?.textContent).toContain('Het CRM niet gebruikt sinds de livegang op 4 november 2026 (30 dagen).');
  });

  it('says when there is no usage data yet, and offers the import only to editors', async () => {
    await open(false, adoptionData('w1', { lastImport: null, inactive: [], activeUsers: 0, active7: 0, active30: 0, ratio: 0 }));
    expect(text('adoption-empty')).toContain('No usage data yet');
    expect(card().querySelector('[data-testid="import-usage"]')).toBeNull();
    fixture.componentRef.setInput('canEdit', true);
    await settle();
    expect(card().querySelector('[data-testid="import-usage"]')).not.toBeNull();
  });

  it('imports a file from the dialog, shows what it did and loads the figures again', async () => {
    await open(true);
    const imported: unknown[] = [];
    fixture.componentInstance.imported.subscribe((result) => imported.push(result));
    card().querySelector<HTMLButtonElement>('[data-testid="import-usage"]')!.click();
    await settle();
    const dialog = document.querySelector<HTMLElement>('crm-usage-import-dialog')!;
    expect(dialog.querySelector('[data-testid="usage-format-hint"]')?.textContent).toContain('Login History');
    const input = dialog.querySelector<HTMLInputElement>('[data-testid="usage-file-input"]')!;
    const file = new File(['"Username","Login Time","Login Type","Status"\n"a@x.example","2026-12-01T08:00:00Z","Application","Success"'], 'logins.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    await settle();
    dialog.querySelector<HTMLButtonElement>('[data-testid="usage-import-submit"]')!.click();
    const request = await sent('ImportUsageData');
    expect(request.operation.variables['input']).toMatchObject({ projectId: 'p1', format: 'SALESFORCE', content: expect.stringContaining('a@x.example') });
    request.flushData({
      importUsageData: {
        __typename: 'UsageImportResult',
        imported: 1,
        rowCount: 2,
        matchedCount: 1,
        unmatchedCount: 1,
        unmatchedEmails: ['ghost@x.example'],
        ignoredCount: 0,
        detectedFormat: 'SALESFORCE',
        retrainingAdded: 2,
        adoptionMeasured: 50,
        errors: [],
      },
    });
    await settle();
    expect(dialog.querySelector('[data-testid="usage-import-result"]')?.textContent).toContain('2 people put on the re-training list for not using the CRM.');
    expect(dialog.querySelector('[data-testid="usage-unmatched"]')?.textContent).toContain('ghost@x.example');
    [...dialog.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Done')!.click();
    await settle();
    (await sent('WaveAdoption')).flushData(adoptionData('w1', { active30: 4 }));
    await settle();
    expect(imported).toHaveLength(1);
    expect(text('adoption-active30')).toBe('4');
  });

  it('shows every row problem of a refused file and keeps the dialog open', async () => {
    await open(true);
    card().querySelector<HTMLButtonElement>('[data-testid="import-usage"]')!.click();
    await settle();
    const dialog = document.querySelector<HTMLElement>('crm-usage-import-dialog')!;
    const input = dialog.querySelector<HTMLInputElement>('[data-testid="usage-file-input"]')!;
    Object.defineProperty(input, 'files', { value: [new File(['User,Login time,User agent\n'], 'hub.csv')] });
    input.dispatchEvent(new Event('change'));
    await settle();
    dialog.querySelector<HTMLButtonElement>('[data-testid="usage-import-submit"]')!.click();
    (await sent('ImportUsageData')).flushData({
      importUsageData: {
        __typename: 'UsageImportResult',
        imported: 0,
        rowCount: 0,
        matchedCount: 0,
        unmatchedCount: 0,
        unmatchedEmails: [],
        ignoredCount: 0,
        detectedFormat: 'HUBSPOT',
        retrainingAdded: 0,
        adoptionMeasured: null,
        errors: [
          {
            __typename: 'UsageImportRowError',
            row: 1,
            problem: gqlMessage('USAGE_HEADER_MISMATCH', { format: 'SALESFORCE', expected: 'Username", "Login Time', detected: 'HUBSPOT' }, 'English from the API'),
          },
        ],
      },
    });
    await settle();
    expect(dialog.querySelector('[data-testid="usage-import-errors"]')?.textContent).toContain('Row 1: This header is not a Salesforce login history (expected columns such as "Username", "Login Time"). It looks like a HubSpot');
    expect(dialog.querySelector('[data-testid="usage-import-submit"]')).not.toBeNull();
  });
});
