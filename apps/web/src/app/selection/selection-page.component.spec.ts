import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { provideEchartsCore } from 'ngx-echarts';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { gqlMessage } from '../shared/testing/graphql-message';
import { SelectionPageComponent } from './selection-page.component';
import type { RequirementCoverageStatus } from '@crm/graphql-client';

import { SelectionStore } from './selection.store';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const vendor = (id: string, name: string) => ({ __typename: 'Vendor', id, name });

describe('SelectionPageComponent', () => {
  // jsdom has no ResizeObserver, which the chart uses to follow the page's width.
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

  let fixture: ComponentFixture<SelectionPageComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      // jsdom has no canvas: ECharts is never loaded here, the chart only has to be on the page.
      providers: [provideZonelessChangeDetection(), provideEchartsCore({ echarts: () => new Promise(() => undefined) })],
    });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(SelectionPageComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    await fixture.whenStable();
    apollo.expectOne('SelectionPage').flushData({
      project: { __typename: 'Project', id: 'p1', myPermission: 'EDITOR' },
      vendors: [
        { ...vendor('acme', 'Acme CRM'), product: '', notes: '', version: 1, scores: [] },
        { ...vendor('globex', 'Globex'), product: '', notes: '', version: 1, scores: [] },
      ],
      selectionCriteria: [
        { __typename: 'SelectionCriterion', id: 'fit', name: 'Functional fit', weight: 1, normalizedWeight: 1, version: 1, requirements: [] },
      ],
      selectionDecision: null,
      requirements: [],
    });
    await settle();
    apollo.expectOne('SelectionAnalysis').flushData({
      vendorRanking: [
        { __typename: 'VendorRankEntry', rank: 1, score: 3.9, unscoredCriteria: 0, vendor: vendor('acme', 'Acme CRM') },
        { __typename: 'VendorRankEntry', rank: 2, score: 3.75, unscoredCriteria: 0, vendor: vendor('globex', 'Globex') },
      ],
      selectionSensitivity: {
        __typename: 'SelectionSensitivity',
        stable: false,
        // The English field is for API users: the page words the message, so this text must not show.
        verdict: 'English for API users',
        verdictMessage: gqlMessage('SELECTION_LEAD_FRAGILE', { leader1: 'Globex', criterion: 'Functional fit', change: 'DOWN', percent: '10' }, 'English for API users'),
        leaders: [vendor('acme', 'Acme CRM')],
        flips: [
          {
            __typename: 'WeightShift',
            changePercent: -10,
            criterion: { __typename: 'SelectionCriterion', id: 'fit', name: 'Functional fit' },
            leaders: [vendor('globex', 'Globex')],
          },
        ],
      },
      unevaluatedRequirements: [{ __typename: 'Requirement', id: 'q9', title: 'GDPR consent per contact', department: 'MARKETING' }],
      selectionCoverage: { __typename: 'SelectionCoverage', status: 'SOME_UNTRACED', requirementCount: 4, mustRequirementCount: 2, untracedMustCount: 1 },
    });
    await settle();
  });

  afterEach(() => apollo.verify());

  async function settle(ms = 0): Promise<void> {
    await wait(ms);
    await fixture.whenStable();
  }

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  it('ranks the vendors with their weighted scores, beside the chart', () => {
    const entries = [...page().querySelectorAll('[data-testid="ranking-entry"]')].map((e) => e.textContent?.replace(/\s+/g, ' ').trim());

    expect(entries).toEqual(['1. Acme CRM 3.9 of 5', '2. Globex 3.75 of 5']);
    expect(page().querySelector('[data-testid="ranking-chart"]')?.getAttribute('aria-label')).toContain('1. Acme CRM — 3.9 of 5');
  });

  it('warns that the lead is fragile and says which weight change flips it', () => {
    const verdict = page().querySelector<HTMLElement>('[data-testid="sensitivity-verdict"]');

    expect(verdict?.dataset['stable']).toBe('false');
    expect(verdict?.textContent).toContain('The lead is fragile: lowering the weight of "Functional fit" by 10% puts Globex in front.');
    expect(verdict?.textContent).not.toContain('English for API users');
    expect(verdict?.textContent).toContain('If “Functional fit” weighed 10% less, Globex would lead.');
  });

  it('lists the MUST requirements no criterion evaluates', () => {
    expect(page().querySelector('[data-testid="unevaluated-requirements"]')?.textContent).toContain('GDPR consent per contact');
  });

  it('says there are no requirements instead of claiming every MUST requirement is traced', async () => {
    const store = fixture.debugElement.injector.get(SelectionStore);
    const analysis = store.analysis();
    if (!analysis) throw new Error('The analysis should have loaded in beforeEach');
    store.analysis.set({
      ...analysis,
      unevaluatedRequirements: [],
      selectionCoverage: { status: 'NO_REQUIREMENTS' as RequirementCoverageStatus, requirementCount: 0, mustRequirementCount: 0, untracedMustCount: 0 },
    });
    await settle();

    const section = page().querySelector('[data-testid="unevaluated-requirements"]');
    expect(section?.querySelector('[data-testid="requirement-coverage"]')?.textContent).toContain('There are no requirements yet');
    expect(section?.textContent).not.toContain('traced to at least one criterion');
    expect(section?.querySelectorAll('[data-testid="unevaluated-requirement"]')).toHaveLength(0);
  });

  it('records the decision with its rationale, proposing the leader', async () => {
    const rationale = page().querySelector<HTMLTextAreaElement>('[data-testid="decision-rationale"]') as HTMLTextAreaElement;
    const decidedBy = page().querySelector<HTMLInputElement>('[data-testid="decision-decided-by"]') as HTMLInputElement;
    const date = page().querySelector<HTMLInputElement>('[data-testid="decision-date"]') as HTMLInputElement;
    rationale.value = 'Best fit for quoting; price within budget.';
    rationale.dispatchEvent(new Event('input'));
    decidedBy.value = 'Steering committee';
    decidedBy.dispatchEvent(new Event('input'));
    date.value = '2026-04-01';
    date.dispatchEvent(new Event('input'));
    page().querySelector<HTMLButtonElement>('[data-testid="record-decision"]')?.click();
    await settle();

    const request = apollo.expectOne('SelectionRecordDecision');
    expect(request.operation.variables).toEqual({
      input: { projectId: 'p1', vendorId: 'acme', rationale: 'Best fit for quoting; price within budget.', decidedBy: 'Steering committee', decidedOn: '2026-04-01' },
    });
    request.flushData({
      recordSelectionDecision: {
        __typename: 'SelectionDecision',
        vendor: vendor('acme', 'Acme CRM'),
        rationale: 'Best fit for quoting; price within budget.',
        decidedBy: 'Steering committee',
        decidedOn: '2026-04-01',
        recordedAt: '2026-04-01T10:00:00Z',
      },
    });
    await settle();

    expect(page().querySelector('[data-testid="current-decision"]')?.textContent).toContain('Acme CRM was selected by Steering committee');
  });
});
