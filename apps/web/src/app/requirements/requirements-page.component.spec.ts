import { ApplicationRef, provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { gqlMessage } from '../shared/testing/graphql-message';
import { RequirementsPageComponent } from './requirements-page.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

function requirement(id: string, title: string, priority: string, department = 'SALES') {
  return {
    __typename: 'Requirement',
    id,
    title,
    description: '',
    department,
    priority,
    status: 'CAPTURED',
    gapNote: '',
    version: 1,
    stakeholder: null,
  };
}

function requirementsPage(permission: 'EDITOR' | 'VIEWER' = 'EDITOR') {
  return {
    project: { __typename: 'Project', id: 'p1', name: 'Northwind CRM', myPermission: permission },
    requirements: [requirement('r1', 'Quote approval above 20% discount', 'MUST'), requirement('r2', 'Campaign ROI per channel', 'COULD', 'MARKETING')],
    requirementCounts: {
      __typename: 'RequirementCounts',
      total: 2,
      byDepartment: [
        { __typename: 'CountByDepartment', department: 'SALES', count: 1 },
        { __typename: 'CountByDepartment', department: 'MARKETING', count: 1 },
      ],
      byPriority: [
        { __typename: 'CountByPriority', priority: 'MUST', count: 1 },
        { __typename: 'CountByPriority', priority: 'COULD', count: 1 },
      ],
    },
  };
}

describe('RequirementsPageComponent', () => {
  let fixture: ComponentFixture<RequirementsPageComponent>;
  let apollo: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideZonelessChangeDetection(), provideRouter([])],
    });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(RequirementsPageComponent);
    fixture.componentRef.setInput('projectId', 'p1');
  });

  afterEach(() => apollo.verify());

  async function settle(ms = 0): Promise<void> {
    await wait(ms);
    await fixture.whenStable();
    // Dialogs and the snackbar live outside the page's fixture.
    await TestBed.inject(ApplicationRef).whenStable();
  }

  async function load(permission: 'EDITOR' | 'VIEWER' = 'EDITOR'): Promise<void> {
    await fixture.whenStable();
    apollo.expectOne('RequirementsPage').flushData(requirementsPage(permission));
    await settle();
  }

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function testIds(id: string): HTMLElement[] {
    return [...page().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  }

  async function chooseFile(content: string, name = 'requirements.csv'): Promise<void> {
    const input = page().querySelector<HTMLInputElement>('[data-testid="import-csv-input"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([content], name, { type: 'text/csv' })], configurable: true });
    // Wait for the page's file reader to finish, however long a loaded machine takes, not a guessed delay.
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

  it('lists the requirements with their counts by department and priority', async () => {
    await load();

    expect(testIds('requirement-row').map((row) => row.dataset['requirementId'])).toEqual(['r1', 'r2']);
    expect(page().querySelector('[data-testid="requirements-table"]')).not.toBeNull();
    expect(page().querySelector('[data-testid="requirements-total"]')?.textContent).toBe('2');
    const sales = page().querySelector('[data-testid="count-department"][data-department="SALES"]');
    expect(sales?.textContent).toContain('Sales');
    expect(sales?.textContent).toContain('1');
  });

  it('asks the API for the filters in the address', async () => {
    fixture.componentRef.setInput('priority', 'must,should');
    fixture.componentRef.setInput('q', 'quote');
    await fixture.whenStable();

    const request = apollo.expectOne('RequirementsPage');
    expect(request.operation.variables).toEqual({ projectId: 'p1', filter: { priorities: ['MUST', 'SHOULD'], search: 'quote' } });
    request.flushData(requirementsPage());
  });

  it('shows the row-by-row problems of a refused import and says nothing was imported', async () => {
    await load();

    await chooseFile('title,department,priority\nLead scoring,Legal,Must\n', 'needs.csv');
    const request = apollo.expectOne('RequirementsImportCsv');
    expect(request.operation.variables).toEqual({
      input: { projectId: 'p1', csv: 'title,department,priority\nLead scoring,Legal,Must\n' },
    });
    request.flushData({
      importRequirementsCsv: {
        __typename: 'RequirementImportResult',
        imported: 0,
        errors: [
          {
            __typename: 'ImportRowError',
            row: 2,
            problem: gqlMessage('CELL_NOT_ONE_OF', { column: 'department', choices: 'SALES, MARKETING', given: 'Legal' }, 'English from the API'),
          },
          { __typename: 'ImportRowError', row: 4, problem: gqlMessage('CELL_REQUIRED', { column: 'title' }, 'English from the API') },
        ],
      },
    });
    await settle();

    const report = page().querySelector('[data-testid="import-errors"]');
    expect(report?.textContent).toContain('Nothing was imported from “needs.csv”');
    const rows = testIds('import-error') as HTMLTableRowElement[];
    expect(rows.map((row) => [...row.cells].map((cell) => cell.textContent?.trim()))).toEqual([
      ['2', 'department must be one of SALES, MARKETING, not "Legal".'],
      ['4', 'title is required.'],
    ]);
  });

  it('says how many requirements an import added and loads the list again', async () => {
    await load();

    await chooseFile('title,department,priority\nA,Sales,Must\nB,IT,Could\n');
    apollo.expectOne('RequirementsImportCsv').flushData({ importRequirementsCsv: { __typename: 'RequirementImportResult', imported: 2, errors: [] } });
    await settle();

    expect(page().querySelector('[data-testid="import-result"]')?.textContent).toContain('Imported 2 requirements');
    expect(page().querySelector('[data-testid="import-errors"]')).toBeNull();
    apollo.expectOne('RequirementsPage').flushData(requirementsPage());
    await settle();
  });

  it('sets the priority of the ticked requirements in one change', async () => {
    await load();

    for (const row of testIds('requirement-row')) {
      row.querySelector<HTMLInputElement>('[data-testid="select-requirement"] input')?.click();
    }
    await settle();
    expect(page().querySelector('[data-testid="bulk-bar"]')?.textContent).toContain('2 selected');

    page().querySelector<HTMLButtonElement>('[data-testid="bulk-priority"]')?.click();
    await settle();
    document.querySelector<HTMLButtonElement>('.mat-mdc-menu-panel [data-priority="SHOULD"]')?.click();
    await settle();

    const request = apollo.expectOne('RequirementsSetPriority');
    expect(request.operation.variables).toEqual({ input: { projectId: 'p1', ids: ['r1', 'r2'], priority: 'SHOULD' } });
    request.flushData({
      setRequirementsPriority: [
        { __typename: 'Requirement', id: 'r1', priority: 'SHOULD', version: 2 },
        { __typename: 'Requirement', id: 'r2', priority: 'SHOULD', version: 2 },
      ],
    });
    await settle();
    expect(page().querySelector('[data-testid="requirements-notice"]')?.textContent).toContain('2 requirements are now “Should have”');
    apollo.expectOne('RequirementsPage').flushData(requirementsPage());
    await settle();
  });

  it('removes a requirement from its dialog after saying what goes, reloads the list, and brings it back with Undo', async () => {
    await load();

    page().querySelector<HTMLButtonElement>('[data-requirement-id="r1"] [data-testid="requirement-title-link"]')?.click();
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="requirement-remove"]')?.click();
    await settle();

    const impact = apollo.expectOne('RemovalImpact');
    expect(impact.operation.variables).toEqual({ kind: 'Requirement', id: 'r1' });
    impact.flushData({
      removalImpact: {
        __typename: 'RemovalImpact',
        id: 'r1',
        kind: 'Requirement',
        title: 'Quote approval above 20% discount',
        refusal: null,
        removedWithIt: [{ __typename: 'DependantCount', kind: 'ProcessRequirementLink', count: 2 }],
        unlinked: [],
        blockers: [],
      },
    });
    await settle();
    expect(document.querySelector('crm-confirm-dialog')?.textContent).toContain('Also removed with it: 2 process–requirement links.');
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-ok"]')?.click();
    // The confirmation answers once its closing animation is over.
    await settle(300);

    const removal = apollo.expectOne('DeleteRequirement');
    expect(removal.operation.variables).toEqual({ input: { id: 'r1', version: 1 } });
    removal.flushData({
      deleteRequirement: { __typename: 'TrashEntry', id: 't1', kind: 'Requirement', recordId: 'r1', title: 'Quote approval above 20% discount' },
    });
    await settle(300);
    expect(document.querySelector('crm-requirement-dialog')).toBeNull();
    apollo.expectOne('RequirementsPage').flushData({ ...requirementsPage(), requirements: [requirement('r2', 'Campaign ROI per channel', 'COULD', 'MARKETING')] });
    await settle();
    expect(testIds('requirement-row').map((row) => row.dataset['requirementId'])).toEqual(['r2']);

    const undo = [...document.querySelectorAll<HTMLButtonElement>('.mat-mdc-snack-bar-container button')].find((b) => b.textContent?.includes('Undo'));
    undo?.click();
    await settle(300);
    const restore = apollo.expectOne('RestoreRequirement');
    expect(restore.operation.variables).toEqual({ input: { id: 'r1' } });
    restore.flushData({ restoreRequirement: { __typename: 'RestoredRecord', kind: 'Requirement', id: 'r1', title: 'Quote approval above 20% discount' } });
    await settle();
    apollo.expectOne('RequirementsPage').flushData(requirementsPage());
    await settle();
    expect(testIds('requirement-row').map((row) => row.dataset['requirementId'])).toEqual(['r1', 'r2']);
  });

  it('gives viewers the list and the export, but nothing that changes requirements', async () => {
    await load('VIEWER');

    expect(testIds('requirement-row')).toHaveLength(2);
    expect(page().querySelector('[data-testid="export-csv"]')).not.toBeNull();
    for (const id of ['new-requirement', 'import-csv-input', 'select-requirement', 'bulk-priority']) {
      expect(page().querySelector(`[data-testid="${id}"]`)).toBeNull();
    }
  });
});
