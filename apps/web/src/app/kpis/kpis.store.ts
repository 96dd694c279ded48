import { computed, inject, Injectable, signal } from '@angular/core';

import { map, Observable, tap } from 'rxjs';

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
import { AreaStore } from '../shared/data/area-store';
import { Kpi, kpiValue } from './kpi-chart';

/**
 * The program's KPIs. Each change is answered with the KPI as the server now judges it (status,
 * trend, progress), which replaces the one on screen.
 */
@Injectable()
export class KpiStore extends AreaStore<KpiPageQuery> {
  private readonly pageGQL = inject(KpiPageGQL);
  private readonly createGQL = inject(KpiCreateGQL);
  private readonly updateGQL = inject(KpiUpdateGQL);
  private readonly measureGQL = inject(KpiRecordMeasurementGQL);

  protected readonly content = 'the KPIs';
  protected readonly thing = 'this KPI';

  readonly today = signal(todayIso());

  readonly kpis = computed<readonly Kpi[]>(() => this.data()?.kpis ?? []);

  /** Field errors reach the caller, for the dialog to place them. */
  createKpi(input: Omit<CreateKpiInput, 'projectId'>): Observable<Kpi> {
    return this.createGQL.mutate({ variables: { input: { ...input, projectId: this.projectId } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error('The server answered without the new KPI.');
        return data.createKpi;
      }),
      tap((kpi) => {
        this.data.update((data) => (data ? { ...data, kpis: [...data.kpis, kpi] } : data));
        this.done(`Added the KPI “${kpi.name}”. Record its first measurement when you have one.`);
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
        this.done(`Saved “${kpi.name}”.`);
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
        this.done(`Recorded ${kpiValue(input.value, kpi.unit)} for “${kpi.name}”.`);
      }),
    );
  }

  private replace(kpi: Kpi): void {
    this.data.update((data) => (data ? { ...data, kpis: data.kpis.map((k) => (k.id === kpi.id ? kpi : k)) } : data));
  }

  protected query() {
    return this.pageGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' });
  }
}
