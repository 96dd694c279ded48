import { registerLocaleData } from '@angular/common';
import localeNl from '@angular/common/locales/nl';
import { LOCALE_ID, provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { readTextFile } from '../../requirements/csv-file';
import { formatOfFileName, importSummary, PlanImportDialogComponent } from './plan-import-dialog.component';

registerLocaleData(localeNl, 'nl');

const RESULT = { __typename: 'PlanImportResult', imported: false, taskCount: 0, milestoneCount: 0, phaseCount: 0, dependencyCount: 0, errors: [], warnings: [] };
/** A row problem as the API sends it: the dialog words its code, never the API's English `text`. */
const problem = (row: number, field: string, code: string, params: Record<string, string>) => ({
  __typename: 'PlanImportError',
  row,
  field,
  problem: { __typename: 'Message', code, params: Object.entries(params).map(([name, value]) => ({ __typename: 'MessageParam', name, value })), text: 'English from the API' },
});

describe('PlanImportDialogComponent', () => {
  let fixture: ComponentFixture<PlanImportDialogComponent>;
  let apollo: ApolloTestingController;
  const close = vi.fn();

  beforeEach(async () => {
    close.mockReset();
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideZonelessChangeDetection(), { provide: MAT_DIALOG_DATA, useValue: { projectId: 'p1' } }, { provide: MatDialogRef, useValue: { close } }],
    });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(PlanImportDialogComponent);
    await fixture.whenStable();
    apollo.expectOne('PlanImportRoles').flushData({ roles: [{ __typename: 'Role', key: 'PROJECT_MANAGER', name: 'Project manager' }, { __typename: 'Role', key: 'TRAINER', name: 'Trainer' }] });
    await settle();
  });

  afterEach(() => apollo.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
  const host = () => fixture.nativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => host().querySelector<T>(`[data-testid="${id}"]`);
  const text = (id: string) => byTestId(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function pickFormat(label: string): Promise<void> {
    const toggle = [...host().querySelectorAll<HTMLButtonElement>('[data-testid="plan-import-format"] button')].find((b) => b.textContent?.trim() === label);
    toggle?.click();
    await settle();
  }

  async function paste(content: string): Promise<void> {
    const area = byTestId<HTMLTextAreaElement>('plan-import-text') as HTMLTextAreaElement;
    area.value = content;
    area.dispatchEvent(new Event('input'));
    await settle();
  }

  async function chooseFile(content: string, name: string): Promise<void> {
    const input = byTestId<HTMLInputElement>('plan-import-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([content], name)], configurable: true });
    // Wait for the dialog's file reader to finish, however long a loaded machine takes.
    const read = new Promise<void>((resolve) => {
      const readAsText = FileReader.prototype.readAsText;
      vi.spyOn(FileReader.prototype, 'readAsText').mockImplementationOnce(function (this: FileReader, blob: Blob, encoding?: string) {
        this.addEventListener('loadend', () => setTimeout(resolve));
        readAsText.call(this, blob, encoding);
      });
    });
    input.dispatchEvent(new Event('change'));
    await read;
    await settle();
  }

  it('explains MS Project XML first, naming the program’s roles, and the CSV columns and predecessors once CSV is picked', async () => {
    expect(text('plan-import-help')).toContain('File › Save As');
    expect(text('plan-import-help')).toContain('Project manager, Trainer');
    expect(byTestId('plan-import-template')).toBeNull();
    await pickFormat('CSV');
    expect(text('plan-import-help')).toContain('title, phase, role, start, finish, duration, predecessors');
    expect(text('plan-import-help')).toContain('“3; 5+2d” waits for rows 3 and 5');
    expect(byTestId('plan-import-template')?.textContent).toContain('Download a CSV template');
  });

  it('keeps Import off until there is something to import', async () => {
    expect(byTestId<HTMLButtonElement>('plan-import-submit')?.disabled).toBe(true);
    await paste('   ');
    expect(byTestId<HTMLButtonElement>('plan-import-submit')?.disabled).toBe(true);
    await paste('title,phase\nA,Build');
    expect(byTestId<HTMLButtonElement>('plan-import-submit')?.disabled).toBe(false);
  });

  it('sends the pasted text in the chosen format and lists every problem by row and column when nothing was imported', async () => {
    await pickFormat('CSV');
    await paste('title,phase,role\nA,Build,Wizard\nB,Build,Trainer');
    byTestId<HTMLButtonElement>('plan-import-submit')?.click();
    await settle();
    const request = apollo.expectOne('ImportPlan');
    expect(request.operation.variables).toEqual({ input: { projectId: 'p1', format: 'CSV', content: 'title,phase,role\nA,Build,Wizard\nB,Build,Trainer' } });
    request.flushData({
      importPlan: {
        ...RESULT,
        errors: [
          problem(2, 'role', 'PLAN_NO_SUCH_ROLE', { name: 'Wizard', role1: 'Project manager', role2: 'Trainer' }),
          problem(3, 'start', 'PLAN_NOT_A_DATE', { value: 'tomorrow' }),
        ],
      },
    });
    await settle();
    expect(text('plan-import-errors')).toContain('Nothing was imported: 2 problems need fixing first.');
    expect(text('plan-import-errors')).toContain('with the header as row 1');
    const rows = [...host().querySelectorAll<HTMLTableRowElement>('[data-testid="plan-import-error"]')];
    expect(rows.map((row) => [...row.cells].map((cell) => cell.textContent?.trim()))).toEqual([
      ['2', 'role', 'This program has no role “Wizard”. Use one of: Project manager and Trainer.'],
      ['3', 'start', '“tomorrow” is not a date; write it as YYYY-MM-DD.'],
    ]);
    // The file can be corrected and sent again from the same dialog.
    expect(byTestId<HTMLButtonElement>('plan-import-submit')?.disabled).toBe(false);
  });

  it('takes the format from a chosen file’s name, imports it and sums up what came in; Done reports the import', async () => {
    await chooseFile('title,phase,role,start,duration\nA,Build,Trainer,2027-03-01,2', 'nordics-plan.csv');
    expect(text('plan-import-chosen')).toBe('Ready to import “nordics-plan.csv”.');
    expect(text('plan-import-help')).toContain('A row with no role and a duration of 0 is a milestone');
    byTestId<HTMLButtonElement>('plan-import-submit')?.click();
    await settle();
    const request = apollo.expectOne('ImportPlan');
    expect(request.operation.variables['input']).toMatchObject({ format: 'CSV', content: 'title,phase,role,start,duration\nA,Build,Trainer,2027-03-01,2' });
    request.flushData({
      importPlan: { ...RESULT, imported: true, taskCount: 5, milestoneCount: 2, phaseCount: 1, dependencyCount: 1, warnings: [problem(1, 'predecessors', 'PLAN_MILESTONES_BRIDGED', { count: '1' })] },
    });
    await settle();
    expect(text('plan-import-summary')).toContain('Imported 5 tasks, 2 milestones, 1 new phase and 1 link from “nordics-plan.csv”.');
    expect(text('plan-import-warnings')).toContain('1 milestone waits for tasks; milestones here take no links');
    expect(byTestId('plan-import-drop')).toBeNull();
    byTestId<HTMLButtonElement>('plan-import-close')?.click();
    expect(close).toHaveBeenCalledWith(true);
  });

  it('says why a refused request imported nothing, and Cancel reports no import', async () => {
    await paste('<Project/>');
    byTestId<HTMLButtonElement>('plan-import-submit')?.click();
    await settle();
    apollo.expectOne('ImportPlan').graphqlErrors([
      new GraphQLError('content: too large', { extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'content', message: 'The file is too large: import at most 900 kB at a time (split the plan by phase).' }] } }),
    ]);
    await settle();
    expect(text('plan-import-problem')).toBe('The file is too large: import at most 900 kB at a time (split the plan by phase).');
    [...host().querySelectorAll<HTMLButtonElement>('mat-dialog-actions button')].find((b) => b.textContent?.trim() === 'Cancel')?.click();
    expect(close).toHaveBeenCalledWith(false);
  });

  it('refuses an empty file before sending anything', async () => {
    await fixture.componentInstance.take(new File([], 'empty.xml'));
    await settle();
    expect(text('plan-import-problem')).toBe('“empty.xml” is empty.');
  });
});

