import { computed, inject, Injectable, signal } from '@angular/core';

import { map, Observable, Subscription, tap } from 'rxjs';

import {
  CreateRolloutWaveInput,
  RolloutAddReadinessItemGQL,
  RolloutCloseWaveGQL,
  RolloutCreateWaveGQL,
  RolloutGoLiveGQL,
  RolloutPageGQL,
  RolloutPageQuery,
  RolloutSetKeyUsersGQL,
  RolloutSetReadinessItemGQL,
  RolloutUpdateWaveGQL,
  RolloutWaveCardFragment,
  UpdateRolloutWaveInput,
} from '@crm/graphql-client';

import { todayIso } from '../shared/dates/calendar-days';
import { fieldErrorsOf, graphQLErrorsOf, hasErrorCode, userMessageOf } from '../shared/graphql/graphql-errors';
import { waveTimeline } from './wave-timeline';
import type { PageNotice } from '../shared/ui/page-notice.component';

export type RolloutWave = RolloutWaveCardFragment;
export type ReadinessItem = RolloutWave['readinessItems'][number];

export type RolloutLoad = { status: 'loading' } | { status: 'error'; message: string } | { status: 'loaded' };

export type RolloutNotice = PageNotice;

/** A problem with one wave, shown on its card: the go-live gate's open items, or a refused change. */
export interface WaveProblem {
  message: string;
  /** The readiness items still open, when the go-live gate refused. */
  blockers: readonly string[];
  offerReload: boolean;
}

export interface KeyUserChoice {
  id: string;
  name: string;
}

export const STALE_WAVE_MESSAGE =
  'Someone else changed this wave since you loaded the page. Reload to see their changes, then make yours again.';

/**
 * The rollout plan of one project: its waves by go-live date, their readiness and key users. Each
 * change is answered with the wave as the server now has it (status and readiness follow the
 * checklist), which replaces the one on screen. Provided by the rollout page and used by its cards.
 */
@Injectable()
export class RolloutStore {
  private readonly pageGQL = inject(RolloutPageGQL);
  private readonly createGQL = inject(RolloutCreateWaveGQL);
  private readonly updateGQL = inject(RolloutUpdateWaveGQL);
  private readonly addItemGQL = inject(RolloutAddReadinessItemGQL);
  private readonly setItemGQL = inject(RolloutSetReadinessItemGQL);
  private readonly keyUsersGQL = inject(RolloutSetKeyUsersGQL);
  private readonly goLiveGQL = inject(RolloutGoLiveGQL);
  private readonly closeGQL = inject(RolloutCloseWaveGQL);

  private projectId = '';
  private request?: Subscription;

  readonly data = signal<RolloutPageQuery | null>(null);
  readonly load = signal<RolloutLoad>({ status: 'loading' });
  readonly refreshing = signal(false);
  readonly notice = signal<RolloutNotice | null>(null);
  /** Waves with a change on its way to the server. */
  readonly busy = signal<ReadonlySet<string>>(new Set());
  /** Readiness items whose new state the server has not confirmed yet. */
  readonly pendingItems = signal<ReadonlySet<string>>(new Set());
  readonly problems = signal<ReadonlyMap<string, WaveProblem>>(new Map());
  /** Today where the user is; a signal so a test can pin it. */
  readonly today = signal(todayIso());

  readonly waves = computed<readonly RolloutWave[]>(() => this.data()?.rolloutWaves ?? []);
  readonly timeline = computed(() => waveTimeline(this.waves(), this.today()));
  readonly canEdit = computed(() => {
    const permission = this.data()?.project.myPermission;
    return permission !== undefined && permission !== 'VIEWER';
  });
  /** The people who hold the Key user role in this project: the only ones a wave can have as key users. */
  readonly keyUserChoices = computed<KeyUserChoice[]>(() => {
    const role = this.data()?.roles.find((r) => r.key === 'KEY_USER');
    const people = new Map((role?.holders ?? []).map((holder) => [holder.person.id, holder.person]));
    return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
  });

  open(projectId: string): void {
    if (projectId !== this.projectId) {
      this.data.set(null);
      this.problems.set(new Map());
    }
    this.projectId = projectId;
    this.notice.set(null);
    this.fetch();
  }

  reload(): void {
    this.notice.set(null);
    this.problems.set(new Map());
    this.fetch();
  }

  dismissNotice(): void {
    this.notice.set(null);
  }

  dismissProblem(waveId: string): void {
    this.problems.update((current) => {
      const next = new Map(current);
      next.delete(waveId);
      return next;
    });
  }

