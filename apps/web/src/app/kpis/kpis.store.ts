import { computed, inject, Injectable, signal } from '@angular/core';

import { map, Observable, tap } from 'rxjs';

import {
  CreateKpiInput,
  KpiCreateGQL,
  KpiDeleteMeasurementGQL,
  KpiPageGQL,
  KpiPageQuery,
  KpiRecordMeasurementGQL,
  KpiUpdateGQL,
  KpiUpdateMeasurementGQL,
  RecordKpiMeasurementInput,
  UpdateKpiInput,
  UpdateKpiMeasurementInput,
} from '@crm/graphql-client';

import { formatDay, todayIso } from '../shared/dates/calendar-days';
import { AreaStore } from '../shared/data/area-store';
import { RecordRemoval } from '../shared/trash/record-removal.service';
import { Kpi, KpiMeasurement, kpiValue } from './kpi-chart';

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
  private readonly correctGQL = inject(KpiUpdateMeasurementGQL);
  private readonly removeGQL = inject(KpiDeleteMeasurementGQL);
  private readonly removal = inject(RecordRemoval);

  protected readonly content = $localize`:@@kpis.page.what:the KPIs`;
  protected readonly thing = $localize`:@@kpis.kpi.thing:this KPI`;

  readonly today = signal(todayIso());

  readonly kpis = computed<readonly Kpi[]>(() => this.data()?.kpis ?? []);

  /** The program's roles, any of which can own a KPI. */
  readonly roles = computed<KpiPageQuery['roles']>(() => this.data()?.roles ?? []);

  /** Field errors reach the caller, for the dialog to place them. */
  createKpi(input: Omit<CreateKpiInput, 'projectId'>): Observable<Kpi> {
    return this.createGQL.mutate({ variables: { input: { ...input, projectId: this.projectId } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@kpis.store.noNewKpi:The server answered without the new KPI.`);
        return data.createKpi;
      }),
      tap((kpi) => {
        this.data.update((data) => (data ? { ...data, kpis: [...data.kpis, kpi] } : data));
        this.done($localize`:@@kpis.store.added:Added the KPI “${kpi.name}:name:”. Record its first measurement when you have one.`);
      }),
    );
  }

  updateKpi(input: UpdateKpiInput): Observable<Kpi> {
    return this.updateGQL.mutate({ variables: { input } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@kpis.store.noSavedKpi:The server answered without the saved KPI.`);
        return data.updateKpi;
      }),
      tap((kpi) => {
        this.replace(kpi);
        this.done($localize`:@@kpis.store.saved:Saved “${kpi.name}:name:”.`);
      }),
    );
  }

  recordMeasurement(input: RecordKpiMeasurementInput): Observable<Kpi> {
    return this.measureGQL.mutate({ variables: { input } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@kpis.store.noKpi:The server answered without the KPI.`);
        return data.recordKpiMeasurement;
      }),
      tap((kpi) => {
        this.replace(kpi);
        this.done($localize`:@@kpis.store.recorded:Recorded ${kpiValue(input.value, kpi.unit)}:value: for “${kpi.name}:name:”.`);
      }),
    );
  }

  correctMeasurement(input: UpdateKpiMeasurementInput): Observable<Kpi> {
    return this.correctGQL.mutate({ variables: { input } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@kpis.store.noKpi:The server answered without the KPI.`);
        return data.updateKpiMeasurement;
      }),
      tap((kpi) => {
        this.replace(kpi);
        this.done($localize`:@@kpis.store.corrected:Corrected the measurement to ${kpiValue(input.value, kpi.unit)}:value: for “${kpi.name}:name:”.`);
      }),
    );
  }

  /** A refusal (someone corrected or removed it first) is worded in the page notice. */
  removeMeasurement(measurement: KpiMeasurement): void {
    this.removeGQL.mutate({ variables: { input: { id: measurement.id, version: measurement.version } } }).subscribe({
      next: ({ data }) => {
        if (!data) return;
        const kpi = data.deleteKpiMeasurement;
        this.replace(kpi);
        const day = formatDay(measurement.measuredOn);
        const removed = $localize`:@@kpis.store.measurementRemoved:Removed the measurement of ${day}:day: from “${kpi.name}:name:”`;
        this.done($localize`:@@kpis.store.measurementRemovedToTrash:Removed the measurement of ${day}:day: from “${kpi.name}:name:”. It stays in the program’s trash for 30 days.`);
        this.removal.offerUndo('KpiMeasurement', measurement.id, `${kpi.name} · ${day}`, removed);
      },
      error: (error: unknown) => this.refused(error),
    });
  }

  private replace(kpi: Kpi): void {
    this.data.update((data) => (data ? { ...data, kpis: data.kpis.map((k) => (k.id === kpi.id ? kpi : k)) } : data));
  }

  protected query() {
    return this.pageGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' });
  }
}
