import { computed, inject, Injectable, signal } from '@angular/core';

import { map, Observable, tap } from 'rxjs';

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
import { AreaStore, toggledSet } from '../shared/data/area-store';
import { changeProblemOf } from '../shared/graphql/change-problems';
import { waveTimeline } from './wave-timeline';

export type RolloutWave = RolloutWaveCardFragment;
export type ReadinessItem = RolloutWave['readinessItems'][number];

/** A problem with one wave, shown on its card: the go-live gate's open items, or a refused change. */
export interface WaveProblem {
  message: string;
  /** The readiness items still open when the go-live gate refused, or why hypercare cannot end when closing was refused. */
  blockers: readonly string[];
  /** What to do about the blockers. */
  advice: string;
  offerReload: boolean;
}

/** The two gates of a wave: going live (its readiness list) and closing (its hypercare exit). */
export type WaveGate = 'GO_LIVE' | 'CLOSE';

export interface KeyUserChoice {
  id: string;
  name: string;
}

/**
 * The rollout plan of one project: its waves by go-live date, their readiness and key users. Each
 * change is answered with the wave as the server now has it (status and readiness follow the
 * checklist), which replaces the one on screen. Provided by the rollout page and used by its cards.
 */
@Injectable()
export class RolloutStore extends AreaStore<RolloutPageQuery> {
  private readonly pageGQL = inject(RolloutPageGQL);
  private readonly createGQL = inject(RolloutCreateWaveGQL);
  private readonly updateGQL = inject(RolloutUpdateWaveGQL);
  private readonly addItemGQL = inject(RolloutAddReadinessItemGQL);
  private readonly setItemGQL = inject(RolloutSetReadinessItemGQL);
  private readonly keyUsersGQL = inject(RolloutSetKeyUsersGQL);
  private readonly goLiveGQL = inject(RolloutGoLiveGQL);
  private readonly closeGQL = inject(RolloutCloseWaveGQL);

  protected readonly content = $localize`:@@rollout.page.what:the rollout plan`;
  protected readonly thing = $localize`:@@rollout.wave.thing:this wave`;

  /** Waves with a change on its way to the server. */
  readonly busy = signal<ReadonlySet<string>>(new Set());
  /** Readiness items whose new state the server has not confirmed yet. */
  readonly pendingItems = signal<ReadonlySet<string>>(new Set());
  readonly problems = signal<ReadonlyMap<string, WaveProblem>>(new Map());
  /** Today where the user is; a signal so a test can pin it. */
  readonly today = signal(todayIso());

  readonly waves = computed<readonly RolloutWave[]>(() => this.data()?.rolloutWaves ?? []);
  readonly timeline = computed(() => waveTimeline(this.waves(), this.today()));
  /** The people who hold the Key user role in this project: the only ones a wave can have as key users. */
  readonly keyUserChoices = computed<KeyUserChoice[]>(() => {
    const role = this.data()?.roles.find((r) => r.key === 'KEY_USER');
    const people = new Map((role?.holders ?? []).map((holder) => [holder.person.id, holder.person]));
    return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
  });

  protected override forget(): void {
    this.problems.set(new Map());
  }

