import { computed, inject, Injectable, signal } from '@angular/core';

import { map, Observable, Subscription, tap } from 'rxjs';

import {
  CreateKpiInput,
  KpiCreateGQL,
  KpiPageGQL,
  KpiPageQuery,
  KpiRecordMeasurementGQL,
  KpiUpdateGQL,
  RecordKpiMeasurementInput,
  UpdateKpiInput,
} from '@crm/graphql-client';

import { todayIso } from '../shared/dates/calendar-days';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { Kpi, kpiValue } from './kpi-chart';
import type { PageNotice } from '../shared/ui/page-notice.component';

export type KpiLoad = { status: 'loading' } | { status: 'error'; message: string } | { status: 'loaded' };

export type KpiNotice = PageNotice;

export const STALE_KPI_MESSAGE =
  'Someone else changed this KPI since you loaded the page. Reload to see their changes, then make yours again.';

/**
 * The program's KPIs. Each change is answered with the KPI as the server now judges it (status,
 * trend, progress), which replaces the one on screen.
 */
@Injectable()
export class KpiStore {
  private readonly pageGQL = inject(KpiPageGQL);
  private readonly createGQL = inject(KpiCreateGQL);
  private readonly updateGQL = inject(KpiUpdateGQL);
  private readonly measureGQL = inject(KpiRecordMeasurementGQL);

  private projectId = '';
  private request?: Subscription;

  readonly data = signal<KpiPageQuery | null>(null);
  readonly load = signal<KpiLoad>({ status: 'loading' });
  readonly notice = signal<KpiNotice | null>(null);
  readonly today = signal(todayIso());

  readonly kpis = computed<readonly Kpi[]>(() => this.data()?.kpis ?? []);
  readonly canEdit = computed(() => {
    const permission = this.data()?.project.myPermission;
    return permission !== undefined && permission !== 'VIEWER';
  });

  open(projectId: string): void {
    if (projectId !== this.projectId) this.data.set(null);
    this.projectId = projectId;
    this.notice.set(null);
    this.fetch();
  }

  reload(): void {
    this.notice.set(null);
    this.fetch();
  }

  dismissNotice(): void {
    this.notice.set(null);
  }

  /** Field errors reach the caller, for the dialog to place them. */
  createKpi(input: Omit<CreateKpiInput, 'projectId'>): Observable<Kpi> {
    return this.createGQL.mutate({ variables: { input: { ...input, projectId: this.projectId } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error('The server answered without the new KPI.');
        return data.createKpi;
      }),
      tap((kpi) => {
        this.data.update((data) => (data ? { ...data, kpis: [...data.kpis, kpi] } : data));
        this.notice.set({ kind: 'done', message: `Added the KPI “${kpi.name}”. Record its first measurement when you have one.`, offerReload: false });
      }),
    );
  }

  updateKpi(input: UpdateKpiInput): Observable<Kpi> {
    return this.updateGQL.mutate({ variables: { input } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error('The server answered without the saved KPI.');
        return data.updateKpi;
      }),
      tap((kpi) => {
        this.replace(kpi);
        this.notice.set({ kind: 'done', message: `Saved “${kpi.name}”.`, offerReload: false });
      }),
    );
  }

  recordMeasurement(input: RecordKpiMeasurementInput): Observable<Kpi> {
    return this.measureGQL.mutate({ variables: { input } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error('The server answered without the KPI.');
        return data.recordKpiMeasurement;
      }),
      tap((kpi) => {
        this.replace(kpi);
        this.notice.set({ kind: 'done', message: `Recorded ${kpiValue(input.value, kpi.unit)} for “${kpi.name}”.`, offerReload: false });
      }),
    );
  }

  private replace(kpi: Kpi): void {
    this.data.update((data) => (data ? { ...data, kpis: data.kpis.map((k) => (k.id === kpi.id ? kpi : k)) } : data));
  }

  private fetch(): void {
    this.request?.unsubscribe();
    if (!this.data()) this.load.set({ status: 'loading' });
    this.request = this.pageGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => {
        if (!data) return this.load.set({ status: 'error', message: userMessageOf(null) });
        this.data.set(data);
        this.load.set({ status: 'loaded' });
      },
      error: (error: unknown) => {
        if (this.data()) {
          this.notice.set({ kind: 'problem', message: `We could not refresh the KPIs. ${userMessageOf(error)}`, offerReload: true });
        } else {
          this.load.set({ status: 'error', message: userMessageOf(error) });
        }
      },
    });
  }
}
