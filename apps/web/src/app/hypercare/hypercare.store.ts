import { computed, inject, Injectable, signal } from '@angular/core';

import { map, Observable, Subscription, tap } from 'rxjs';

import {
  CreateSupportItemInput,
  HypercarePageGQL,
  HypercarePageQuery,
  HypercareTargetInput,
  HypercareTargetsUpdateGQL,
  HypercareWaveGQL,
  HypercareWaveQuery,
  SupportItemCreateGQL,
  SupportItemUpdateGQL,
  UpdateSupportItemInput,
} from '@crm/graphql-client';

import { AreaStore, CallState } from '../shared/data/area-store';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { filteredItems, NO_FILTERS, SupportFilters, SupportItem, waveHasGoneLive } from './hypercare-view';

/**
 * Hypercare of one program: its waves and targets (the page query), and the chosen wave's support
 * items and exit verdict (a query of their own). After every change the wave is loaded again: the
 * exit verdict and the breach flags are the API's, as of the moment it answers.
 */
@Injectable()
export class HypercareStore extends AreaStore<HypercarePageQuery> {
  private readonly pageGQL = inject(HypercarePageGQL);
  private readonly waveGQL = inject(HypercareWaveGQL);
  private readonly createGQL = inject(SupportItemCreateGQL);
  private readonly updateGQL = inject(SupportItemUpdateGQL);
  private readonly targetsGQL = inject(HypercareTargetsUpdateGQL);
  private waveRequest?: Subscription;

  protected readonly content = $localize`:@@hypercare.page.what:hypercare`;
  protected readonly thing = $localize`:@@hypercare.item.thing:this support item`;

  /** The wave asked for in the address, if any; else the latest wave that went live. */
  readonly requestedWaveId = signal<string | null>(null);
  readonly waveData = signal<HypercareWaveQuery | null>(null);
  readonly waveLoad = signal<CallState>({ status: 'loading' });
  readonly filters = signal<SupportFilters>(NO_FILTERS);

  readonly waves = computed(() => this.data()?.rolloutWaves ?? []);
  readonly wave = computed(() => {
    const waves = this.waves();
    const asked = this.requestedWaveId();
    return waves.find((w) => w.id === asked) ?? [...waves].reverse().find(waveHasGoneLive) ?? waves[0] ?? null;
  });
  readonly live = computed(() => {
    const wave = this.wave();
    return wave !== null && waveHasGoneLive(wave);
  });
  readonly canLog = computed(() => this.canEdit() && this.wave()?.status === 'LIVE');
  readonly canEditTargets = computed(() => this.data()?.project.myPermission === 'OWNER');
  readonly items = computed<readonly SupportItem[]>(() => this.waveData()?.supportItems ?? []);
  readonly shown = computed(() => filteredItems(this.items(), this.filters()));
  readonly exit = computed(() => this.waveData()?.hypercareExit ?? null);
  readonly targets = computed(() => this.data()?.hypercareTargets ?? []);
  readonly roles = computed(() => [...(this.data()?.roles ?? [])].sort((a, b) => a.name.localeCompare(b.name)));

  protected override forget(): void {
    this.waveData.set(null);
    this.filters.set(NO_FILTERS);
  }

  protected override loaded(): void {
    this.fetchWave();
  }

  chooseWave(waveId: string): void {
    this.requestedWaveId.set(waveId);
    this.waveData.set(null);
    this.fetchWave();
  }

  setFilter<K extends keyof SupportFilters>(key: K, value: SupportFilters[K]): void {
    this.filters.update((f) => ({ ...f, [key]: value }));
  }

  createItem(input: Omit<CreateSupportItemInput, 'waveId'>): Observable<SupportItem> {
    const waveId = this.wave()?.id ?? '';
    return this.createGQL.mutate({ variables: { input: { ...input, waveId } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@hypercare.store.noNewItem:The server answered without the new support item.`);
        return data.createSupportItem;
      }),
      tap((item) => {
        this.done($localize`:@@hypercare.store.logged:Logged #${item.number}:number: “${item.title}:title:”.`);
        this.fetchWave();
      }),
    );
  }

  updateItem(input: UpdateSupportItemInput): Observable<SupportItem> {
    return this.updateGQL.mutate({ variables: { input } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@hypercare.store.noSavedItem:The server answered without the saved support item.`);
        return data.updateSupportItem;
      }),
      tap((item) => {
        this.done($localize`:@@hypercare.store.saved:Saved #${item.number}:number: “${item.title}:title:”.`);
        this.fetchWave();
      }),
    );
  }

  updateTargets(targets: HypercareTargetInput[]): Observable<unknown> {
    return this.targetsGQL.mutate({ variables: { input: { projectId: this.projectId, targets } } }).pipe(tap(() => this.changed($localize`:@@hypercare.store.targetsSaved:Saved the hypercare targets.`)));
  }

  protected override refreshForColleague(): void {
    this.fetch();
  }

  protected query() {
    return this.pageGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' });
  }

  private fetchWave(): void {
    const wave = this.wave();
    this.waveRequest?.unsubscribe();
    // Before go-live there is nothing to ask: the page says when hypercare starts.
    if (!wave || !waveHasGoneLive(wave)) return;
    if (!this.waveData()) this.waveLoad.set({ status: 'loading' });
    this.waveRequest = this.waveGQL.fetch({ variables: { waveId: wave.id }, fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => {
        if (!data) return this.waveLoad.set({ status: 'error', message: userMessageOf(null) });
        this.waveData.set(data);
        this.waveLoad.set({ status: 'loaded' });
      },
      error: (error: unknown) => this.waveLoad.set({ status: 'error', message: userMessageOf(error) }),
    });
  }
}
