import { ApplicationRef, provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { RisksPageComponent } from './risks-page.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

function risk(id: string, title: string, likelihood: number, impact: number, owner: { source: string; name: string | null }) {
  const score = likelihood * impact;
  return {
    __typename: 'Risk',
    id,
    title,
    description: '',
    likelihood,
    impact,
    score,
    severity: score >= 15 ? 'HIGH' : score >= 8 ? 'MEDIUM' : 'LOW',
    mitigation: 'Train every wave 3 to 4 times.',
    status: 'OPEN',
    version: 1,
    ownerSource: owner.source,
    role: { __typename: 'Role', id: 'r1', key: 'TRAINER', name: 'Trainer' },
    owner: owner.name ? { __typename: 'Person', id: `p-${id}`, name: owner.name } : null,
  };
}

describe('RisksPageComponent', () => {
  let fixture: ComponentFixture<RisksPageComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection()] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(RisksPageComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    await fixture.whenStable();
    apollo.expectOne('RiskPage').flushData({
      project: { __typename: 'Project', id: 'p1', myPermission: 'EDITOR' },
      risks: [
        risk('a', 'Lack of training', 4, 4, { source: 'ROLE', name: 'Tess' }),
        risk('b', 'Data silos', 2, 3, { source: 'ASSIGNEE', name: 'Dana' }),
      ],
      riskHeatMap: [
        { __typename: 'HeatMapCell', likelihood: 4, impact: 4, count: 1 },
        { __typename: 'HeatMapCell', likelihood: 2, impact: 3, count: 1 },
      ],
      roles: [{ __typename: 'Role', id: 'r1', key: 'TRAINER', name: 'Trainer' }],
    });
    await settle();
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    apollo.verify();
  });

  async function settle(ms = 0): Promise<void> {
    await wait(ms);
    await fixture.whenStable();
    // Dialogs and the snackbar live outside the page's fixture.
    await TestBed.inject(ApplicationRef).whenStable();
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const rows = () => [...page().querySelectorAll<HTMLElement>('[data-testid="risk-row"]')].map((r) => r.dataset['riskId']);

  it('draws all 25 cells with their counts and says who owns each risk and how', () => {
    const cells = page().querySelectorAll<HTMLElement>('[data-testid="heatmap-cell"]');

    expect(cells).toHaveLength(25);
    expect(cells[0].dataset).toMatchObject({ likelihood: '5', impact: '1' });
    expect(page().querySelector<HTMLElement>('[data-testid="heatmap-cell"][data-likelihood="4"][data-impact="4"]')?.textContent?.trim()).toBe('1');
    expect(rows()).toEqual(['a', 'b']);
    expect(page().querySelector('[data-risk-id="a"] [data-testid="risk-owner-cell"]')?.textContent).toContain('via role Trainer');
    expect(page().querySelector('[data-risk-id="b"] [data-testid="risk-owner-cell"]')?.textContent).not.toContain('via role');
  });

  it('filters the register to a cell, and back to all on a second click', async () => {
    const cell = page().querySelector<HTMLElement>('[data-testid="heatmap-cell"][data-likelihood="2"][data-impact="3"]') as HTMLElement;

    cell.click();
    await settle();
    expect(rows()).toEqual(['b']);
    expect(cell.getAttribute('aria-pressed')).toBe('true');

    cell.click();
    await settle();
    expect(rows()).toEqual(['a', 'b']);
  });

  it('removes a risk from its dialog after saying it can be restored, reloads the register, and Undo brings it back', async () => {
    page().querySelector<HTMLButtonElement>('[data-risk-id="b"] [data-testid="edit-risk"]')?.click();
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="risk-remove"]')?.click();
    await settle();

    const impact = apollo.expectOne('RemovalImpact');
    expect(impact.operation.variables).toEqual({ kind: 'Risk', id: 'b' });
    impact.flushData({
      removalImpact: { __typename: 'RemovalImpact', id: 'b', kind: 'Risk', title: 'Data silos', refusal: null, removedWithIt: [], unlinked: [], blockers: [] },
    });
    await settle();
    expect(document.body.textContent).toContain(
      'Remove “Data silos”? You can restore it from the program’s trash for 30 days.',
    );
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-ok"]')?.click();
    await settle(300);

    const removal = apollo.expectOne('DeleteRisk');
    expect(removal.operation.variables).toEqual({ input: { id: 'b', version: 1 } });
    removal.flushData({ deleteRisk: { __typename: 'TrashEntry', id: 'e1', kind: 'Risk', recordId: 'b', title: 'Data silos' } });
    await settle(300);

    expect(document.querySelector('[data-testid="risk-remove"]')).toBeNull();
    const reload = apollo.expectOne('RiskPage');
    reload.flushData(withRisks([risk('a', 'Lack of training', 4, 4, { source: 'ROLE', name: 'Tess' })]));
    await settle();
    expect(rows()).toEqual(['a']);

    document.querySelector<HTMLButtonElement>('.mat-mdc-snack-bar-container button')?.click();
    await settle(300);
    apollo.expectOne('RestoreRisk').flushData({ restoreRisk: { __typename: 'RestoredRecord', kind: 'Risk', id: 'b', title: 'Data silos' } });
    await settle();
    apollo.expectOne('RiskPage').flushData(withRisks([risk('a', 'Lack of training', 4, 4, { source: 'ROLE', name: 'Tess' }), risk('b', 'Data silos', 2, 3, { source: 'ASSIGNEE', name: 'Dana' })]));
    await settle();
    expect(rows()).toEqual(['a', 'b']);
  });
});

function withRisks(risks: ReturnType<typeof risk>[]) {
  return {
    project: { __typename: 'Project', id: 'p1', myPermission: 'EDITOR' },
    risks,
    riskHeatMap: [],
    roles: [{ __typename: 'Role', id: 'r1', key: 'TRAINER', name: 'Trainer' }],
  };
}
