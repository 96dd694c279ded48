import { computed, inject, Injectable, signal } from '@angular/core';

import { map, Observable, Subscription, tap } from 'rxjs';

import {
  CreateCriterionInput,
  CreateVendorInput,
  RecordSelectionDecisionInput,
  SelectionAnalysisGQL,
  SelectionAnalysisQuery,
  SelectionCreateCriterionGQL,
  SelectionCreateVendorGQL,
  SelectionPageGQL,
  SelectionPageQuery,
  SelectionRecordDecisionGQL,
  SelectionSetScoreGQL,
  SelectionUpdateCriterionGQL,
  UpdateCriterionInput,
} from '@crm/graphql-client';

import { AreaStore, CallState, toggledSet } from '../shared/data/area-store';
import { fieldErrorsOf, hasErrorCode, userMessageOf } from '../shared/graphql/graphql-errors';
import { cellKey, Criterion, scoreMatrix, scoreOf, Vendor, withScore } from './score-matrix';

export type SelectionDecision = NonNullable<SelectionPageQuery['selectionDecision']>;
export type SelectionAnalysis = SelectionAnalysisQuery;

/**
 * The vendor evaluation of one project. Scores change in place: a new score shows at once and goes
 * back to the old one if the server refuses it. Whatever a score or a weight changes (the ranking,
 * the sensitivity check) is then loaded again from the API, which owns that maths.
 */
@Injectable()
export class SelectionStore extends AreaStore<SelectionPageQuery> {
  private readonly pageGQL = inject(SelectionPageGQL);
  private readonly analysisGQL = inject(SelectionAnalysisGQL);
  private readonly setScoreGQL = inject(SelectionSetScoreGQL);
  private readonly createVendorGQL = inject(SelectionCreateVendorGQL);
  private readonly createCriterionGQL = inject(SelectionCreateCriterionGQL);
  private readonly updateCriterionGQL = inject(SelectionUpdateCriterionGQL);
  private readonly recordDecisionGQL = inject(SelectionRecordDecisionGQL);

  protected readonly content = $localize`:@@selection.store.content:the evaluation`;
  protected readonly thing = $localize`:@@selection.store.thing:the evaluation`;

  private analysisRequest?: Subscription;

  /** The vendors and their scores as the page shows them, optimistic changes included. */
  readonly vendors = signal<readonly Vendor[]>([]);
  readonly analysis = signal<SelectionAnalysis | null>(null);
  readonly analysisLoad = signal<CallState>({ status: 'loading' });
  /** Score cells with a change on its way to the server. */
  readonly pendingCells = signal<ReadonlySet<string>>(new Set());
  /** Why a cell's last change was refused, by cell, until the cell changes again. */
  readonly cellErrors = signal<ReadonlyMap<string, string>>(new Map());
  /** Criteria whose weight change is on its way. */
  readonly savingWeights = signal<ReadonlySet<string>>(new Set());

  readonly criteria = computed<readonly Criterion[]>(() => this.data()?.selectionCriteria ?? []);
  readonly matrix = computed(() => scoreMatrix(this.vendors(), this.criteria(), this.pendingCells()));
  readonly decision = computed(() => this.data()?.selectionDecision ?? null);
  readonly requirements = computed(() => this.data()?.requirements ?? []);
  /** Weighted score by vendor, for the matrix's last row. */
  readonly weightedScores = computed(() => new Map((this.analysis()?.vendorRanking ?? []).map((entry) => [entry.vendor.id, entry.score])));

  protected override forget(): void {
    this.vendors.set([]);
    this.analysis.set(null);
  }

  /** Loads everything again: after a conflict, or when the user asks. */
  override reload(): void {
    this.cellErrors.set(new Map());
    super.reload();
  }

  /**
   * Gives a vendor a score on a criterion. The cell shows it at once; the server's answer brings the
   * new version, or the old score comes back with the reason it was refused.
   */
  setScore(vendorId: string, criterionId: string, score: number): void {
    const key = cellKey(vendorId, criterionId);
    if (this.pendingCells().has(key)) return;
    const before = scoreOf(this.vendors(), vendorId, criterionId);
    if (before?.score === score) return;
    this.setCellError(key, null);
    this.notice.set(null);
    this.vendors.update((vendors) =>
      // A first score has no id until the server answers with it.
      withScore(vendors, vendorId, criterionId, { id: before?.id ?? '', score, comment: before?.comment ?? '', version: before?.version ?? 0 }),
    );
    this.setPending(key, true);
    // A first score names no version: the API reads a null version as a stale one.
    const version = before ? { version: before.version } : {};
    this.setScoreGQL
      .mutate({ variables: { input: { vendorId, criterionId, score, comment: before?.comment ?? '', ...version } } })
      .subscribe({
        next: ({ data }) => {
          this.setPending(key, false);
          if (data) this.vendors.update((vendors) => withScore(vendors, vendorId, criterionId, data.setScore));
          this.fetchAnalysis();
        },
        error: (error: unknown) => {
          this.setPending(key, false);
          this.vendors.update((vendors) => withScore(vendors, vendorId, criterionId, before));
          if (hasErrorCode(error, 'BAD_USER_INPUT')) this.setCellError(key, fieldErrorsOf(error)[0]?.message ?? userMessageOf(error));
          else this.refused(error);
        },
      });
  }