  override reload(): void {
    this.problems.set(new Map());
    super.reload();
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
        if (!data) throw new Error($localize`:@@rollout.store.noNewWave:The server answered without the new wave.`);
        return data.createRolloutWave;
      }),
      tap((wave) => {
        this.changed($localize`:@@rollout.store.planned:Planned ${wave.name}:name: with a standard readiness checklist and a go-live milestone.`);
      }),
    );
  }

  updateWave(input: UpdateRolloutWaveInput): Observable<RolloutWave> {
    return this.updateGQL.mutate({ variables: { input } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@rollout.store.noSavedWave:The server answered without the saved wave.`);
        return data.updateRolloutWave;
      }),
      tap((wave) => {
        this.replaceAndSort(wave);
        this.done($localize`:@@rollout.store.saved:Saved ${wave.name}:name:.`);
      }),
    );
  }

  /** Moves the go-live date; the wave's milestone moves with it, and the plan is re-sorted. */
  setGoLiveDate(wave: RolloutWave, goLiveDate: string): void {
    if (goLiveDate === wave.goLiveDate) return;
    this.run(wave, this.updateGQL.mutate({ variables: { input: { id: wave.id, version: wave.version, goLiveDate } } }), (data) => {
      if (!data) return;
      this.replaceAndSort(data.updateRolloutWave);
      this.done($localize`:@@rollout.store.dateMoved:${wave.name}:name: now goes live on the new date; its milestone moved with it.`);
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
        this.problemFor(wave.id, error, 'GO_LIVE');
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
      const name = wave.name;
      this.done(
        count === 0
          ? $localize`:@@rollout.store.keyUsersNone:${name}:name: now has no key users.`
          : count === 1
            ? $localize`:@@rollout.store.keyUsersOne:${name}:name: now has one key user.`
            : $localize`:@@rollout.store.keyUsersMany:${name}:name: now has ${count}:count: key users.`,
      );
    });
  }

  /** Takes a wave live; the gate refuses while readiness items are open, and the card lists them. */
  goLive(wave: RolloutWave): void {
    this.run(wave, this.goLiveGQL.mutate({ variables: { input: { waveId: wave.id, version: wave.version } } }), (data) => {
      if (!data) return;
      this.replace(data.goLive);
      this.done($localize`:@@rollout.store.live:${wave.name}:name: is live. Its go-live milestone is done.`);
    });
  }

  closeWave(wave: RolloutWave): void {
    this.run(
      wave,
      this.closeGQL.mutate({ variables: { input: { waveId: wave.id, version: wave.version } } }),
      (data) => {
        if (!data) return;
        this.replace(data.closeWave);
        this.done($localize`:@@rollout.store.closed:${wave.name}:name: is closed.`);
      },
      undefined,
      'CLOSE',
    );
  }

  /** Runs one change to a wave: one at a time per wave, its problem shown on the card. */
  private run<T>(wave: RolloutWave, change: Observable<{ data?: T | null }>, done: (data: T | null | undefined) => void, failed?: () => void, gate: WaveGate = 'GO_LIVE'): void {
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
        this.problemFor(wave.id, error, gate);
        failed?.();
      },
    });
  }

  private problemFor(waveId: string, error: unknown, gate: WaveGate): void {
    this.problems.update((current) => new Map(current).set(waveId, waveProblemOf(error, gate)));
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

  protected query() {
    return this.pageGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' });
  }
}

/** The wave with one readiness item ticked or unticked, and its readiness share to match. */
export function withItem(wave: RolloutWave, itemId: string, done: boolean): RolloutWave {
  const readinessItems = wave.readinessItems.map((item) => (item.id === itemId ? { ...item, done } : item));
  const checked = readinessItems.filter((item) => item.done).length;
  return { ...wave, readinessItems, readiness: readinessItems.length === 0 ? 0 : checked / readinessItems.length };
}

/** A refused change to a wave, as its card shows it. */
export function waveProblemOf(error: unknown, gate: WaveGate = 'GO_LIVE'): WaveProblem {
  const problem = changeProblemOf(error, $localize`:@@rollout.wave.thing:this wave`);
  const blocked = problem.kind === 'gate-blocked' && problem.blockers.length > 0;
  const closing = gate === 'CLOSE';
  return {
    message: !blocked
      ? problem.message
      : closing
        ? $localize`:@@rollout.problem.closeBlocked:Hypercare cannot end yet, so the wave stays live:`
        : $localize`:@@rollout.problem.goLiveBlocked:This wave cannot go live yet. Still open on its readiness checklist:`,
    blockers: problem.blockers,
    advice: closing
      ? $localize`:@@rollout.problem.closeAdvice:The Hypercare page shows its support items; close the wave once they allow it.`
      : $localize`:@@rollout.problem.goLiveAdvice:Tick them off when they are done, then try again.`,
    offerReload: problem.offerReload,
  };
}
