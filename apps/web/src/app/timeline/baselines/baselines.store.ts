import { computed, inject, Injectable, signal } from '@angular/core';

import { map, Observable, Subscription, tap } from 'rxjs';

import { BaselineVarianceGQL, BaselineVarianceQuery, SaveBaselineGQL, SaveBaselineMutation, TimelineBaselinesGQL, TimelineBaselinesQuery } from '@crm/graphql-client';

import { AreaStore, CallState } from '../../shared/data/area-store';
import { userMessageOf } from '../../shared/graphql/graphql-errors';

export type Baseline = TimelineBaselinesQuery['baselines'][number];
export type VarianceRow = BaselineVarianceQuery['baselineVariance'][number];

/** The program's baselines, and the variance of the one picked against today's plan. */
@Injectable()
export class BaselinesStore extends AreaStore<TimelineBaselinesQuery> {
  private readonly listGQL = inject(TimelineBaselinesGQL);
  private readonly saveGQL = inject(SaveBaselineGQL);
  private readonly varianceGQL = inject(BaselineVarianceGQL);
  private varianceRequest?: Subscription;

  protected readonly content = $localize`:@@baselines.store.content:the baselines`;
  protected readonly thing = $localize`:@@baselines.store.thing:this baseline`;

  readonly baselines = computed<readonly Baseline[]>(() => this.data()?.baselines ?? []);
  readonly selectedId = signal<string | null>(null);
  readonly selected = computed(() => this.baselines().find((b) => b.id === this.selectedId()) ?? null);
  readonly variance = signal<readonly VarianceRow[]>([]);
  readonly varianceLoad = signal<CallState>({ status: 'loading' });

  protected query(): Observable<{ data?: TimelineBaselinesQuery }> {
    return this.listGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' });
  }

  /** Opens on the newest baseline, or keeps the one picked while it still exists. */
  protected override loaded(data: TimelineBaselinesQuery): void {
    const keep = data.baselines.find((b) => b.id === this.selectedId());
    this.select(keep?.id ?? data.baselines[0]?.id ?? null);
  }

  protected override forget(): void {
    this.varianceRequest?.unsubscribe();
    this.selectedId.set(null);
    this.variance.set([]);
  }

  /** Shows the variance of `baselineId` (always asked again: the plan may have moved since). */
  select(baselineId: string | null): void {
    this.selectedId.set(baselineId);
    this.varianceRequest?.unsubscribe();
    this.variance.set([]);
    if (!baselineId) return this.varianceLoad.set({ status: 'loaded' });
    this.varianceLoad.set({ status: 'loading' });
    this.varianceRequest = this.varianceGQL.fetch({ variables: { baselineId }, fetchPolicy: 'no-cache' }).subscribe({
      next: ({ data }) => {
        if (!data) return this.varianceLoad.set({ status: 'error', message: userMessageOf(null) });
        this.variance.set(data.baselineVariance);
        this.varianceLoad.set({ status: 'loaded' });
      },
      error: (error: unknown) => this.varianceLoad.set({ status: 'error', message: userMessageOf(error) }),
    });
  }

  /** Field errors reach the caller, for the dialog to place them; the new baseline is picked. */
  save(name: string): Observable<SaveBaselineMutation['saveBaseline']> {
    return this.saveGQL.mutate({ variables: { input: { projectId: this.projectId, name } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@baselines.store.noNew:The server answered without the new baseline.`);
        return data.saveBaseline;
      }),
      tap((baseline) => {
        this.data.update((data) => (data ? { ...data, baselines: [baseline, ...data.baselines] } : data));
        this.done($localize`:@@baselines.store.saved:Saved today’s plan as “${baseline.name}:name:”: ${baseline.itemCount}:count: tasks and milestones.`);
        this.select(baseline.id);
      }),
    );
  }

  reloadVariance(): void {
    this.select(this.selectedId());
  }
}