  /** A cell's own problem, e.g. a score the client could not read. */
  setCellError(key: string, message: string | null): void {
    this.cellErrors.update((current) => {
      const next = new Map(current);
      if (message === null) next.delete(key);
      else next.set(key, message);
      return next;
    });
  }

  /** Changes how much a criterion counts; every criterion's share changes with it, so the page reloads. */
  setWeight(criterion: Criterion, weight: number): void {
    if (weight === criterion.weight || this.savingWeights().has(criterion.id)) return;
    this.notice.set(null);
    this.setSavingWeight(criterion.id, true);
    this.updateCriterionGQL.mutate({ variables: { input: { id: criterion.id, version: criterion.version, weight } } }).subscribe({
      next: () => {
        this.setSavingWeight(criterion.id, false);
        this.done($localize`:@@selection.store.weightSaved:“${criterion.name}:criterion:” now weighs ${weight}:weight:.`);
        this.fetch();
      },
      error: (error: unknown) => {
        this.setSavingWeight(criterion.id, false);
        this.refused(error);
      },
    });
  }

  /** Field errors reach the caller, for the dialog to place them. */
  createVendor(input: Omit<CreateVendorInput, 'projectId'>): Observable<Vendor> {
    return this.createVendorGQL.mutate({ variables: { input: { ...input, projectId: this.projectId } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@selection.store.noVendor:The server answered without the new vendor.`);
        return data.createVendor;
      }),
      tap((vendor) => this.changed($localize`:@@selection.store.vendorAdded:Added ${vendor.name}:vendor:. Score it against each criterion in the matrix.`)),
    );
  }

  createCriterion(input: Omit<CreateCriterionInput, 'projectId'>): Observable<Criterion> {
    return this.createCriterionGQL.mutate({ variables: { input: { ...input, projectId: this.projectId } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@selection.store.noCriterion:The server answered without the new criterion.`);
        return data.createCriterion;
      }),
      tap((criterion) => this.changed($localize`:@@selection.store.criterionAdded:Added the criterion “${criterion.name}:criterion:”.`)),
    );
  }

  updateCriterion(input: UpdateCriterionInput): Observable<Criterion> {
    return this.updateCriterionGQL.mutate({ variables: { input } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@selection.store.noSavedCriterion:The server answered without the saved criterion.`);
        return data.updateCriterion;
      }),
      tap((criterion) => this.changed($localize`:@@selection.store.criterionSaved:Saved the criterion “${criterion.name}:criterion:”.`)),
    );
  }

  recordDecision(input: Omit<RecordSelectionDecisionInput, 'projectId'>): Observable<SelectionDecision> {
    return this.recordDecisionGQL.mutate({ variables: { input: { ...input, projectId: this.projectId } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@selection.store.noDecision:The server answered without the decision.`);
        return data.recordSelectionDecision;
      }),
      tap((decision) => {
        this.data.update((data) => (data ? { ...data, selectionDecision: decision } : data));
        this.done($localize`:@@selection.store.decisionRecorded:Recorded the choice of ${decision.vendor.name}:vendor:. The “vendor selected” milestone is done.`);
      }),
    );
  }

  protected query() {
    return this.pageGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' });
  }

  protected override loaded(data: SelectionPageQuery): void {
    this.vendors.set(data.vendors);
    this.fetchAnalysis();
  }

  /** The ranking, the sensitivity check and the untraced MUST requirements, as they stand now. */
  fetchAnalysis(): void {
    this.analysisRequest?.unsubscribe();
    if (!this.analysis()) this.analysisLoad.set({ status: 'loading' });
    this.analysisRequest = this.analysisGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => {
        if (!data) return this.analysisLoad.set({ status: 'error', message: userMessageOf(null) });
        this.analysis.set(data);
        this.analysisLoad.set({ status: 'loaded' });
      },
      error: (error: unknown) => this.analysisLoad.set({ status: 'error', message: userMessageOf(error) }),
    });
  }

  private setPending(key: string, pending: boolean): void {
    this.pendingCells.update((current) => toggledSet(current, key, pending));
  }

  private setSavingWeight(id: string, saving: boolean): void {
    this.savingWeights.update((current) => toggledSet(current, id, saving));
  }
}