  /** Field errors reach the caller, for the dialog to place them. */
  createWave(input: Omit<CreateRolloutWaveInput, 'projectId'>): Observable<RolloutWave> {
    return this.createGQL.mutate({ variables: { input: { ...input, projectId: this.projectId } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error('The server answered without the new wave.');
        return data.createRolloutWave;
      }),
      tap((wave) => {
        this.fetch();
        this.notice.set({
          kind: 'done',
          message: `Planned ${wave.name} with a standard readiness checklist and a go-live milestone.`,
          offerReload: false,
        });
      }),
    );
  }

  updateWave(input: UpdateRolloutWaveInput): Observable<RolloutWave> {
    return this.updateGQL.mutate({ variables: { input } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error('The server answered without the saved wave.');
        return data.updateRolloutWave;
      }),
      tap((wave) => {
        this.replaceAndSort(wave);
        this.notice.set({ kind: 'done', message: `Saved ${wave.name}.`, offerReload: false });
      }),
    );
  }

  /** Moves the go-live date; the wave's milestone moves with it, and the plan is re-sorted. */
  setGoLiveDate(wave: RolloutWave, goLiveDate: string): void {
    if (goLiveDate === wave.goLiveDate) return;
    this.run(wave, this.updateGQL.mutate({ variables: { input: { id: wave.id, version: wave.version, goLiveDate } } }), (data) => {
      if (!data) return;
      this.replaceAndSort(data.updateRolloutWave);
      this.notice.set({ kind: 'done', message: `${wave.name} now goes live on the new date; its milestone moved with it.`, offerReload: false });
    });
  }

  /** Ticks or unticks a readiness item at once; it springs back if the server refuses. */
  setItem(wave: RolloutWave, item: ReadinessItem, done: boolean): void {
    if (this.pendingItems().has(item.id)) return;
    this.dismissProblem(wave.id);
    this.replace(withItem(wave, item.id, done));
    this.pendingItems.update((current) => toggledSet(current, item.id, true));
    this.setItemGQL.mutate({ variables: { input: { id: item.id, done } } }).subscribe({
      next: ({ data }) => {
        this.pendingItems.update((current) => toggledSet(current, item.id, false));
        if (data) this.replace(data.setReadinessItem.wave);
      },
      error: (error: unknown) => {
        this.pendingItems.update((current) => toggledSet(current, item.id, false));
        const current = this.waves().find((w) => w.id === wave.id);
        if (current) this.replace(withItem(current, item.id, !done));
        this.problemFor(wave.id, error);
      },
    });
  }

  /** Adds a check to the list; completes (true) once the server has it, so the card can clear its field. */
  addItem(wave: RolloutWave, label: string): Observable<boolean> {
    return new Observable<boolean>((subscriber) => {
      this.run(
        wave,
        this.addItemGQL.mutate({ variables: { input: { waveId: wave.id, label } } }),
        (data) => {
          if (data) this.replace(data.addReadinessItem.wave);
          subscriber.next(true);
          subscriber.complete();
        },
        () => {
          subscriber.next(false);
          subscriber.complete();
        },
      );
    });
  }

  setKeyUsers(wave: RolloutWave, personIds: readonly string[]): void {
    this.run(wave, this.keyUsersGQL.mutate({ variables: { input: { waveId: wave.id, personIds: [...personIds] } } }), (data) => {
      if (!data) return;
      this.replace(data.setWaveKeyUsers);
      const count = data.setWaveKeyUsers.keyUsers.length;
      const who = count === 0 ? 'no key users' : count === 1 ? 'one key user' : `${count} key users`;
      this.notice.set({ kind: 'done', message: `${wave.name} now has ${who}.`, offerReload: false });
    });
  }

  /** Takes a wave live; the gate refuses while readiness items are open, and the card lists them. */
  goLive(wave: RolloutWave): void {
    this.run(wave, this.goLiveGQL.mutate({ variables: { input: { waveId: wave.id, version: wave.version } } }), (data) => {
      if (!data) return;
      this.replace(data.goLive);
      this.notice.set({ kind: 'done', message: `${wave.name} is live. Its go-live milestone is done.`, offerReload: false });
    });
  }

  closeWave(wave: RolloutWave): void {
    this.run(wave, this.closeGQL.mutate({ variables: { input: { waveId: wave.id, version: wave.version } } }), (data) => {
      if (!data) return;
      this.replace(data.closeWave);
      this.notice.set({ kind: 'done', message: `${wave.name} is closed.`, offerReload: false });
    });
  }

  /** Runs one change to a wave: one at a time per wave, its problem shown on the card. */
  private run<T>(wave: RolloutWave, change: Observable<{ data?: T | null }>, done: (data: T | null | undefined) => void, failed?: () => void): void {
    if (this.busy().has(wave.id)) {
      failed?.();
      return;
    }
    this.dismissProblem(wave.id);
    this.notice.set(null);
    this.busy.update((current) => toggledSet(current, wave.id, true));
    change.subscribe({
      next: ({ data }) => {
        this.busy.update((current) => toggledSet(current, wave.id, false));
        done(data);
      },
      error: (error: unknown) => {
        this.busy.update((current) => toggledSet(current, wave.id, false));
        this.problemFor(wave.id, error);
        failed?.();
      },
    });
  }

  private problemFor(waveId: string, error: unknown): void {
    this.problems.update((current) => new Map(current).set(waveId, waveProblemOf(error)));
  }

  private replace(wave: RolloutWave): void {
    this.data.update((data) => (data ? { ...data, rolloutWaves: data.rolloutWaves.map((w) => (w.id === wave.id ? wave : w)) } : data));
  }

  private replaceAndSort(wave: RolloutWave): void {
    this.replace(wave);
    this.data.update((data) =>
      data ? { ...data, rolloutWaves: [...data.rolloutWaves].sort((a, b) => a.goLiveDate.localeCompare(b.goLiveDate)) } : data,
    );
  }

  private fetch(): void {
    this.request?.unsubscribe();
    if (this.data()) this.refreshing.set(true);
    else this.load.set({ status: 'loading' });
    this.request = this.pageGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => {
        this.refreshing.set(false);
        if (!data) return this.load.set({ status: 'error', message: userMessageOf(null) });
        this.data.set(data);
        this.load.set({ status: 'loaded' });
      },
      error: (error: unknown) => {
        this.refreshing.set(false);
        if (this.data()) {
          this.notice.set({ kind: 'problem', message: `We could not refresh the rollout plan. ${userMessageOf(error)}`, offerReload: true });
        } else {
          this.load.set({ status: 'error', message: userMessageOf(error) });
        }
      },
    });
  }
}

