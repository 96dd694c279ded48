import { computed, inject, Injectable, signal } from '@angular/core';

import { map, Observable, Subscription, tap } from 'rxjs';

import { CreateRiskInput, RiskCreateGQL, RiskPageGQL, RiskPageQuery, RiskRowFragment, RiskUpdateGQL, UpdateRiskInput } from '@crm/graphql-client';

import { userMessageOf } from '../shared/graphql/graphql-errors';
import { CellKey, heatMapRows, inCell } from './heat-map';
import type { PageNotice } from '../shared/ui/page-notice.component';

export type Risk = RiskRowFragment;
export type RiskLoad = { status: 'loading' } | { status: 'error'; message: string } | { status: 'loaded' };

export type RiskNotice = PageNotice;

export const STALE_RISK_MESSAGE =
  'Someone else changed this risk since you loaded the page. Reload to see their changes, then make yours again.';

/**
 * The risk register of one project and its heat map. After a change the page is loaded again:
 * the heat map's counts are the API's, and a change of role can change who owns a risk.
 */
@Injectable()
export class RiskStore {
  private readonly pageGQL = inject(RiskPageGQL);
  private readonly createGQL = inject(RiskCreateGQL);
  private readonly updateGQL = inject(RiskUpdateGQL);

  private projectId = '';
  private request?: Subscription;

  readonly data = signal<RiskPageQuery | null>(null);
  readonly load = signal<RiskLoad>({ status: 'loading' });
  readonly refreshing = signal(false);
  readonly notice = signal<RiskNotice | null>(null);
  readonly includeClosed = signal(false);
  /** The heat map cell the list is filtered to, if any. */
  readonly cell = signal<CellKey | null>(null);

  readonly risks = computed<readonly Risk[]>(() => this.data()?.risks ?? []);
  readonly shown = computed(() => inCell(this.risks(), this.cell()));
  readonly heatMap = computed(() => heatMapRows(this.data()?.riskHeatMap ?? [], this.cell()));
  readonly roles = computed(() => [...(this.data()?.roles ?? [])].sort((a, b) => a.name.localeCompare(b.name)));
  readonly canEdit = computed(() => {
    const permission = this.data()?.project.myPermission;
    return permission !== undefined && permission !== 'VIEWER';
  });

  open(projectId: string): void {
    if (projectId !== this.projectId) {
      this.data.set(null);
      this.cell.set(null);
    }
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
        if (!data) throw new Error('The server answered without the new risk.');
        return data.createRisk;
      }),
      tap((risk) => this.changed(`Added the risk “${risk.title}” (score ${risk.score} of 25).`)),
    );
  }

  updateRisk(input: UpdateRiskInput): Observable<Risk> {
    return this.updateGQL.mutate({ variables: { input } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error('The server answered without the saved risk.');
        return data.updateRisk;
      }),
      tap((risk) => {
        this.data.update((data) => (data ? { ...data, risks: data.risks.map((r) => (r.id === risk.id ? risk : r)) } : data));
        this.changed(`Saved “${risk.title}”.`);
      }),
    );
  }

  private changed(message: string): void {
    this.notice.set({ kind: 'done', message, offerReload: false });
    this.fetch();
  }

  private fetch(): void {
    this.request?.unsubscribe();
    if (this.data()) this.refreshing.set(true);
    else this.load.set({ status: 'loading' });
    const variables = { projectId: this.projectId, includeClosed: this.includeClosed() };
    this.request = this.pageGQL.fetch({ variables, fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => {
        this.refreshing.set(false);
        if (!data) return this.load.set({ status: 'error', message: userMessageOf(null) });
        this.data.set(data);
        this.load.set({ status: 'loaded' });
      },
      error: (error: unknown) => {
        this.refreshing.set(false);
        if (this.data()) {
          this.notice.set({ kind: 'problem', message: `We could not refresh the risks. ${userMessageOf(error)}`, offerReload: true });
        } else {
          this.load.set({ status: 'error', message: userMessageOf(error) });
        }
      },
    });
  }
}
