import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { SelectionStore } from './selection.store';

/** Apollo hands results over in later macrotasks. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

const score = (vendorId: string, criterionId: string, value: number, version: number) => ({
  __typename: 'VendorScore',
  id: `sc-${vendorId}-${criterionId}`,
  vendorId,
  criterionId,
  score: value,
  comment: '',
  version,
});

function selectionPage() {
  return {
    project: { __typename: 'Project', id: 'p1', myPermission: 'EDITOR' },
    vendors: [
      { __typename: 'Vendor', id: 'acme', name: 'Acme CRM', product: '', notes: '', version: 1, scores: [score('acme', 'fit', 4, 3)] },
      { __typename: 'Vendor', id: 'globex', name: 'Globex', product: '', notes: '', version: 1, scores: [] },
    ],
    selectionCriteria: [
      { __typename: 'SelectionCriterion', id: 'fit', name: 'Functional fit', weight: 60, normalizedWeight: 1, version: 1, requirements: [] },
    ],
    selectionDecision: null,
    requirements: [],
  };
}

function analysis(acmeScore = 4, globexScore = 0) {
  return {
    vendorRanking: [
      { __typename: 'VendorRankEntry', rank: 1, score: acmeScore, unscoredCriteria: 0, vendor: { __typename: 'Vendor', id: 'acme', name: 'Acme CRM' } },
      { __typename: 'VendorRankEntry', rank: 2, score: globexScore, unscoredCriteria: 1, vendor: { __typename: 'Vendor', id: 'globex', name: 'Globex' } },
    ],
    selectionSensitivity: {
      __typename: 'SelectionSensitivity',
      stable: true,
      verdict: 'Acme CRM leads whichever single weight moves by 10%.',
      verdictMessage: { __typename: 'Message', code: 'SELECTION_LEAD_ROBUST', params: [{ __typename: 'MessageParam', name: 'leader1', value: 'Acme CRM' }], text: 'Acme CRM leads whichever single weight moves by 10%.' },
      leaders: [{ __typename: 'Vendor', id: 'acme', name: 'Acme CRM' }],
      flips: [],
    },
    unevaluatedRequirements: [],
    selectionCoverage: { __typename: 'SelectionCoverage', status: 'NO_REQUIREMENTS', requirementCount: 0, mustRequirementCount: 0, untracedMustCount: 0 },
  };
}

describe('SelectionStore', () => {
  let store: SelectionStore;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), SelectionStore] });
    store = TestBed.inject(SelectionStore);
    apollo = TestBed.inject(ApolloTestingController);

    store.open('p1');
    apollo.expectOne('SelectionPage').flushData(selectionPage());
    await settle();
    apollo.expectOne('SelectionAnalysis').flushData(analysis());
    await settle();
  });

  afterEach(() => apollo.verify());

  function cell(vendorId: string) {
    return store.matrix().rows[0].cells.find((c) => c.vendorId === vendorId);
  }

  it('shows a new score at once, saves it, then takes the server’s version and refreshes the ranking', async () => {
    store.setScore('globex', 'fit', 3.5);

    expect(cell('globex')).toMatchObject({ score: 3.5, pending: true });
    const save = apollo.expectOne('SelectionSetScore');
    expect(save.operation.variables).toEqual({ input: { vendorId: 'globex', criterionId: 'fit', score: 3.5, comment: '' } });

    save.flushData({ setScore: score('globex', 'fit', 3.5, 1) });
    await settle();

    expect(cell('globex')).toMatchObject({ score: 3.5, version: 1, pending: false });
    apollo.expectOne('SelectionAnalysis').flushData(analysis(4, 3.5));
    await settle();
    expect(store.weightedScores().get('globex')).toBe(3.5);
  });

  it('sends the version it read when changing an existing score', () => {
    store.setScore('acme', 'fit', 5);

    expect(apollo.expectOne('SelectionSetScore').operation.variables['input']).toMatchObject({ vendorId: 'acme', score: 5, version: 3 });
  });

  it('puts the old score back and offers to reload when someone else changed it first', async () => {
    store.setScore('acme', 'fit', 2);
    expect(cell('acme')?.score).toBe(2);

    apollo.expectOne('SelectionSetScore').graphqlErrors([{ message: 'This score was changed by someone else.', extensions: { code: 'CONFLICT' } }]);
    await settle();

    expect(cell('acme')).toMatchObject({ score: 4, version: 3, pending: false });
    expect(store.notice()).toMatchObject({ kind: 'problem', offerReload: true });

    store.reload();
    apollo.expectOne('SelectionPage').flushData(selectionPage());
    await settle();
    apollo.expectOne('SelectionAnalysis').flushData(analysis());
  });

  it('empties a first score again when the server refuses it, and says why beside the cell', async () => {
    store.setScore('globex', 'fit', 4.5);

    apollo.expectOne('SelectionSetScore').graphqlErrors([
      {
        message: 'Invalid input',
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'score', message: 'A score is 0 to 5 in steps of 0.5.' }] },
      },
    ]);
    await settle();

    expect(cell('globex')?.score).toBeNull();
    expect(store.cellErrors().get('globex/fit')).toBe('A score is 0 to 5 in steps of 0.5.');
    expect(store.notice()).toBeNull();
  });

  it('does not send a score the cell already has', () => {
    store.setScore('acme', 'fit', 4);

    apollo.expectNone('SelectionSetScore');
  });
});