describe('PlanImportDialogComponent on a Dutch page', () => {
  let fixture: ComponentFixture<PlanImportDialogComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        provideZonelessChangeDetection(),
        { provide: LOCALE_ID, useValue: 'nl' },
        { provide: MAT_DIALOG_DATA, useValue: { projectId: 'p1' } },
        { provide: MatDialogRef, useValue: { close: vi.fn() } },
      ],
    });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(PlanImportDialogComponent);
    await fixture.whenStable();
    apollo.expectOne('PlanImportRoles').flushData({ roles: [{ __typename: 'Role', key: 'PROJECT_MANAGER', name: 'Projectmanager' }, { __typename: 'Role', key: 'TRAINER', name: 'Trainer' }] });
    await settle();
    const csv = [...host().querySelectorAll<HTMLButtonElement>('[data-testid="plan-import-format"] button')].find((b) => b.textContent?.trim() === 'CSV');
    csv?.click();
    await settle();
  });

  afterEach(() => apollo.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
  const host = () => fixture.nativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => host().querySelector<T>(`[data-testid="${id}"]`);

  it('names the CSV columns as a Dutch export heads them', () => {
    expect(byTestId('plan-import-help')?.textContent?.replace(/\s+/g, ' ')).toContain('Titel, Fase, Rol, Start, Einde, Duur, Wacht op');
    expect(byTestId<HTMLTextAreaElement>('plan-import-text')?.placeholder).toBe('Titel;Fase;Rol;Start;Einde;Duur;Wacht op');
  });

  it('offers a template in Dutch, split by semicolons, with the program’s roles', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => (created.push(blob), 'blob:template'));
    vi.stubGlobal('URL', Object.assign(Object.create(URL), { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      byTestId<HTMLButtonElement>('plan-import-template')?.click();
      const lines = (await readTextFile(created[0])).split('\r\n');
      expect(lines[0]).toBe('Titel;Fase;Rol;Start;Einde;Duur;Wacht op');
      expect(lines[1]).toBe('Kick-offworkshop;Analyse;Projectmanager;2027-03-01;2027-03-01;1;');
      expect(lines[4]).toBe('Pipeline inrichten;Bouw;Trainer;2027-03-10;;10;3+1d');
      expect(click).toHaveBeenCalledTimes(1);
    } finally {
      click.mockRestore();
      vi.unstubAllGlobals();
    }
  });

  it('names the column of a problem by its Dutch header', async () => {
    const area = byTestId<HTMLTextAreaElement>('plan-import-text') as HTMLTextAreaElement;
    area.value = 'Titel;Fase;Rol\nA;Bouw;Tovenaar';
    area.dispatchEvent(new Event('input'));
    await settle();
    byTestId<HTMLButtonElement>('plan-import-submit')?.click();
    await settle();
    apollo.expectOne('ImportPlan').flushData({ importPlan: { ...RESULT, errors: [problem(2, 'role', 'PLAN_NO_SUCH_ROLE', { name: 'Tovenaar', role1: 'Projectmanager', role2: 'Trainer' })] } });
    await settle();
    const row = host().querySelector<HTMLTableRowElement>('[data-testid="plan-import-error"]');
    expect([...(row?.cells ?? [])].map((cell) => cell.textContent?.trim())).toEqual(['2', 'Rol', 'Dit programma heeft geen rol “Tovenaar”. Kies uit: Projectmanager en Trainer.']);
  });
});

describe('plan import words', () => {
  it('tells the format by the file name', () => {
    expect(formatOfFileName('Plan.XML')).toBe('MSPDI');
    expect(formatOfFileName('plan.csv')).toBe('CSV');
    expect(formatOfFileName('plan.mpp')).toBeNull();
  });

  it('counts in words', () => {
    expect(importSummary({ taskCount: 1, milestoneCount: 0, phaseCount: 2, dependencyCount: 3 })).toBe('1 task, 0 milestones, 2 new phases and 3 links');
  });
});
