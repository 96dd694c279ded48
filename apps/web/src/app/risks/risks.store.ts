import { computed, inject, Injectable, signal } from '@angular/core';

import { map, Observable, tap } from 'rxjs';

import { MAX_RISK_SCORE } from '@crm/domain';
import { CreateRiskInput, RiskCreateGQL, RiskPageGQL, RiskPageQuery, RiskRowFragment, RiskUpdateGQL, UpdateRiskInput } from '@crm/graphql-client';

import { AreaStore } from '../shared/data/area-store';
import { CellKey, heatMapRows, inCell } from './heat-map';

export type Risk = RiskRowFragment;

/**
 * The risk register of one project and its heat map. After a change the page is loaded again:
 * the heat map's counts are the API's, and a change of role can change who owns a risk.
 */
@Injectable()
export class RiskStore extends AreaStore<RiskPageQuery> {
  private readonly pageGQL = inject(RiskPageGQL);
  private readonly createGQL = inject(RiskCreateGQL);
  private readonly updateGQL = inject(RiskUpdateGQL);

  protected readonly content = $localize`:@@risks.store.content:the risks`;
  protected readonly thing = $localize`:@@risks.store.thing:this risk`;

  readonly includeClosed = signal(false);
  /** The heat map cell the list is filtered to, if any. */
  readonly cell = signal<CellKey | null>(null);

  readonly risks = computed<readonly Risk[]>(() => this.data()?.risks ?? []);
  readonly shown = computed(() => inCell(this.risks(), this.cell()));
  readonly heatMap = computed(() => heatMapRows(this.data()?.riskHeatMap ?? [], this.cell()));
  readonly roles = computed(() => [...(this.data()?.roles ?? [])].sort((a, b) => a.name.localeCompare(b.name)));

  protected override forget(): void {
    this.cell.set(null);
  }

  setIncludeClosed(include: boolean): void {
    this.includeClosed.set(include);
    this.fetch();
  }

  /** Filters the list to one cell; choosing the same cell again shows every risk. */
  toggleCell(cell: CellKey): void {
    const current = this.cell();
    this.cell.set(current && current.likelihood === cell.likelihood && current.impact === cell.impact ? null : cell);
  }

  /** Field errors reach the caller, for the dialog to place them. */
  createRisk(input: Omit<CreateRiskInput, 'projectId'>): Observable<Risk> {
    return this.createGQL.mutate({ variables: { input: { ...input, projectId: this.projectId } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@risks.store.noNew:The server answered without the new risk.`);
        return data.createRisk;
      }),
      tap((risk) => this.changed($localize`:@@risks.store.added:Added the risk “${risk.title}:title:” (score ${risk.score}:score: of ${MAX_RISK_SCORE}:max:).`)),
    );
  }

  updateRisk(input: UpdateRiskInput): Observable<Risk> {
    return this.updateGQL.mutate({ variables: { input } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@risks.store.noSaved:The server answered without the saved risk.`);
        return data.updateRisk;
      }),
      tap((risk) => {
        this.data.update((data) => (data ? { ...data, risks: data.risks.map((r) => (r.id === risk.id ? risk : r)) } : data));
        this.changed($localize`:@@risks.store.saved:Saved “${risk.title}:title:”.`);
      }),
    );
  }

  protected query() {
    const variables = { projectId: this.projectId, includeClosed: this.includeClosed() };
    return this.pageGQL.fetch({ variables, fetchPolicy: 'network-only' });
  }
}
