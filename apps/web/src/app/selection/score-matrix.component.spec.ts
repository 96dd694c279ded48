import { ApplicationRef, Component, provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { ScoreMatrixComponent } from './score-matrix.component';
import { SelectionStore } from './selection.store';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

@Component({ imports: [ScoreMatrixComponent], providers: [SelectionStore], template: '<crm-score-matrix />' })
class HostComponent {}

describe('ScoreMatrixComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection()] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(HostComponent);
    const store = fixture.debugElement.injector.get(SelectionStore);
    store.open('p1');
    apollo.expectOne('SelectionPage').flushData({
      project: { __typename: 'Project', id: 'p1', myPermission: 'EDITOR' },
      vendors: [
        {
          __typename: 'Vendor',
          id: 'acme',
          name: 'Acme CRM',
          product: 'Acme Sales',
          notes: '',
          version: 1,
          scores: [{ __typename: 'VendorScore', id: 'sc-acme-fit', vendorId: 'acme', criterionId: 'fit', score: 4, comment: '', version: 2 }],
        },
      ],
      selectionCriteria: [
        { __typename: 'SelectionCriterion', id: 'fit', name: 'Functional fit', weight: 3, normalizedWeight: 0.75, version: 1, requirements: [] },
        { __typename: 'SelectionCriterion', id: 'cost', name: 'Total cost', weight: 1, normalizedWeight: 0.25, version: 1, requirements: [] },
      ],
      selectionDecision: null,
      requirements: [],
    });
    await settle();
    apollo.expectOne('SelectionAnalysis').flushData({
      vendorRanking: [],
      selectionSensitivity: { __typename: 'SelectionSensitivity', stable: true, verdict: '', verdictMessage: { __typename: 'Message', code: 'SELECTION_NOT_COMPARABLE', params: [], text: '' }, leaders: [], flips: [] },
      unevaluatedRequirements: [],
      selectionCoverage: { __typename: 'SelectionCoverage', status: 'NO_REQUIREMENTS', requirementCount: 0, mustRequirementCount: 0, untracedMustCount: 0 },
    });
    await settle();
  });

  afterEach(() => apollo.verify());

  async function settle(ms = 0): Promise<void> {
    await wait(ms);
    await fixture.whenStable();
    // The removal's confirmation lives outside the fixture.
    await TestBed.inject(ApplicationRef).whenStable();
  }

  function cellInput(vendorId: string, criterionId: string): HTMLInputElement {
    return (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(
      `[data-testid="score-cell"][data-vendor-id="${vendorId}"][data-criterion-id="${criterionId}"] input`,
    ) as HTMLInputElement;
  }

  it('shows each criterion with its share of the weight and each score in an input', () => {
    const shares = [...(fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="criterion-share"]')].map((c) => c.textContent?.trim());

    expect(shares).toEqual(['75%', '25%']);
    expect(cellInput('acme', 'fit').value).toBe('4');
    expect(cellInput('acme', 'cost').value).toBe('');
  });

  it('saves a typed score once when Enter is pressed and the cell is then left', async () => {
    const input = cellInput('acme', 'cost');
    input.value = '2.5';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    input.dispatchEvent(new Event('change'));
    input.dispatchEvent(new Event('blur'));
    await settle();

    const save = apollo.expectOne('SelectionSetScore');
    expect(save.operation.variables['input']).toEqual({ vendorId: 'acme', criterionId: 'cost', score: 2.5, comment: '' });
    save.flushData({ setScore: { __typename: 'VendorScore', id: 'sc-acme-cost', vendorId: 'acme', criterionId: 'cost', score: 2.5, comment: '', version: 1 } });
    await settle();
    apollo.expectOne('SelectionAnalysis');
  });

  it('removes a score when its cell is emptied, after the removal’s confirmation, under the version it read', async () => {
    const input = cellInput('acme', 'fit');
    input.value = '';
    input.dispatchEvent(new Event('change'));
    await settle();

    apollo.expectNone('SelectionSetScore');
    expect(input.value).toBe('4');
    const impact = apollo.expectOne('RemovalImpact');
    expect(impact.operation.variables).toEqual({ kind: 'Score', id: 'sc-acme-fit' });
    impact.flushData({
      removalImpact: { __typename: 'RemovalImpact', id: 'sc-acme-fit', kind: 'Score', title: 'Acme CRM · Fit', refusal: null, removedWithIt: [], unlinked: [], blockers: [] },
    });
    await settle();
    expect(document.querySelector('crm-confirm-dialog')?.textContent).toContain('Remove “Acme CRM on');
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-ok"]')?.click();
    await settle(300);

    const removal = apollo.expectOne('DeleteScore');
    expect(removal.operation.variables).toEqual({ input: { id: 'sc-acme-fit', version: 2 } });
    removal.flushData({ deleteScore: { __typename: 'TrashEntry', id: 't1', kind: 'Score', recordId: 'sc-acme-fit', title: 'Acme CRM · Fit' } });
    await settle();
  });

  it('refuses a score off the scale beside the cell, without sending it', async () => {
    const input = cellInput('acme', 'fit');
    input.value = '7';
    input.dispatchEvent(new Event('change'));
    await settle();

    apollo.expectNone('SelectionSetScore');
    expect(input.value).toBe('4');
    const cell = input.closest('[data-testid="score-cell"]') as HTMLElement;
    expect(cell.textContent).toContain('steps of half a point');

    input.dispatchEvent(new Event('blur'));
    await settle();
    expect(cell.textContent).toContain('steps of half a point');
  });

  it('changes a weight through the criterion, naming the version it read', async () => {
    const weight = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(
      '[data-criterion-id="cost"] [data-testid="criterion-weight"]',
    ) as HTMLInputElement;
    weight.value = '2';
    weight.dispatchEvent(new Event('change'));
    await settle();

    expect(apollo.expectOne('SelectionUpdateCriterion').operation.variables).toEqual({ input: { id: 'cost', version: 1, weight: 2 } });
  });
});