function toggledSet(current: ReadonlySet<string>, key: string, present: boolean): ReadonlySet<string> {
  const next = new Set(current);
  if (present) next.add(key);
  else next.delete(key);
  return next;
}

/** The wave with one readiness item ticked or unticked, and its readiness share to match. */
export function withItem(wave: RolloutWave, itemId: string, done: boolean): RolloutWave {
  const readinessItems = wave.readinessItems.map((item) => (item.id === itemId ? { ...item, done } : item));
  const checked = readinessItems.filter((item) => item.done).length;
  return { ...wave, readinessItems, readiness: readinessItems.length === 0 ? 0 : checked / readinessItems.length };
}

/** The go-live gate's open items as the API lists them in `extensions.blockers`. */
export function gateBlockersOf(error: unknown): string[] {
  const gate = graphQLErrorsOf(error).find((e) => e.extensions?.['code'] === 'GATE_BLOCKED');
  const blockers = gate?.extensions?.['blockers'];
  return Array.isArray(blockers) ? blockers.filter((b): b is string => typeof b === 'string') : [];
}

export function waveProblemOf(error: unknown): WaveProblem {
  if (hasErrorCode(error, 'GATE_BLOCKED')) {
    const blockers = gateBlockersOf(error);
    return {
      message: blockers.length > 0 ? 'This wave cannot go live yet. Still open on its readiness checklist:' : userMessageOf(error),
      blockers,
      offerReload: false,
    };
  }
  if (hasErrorCode(error, 'CONFLICT') || hasErrorCode(error, 'NOT_FOUND')) {
    // A conflict here can also be a plain fact ("already live"): the API's sentence says which.
    const message = graphQLErrorsOf(error)[0]?.message;
    return { message: message ? `${message} Reload to see the wave as it is now.` : STALE_WAVE_MESSAGE, blockers: [], offerReload: true };
  }
  if (hasErrorCode(error, 'FORBIDDEN')) {
    return { message: 'You can view this rollout plan but not change it.', blockers: [], offerReload: false };
  }
  const fields = fieldErrorsOf(error);
  return { message: fields.length > 0 ? fields.map((f) => f.message).join(' ') : userMessageOf(error), blockers: [], offerReload: false };
}
