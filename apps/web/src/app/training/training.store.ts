import { computed, inject, Injectable, signal } from '@angular/core';

import { map, Observable, Subscription, tap } from 'rxjs';

import { CADENCE_MIN_SESSIONS } from '@crm/domain';
import {
  AttendanceEntryInput,
  RecordUsageReviewInput,
  ScheduleRetrainingInput,
  ScheduleTrainingSessionInput,
  TrainingAttendanceCsvGQL,
  TrainingCancelSessionGQL,
  TrainingFeedTokenGQL,
  TrainingPageGQL,
  TrainingPageQuery,
  TrainingRecordAttendanceGQL,
  TrainingRecordUsageReviewGQL,
  TrainingResetFeedTokenGQL,
  TrainingScheduleRetrainingGQL,
  TrainingScheduleSessionGQL,
  TrainingSessionDetailFragment,
  TrainingSuggestionsGQL,
  TrainingSuggestionsQuery,
  TrainingWaveGQL,
  TrainingWaveQuery,
} from '@crm/graphql-client';

import { todayIso } from '../shared/dates/calendar-days';
import { AreaStore } from '../shared/data/area-store';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { localDay } from './session-time';
import { CalendarMonth, monthLayout, monthOf, monthToShow } from './training-calendar';
import { USER_TIME_ZONE } from '../shared/format/user-time-zone';

export type TrainingSession = TrainingSessionDetailFragment;
export type TrainingWave = TrainingPageQuery['rolloutWaves'][number];
export type Compliance = TrainingWaveQuery['trainingCompliance'];
export type RetrainingEntry = TrainingWaveQuery['retrainingList'][number];
export type SuggestedSession = TrainingSuggestionsQuery['suggestTrainingSchedule'][number];

/** What the page knows about one wave's training. */
export type WaveTraining =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'loaded'; sessions: readonly TrainingSession[]; compliance: Compliance; retraining: readonly RetrainingEntry[] };

export interface PersonOption {
  id: string;
  name: string;
}

/** A session as the calendar shows it: with the wave it belongs to. */
export interface CalendarSession {
  session: TrainingSession;
  waveId: string;
  waveName: string;
  /** Which of the wave colours to draw it in. */
  colour: number;
  startsAt: string;
  timeZone: string;
}

export const ALL_WAVES = 'all';

/** The number of distinct wave colours the calendar has; later waves reuse them. */
export const WAVE_COLOURS = 6;

/**
 * Training follow-through for one project: the rollout waves, each wave's sessions, cadence
 * compliance and re-training list, and the changes a trainer makes. After every change the wave
 * is loaded again, because compliance and the re-training list are the API's to judge.
 */
@Injectable()
export class TrainingStore extends AreaStore<TrainingPageQuery> {
  private readonly pageGQL = inject(TrainingPageGQL);
  private readonly waveGQL = inject(TrainingWaveGQL);
  private readonly suggestionsGQL = inject(TrainingSuggestionsGQL);
  private readonly csvGQL = inject(TrainingAttendanceCsvGQL);
  private readonly feedTokenGQL = inject(TrainingFeedTokenGQL);
  private readonly resetFeedTokenGQL = inject(TrainingResetFeedTokenGQL);
  private readonly scheduleGQL = inject(TrainingScheduleSessionGQL);
  private readonly cancelGQL = inject(TrainingCancelSessionGQL);
  private readonly attendanceGQL = inject(TrainingRecordAttendanceGQL);
  private readonly retrainingGQL = inject(TrainingScheduleRetrainingGQL);
  private readonly usageReviewGQL = inject(TrainingRecordUsageReviewGQL);

  protected readonly content = 'the training plan';
  protected readonly thing = 'this session';

  private readonly waveRequests = new Map<string, Subscription>();
  /** Set once the calendar has opened on a month, so refreshes do not move it under the user. */
  private monthChosen = false;

  readonly waveData = signal<ReadonlyMap<string, WaveTraining>>(new Map());
  readonly selected = signal<string>(ALL_WAVES);
  readonly month = signal<CalendarMonth>(monthOf(todayIso()));
  readonly feedToken = signal<{ status: 'loading' } | { status: 'error'; message: string } | { status: 'loaded'; token: string }>({
    status: 'loading',
  });
  /** Today where the user is; a signal so a test can pin it. */
  readonly today = signal(todayIso());
  /** The viewer's zone (profile, else browser) when the page opened. */
  readonly viewerZone = inject(USER_TIME_ZONE)();

  readonly waves = computed<readonly TrainingWave[]>(() => this.data()?.rolloutWaves ?? []);
  readonly visibleWaves = computed(() => {
    const selected = this.selected();
    const waves = this.waves();
    return selected === ALL_WAVES ? waves : waves.filter((wave) => wave.id === selected);
  });
  /** The people holding the Trainer role: the only ones a session can have as trainer. */
  readonly trainers = computed<PersonOption[]>(() => holdersOf(this.data()?.roles ?? [], (key) => key === 'TRAINER'));
  /** Everyone on the project's team, for invitations beyond a wave's key users. */
  readonly team = computed<PersonOption[]>(() => holdersOf(this.data()?.roles ?? [], () => true));

  readonly calendarSessions = computed<CalendarSession[]>(() => {
    const data = this.waveData();
    const colours = new Map(this.waves().map((wave, index) => [wave.id, index % WAVE_COLOURS]));
    return this.visibleWaves().flatMap((wave) => {
      const training = data.get(wave.id);
      if (training?.status !== 'loaded') return [];
      return training.sessions.map((session) => ({
        session,
        waveId: wave.id,
        waveName: wave.name,
        colour: colours.get(wave.id) ?? 0,
        startsAt: session.startsAt,
        timeZone: session.timeZone,
      }));
    });
  });
  readonly weeks = computed(() => monthLayout(this.month(), this.calendarSessions(), this.today()));
  readonly calendarLoading = computed(() => this.visibleWaves().some((wave) => this.waveData().get(wave.id)?.status === 'loading'));

  /** The program shown, for cards that ask the API about it themselves (adoption). */
  currentProjectId(): string {
    return this.projectId;
  }

  /** Shows the training of `projectId`, of one wave or (null) of all of them. */
  openAt(projectId: string, waveId: string | null): void {
    this.selected.set(waveId ?? ALL_WAVES);
    this.open(projectId);
    this.fetchFeedToken();
  }

  protected override forget(): void {
    this.waveData.set(new Map());
    this.monthChosen = false;
  }

  select(waveId: string): void {
    this.selected.set(waveId);
    this.monthChosen = false;
    this.openOnNextSession();
  }

  showMonth(month: CalendarMonth): void {
    this.monthChosen = true;
    this.month.set(month);
  }

  waveName(waveId: string): string {
    return this.waves().find((wave) => wave.id === waveId)?.name ?? 'this wave';
  }

  /** The session as the page now has it, e.g. for a dialog that stays open across a save. */
  sessionById(waveId: string, sessionId: string): TrainingSession | null {
    const training = this.waveData().get(waveId);
    return training?.status === 'loaded' ? (training.sessions.find((s) => s.id === sessionId) ?? null) : null;
  }

  /** Field errors reach the caller, for the dialog to place them. */
  schedule(input: ScheduleTrainingSessionInput): Observable<TrainingSession> {
    return this.scheduleGQL.mutate({ variables: { input } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@training.store.noNewSession:The server answered without the new session.`);
        return data.scheduleTrainingSession;
      }),
      tap((session) => this.scheduled(String(input.waveId), session, $localize`:@@training.store.scheduled:Scheduled “${session.topic}:topic:” for ${this.waveName(String(input.waveId))}:wave:.`)),
    );
  }

  scheduleRetraining(input: ScheduleRetrainingInput): Observable<TrainingSession> {
    return this.retrainingGQL.mutate({ variables: { input } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@training.store.noNewSession:The server answered without the new session.`);
        return data.scheduleRetraining;
      }),
      tap((session) => {
        const invited = session.attendance.length;
        const message =
          invited === 1
            ? $localize`:@@training.store.catchUpScheduledOne:Scheduled a catch-up session and invited the one person on the re-training list.`
            : $localize`:@@training.store.catchUpScheduled:Scheduled a catch-up session and invited the ${invited}:count: people on the re-training list.`;
        this.scheduled(String(input.waveId), session, message);
      }),
    );
  }

  recordAttendance(waveId: string, sessionId: string, entries: AttendanceEntryInput[]): Observable<TrainingSession> {
    return this.attendanceGQL.mutate({ variables: { input: { sessionId, entries } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@training.store.noSession:The server answered without the session.`);
        return data.recordAttendance;
      }),
      tap((session) => {
        this.replaceSession(waveId, session);
        this.fetchWave(waveId);
        this.done(
          entries.length === 1
            ? $localize`:@@training.store.attendanceSavedOne:Saved attendance for one person at “${session.topic}:topic:”.`
            : $localize`:@@training.store.attendanceSaved:Saved attendance for ${entries.length}:count: people at “${session.topic}:topic:”.`,
        );
      }),
    );
  }

  /** Cancels a session under the version read, with the reason the wave's history keeps. Field errors reach the caller. */
  cancelSession(waveId: string, session: TrainingSession, reason: string): Observable<TrainingSession> {
    return this.cancelGQL.mutate({ variables: { input: { id: session.id, version: session.version, reason } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@training.store.noSession:The server answered without the session.`);
        return data.cancelTrainingSession;
      }),
      tap((saved) => {
        this.replaceSession(waveId, saved);
        this.fetchWave(waveId);
        this.done($localize`:@@training.store.cancelled:Cancelled “${saved.topic}:topic:”. It no longer counts towards the wave’s training.`);
      }),
    );
  }

  recordUsageReview(input: RecordUsageReviewInput): Observable<unknown> {
    return this.usageReviewGQL.mutate({ variables: { input } }).pipe(
      tap(() => {
        this.fetchWave(String(input.waveId));
        const unit = input.businessUnit;
        if (unit) {
          this.done(
            input.active
              ? $localize`:@@training.store.reviewUnitActive:Recorded that ${unit}:unit: is using the CRM.`
              : $localize`:@@training.store.reviewUnitInactive:Recorded that ${unit}:unit: is not using the CRM yet and joins the re-training list.`,
          );
        } else {
          this.done(
            input.active
              ? $localize`:@@training.store.reviewPersonActive:Recorded that this person is using the CRM.`
              : $localize`:@@training.store.reviewPersonInactive:Recorded that this person is not using the CRM yet and joins the re-training list.`,
          );
        }
      }),
    );
  }

  /** A null time or zone keeps the one of the wave's previous session. */
  suggestions(waveId: string, trainerId: string | null, time: string | null, timeZone: string | null): Observable<readonly SuggestedSession[]> {
    const variables = { waveId, time, timeZone, target: CADENCE_MIN_SESSIONS, ...(trainerId ? { trainerId } : {}) };
    return this.suggestionsGQL.fetch({ variables, fetchPolicy: 'network-only' }).pipe(map(({ data }) => data?.suggestTrainingSchedule ?? []));
  }

  attendanceCsv(waveId: string): Observable<string> {
    return this.csvGQL.fetch({ variables: { waveId }, fetchPolicy: 'network-only' }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@training.store.noAttendance:The server answered without the attendance.`);
        return data.exportAttendanceCsv;
      }),
    );
  }

  /** A new private link; links given out before stop working. */
  resetFeedToken(): void {
    this.resetFeedTokenGQL.mutate({}).subscribe({
      next: ({ data }) => {
        if (data) this.feedToken.set({ status: 'loaded', token: data.resetCalendarFeedToken });
        this.done($localize`:@@training.store.feedReset:Made new calendar links. The old ones no longer work.`);
      },
      error: (error: unknown) => this.refused(error),
    });
  }

  fetchFeedToken(): void {
    this.feedToken.set({ status: 'loading' });
    this.feedTokenGQL.fetch({ fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) =>
        this.feedToken.set(data ? { status: 'loaded', token: data.calendarFeedToken } : { status: 'error', message: userMessageOf(null) }),
      error: (error: unknown) => this.feedToken.set({ status: 'error', message: userMessageOf(error) }),
    });
  }

  fetchWave(waveId: string): void {
    this.waveRequests.get(waveId)?.unsubscribe();
    if (this.waveData().get(waveId)?.status !== 'loaded') this.setWave(waveId, { status: 'loading' });
    const request = this.waveGQL.fetch({ variables: { waveId }, fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => {
        if (!data) return this.setWave(waveId, { status: 'error', message: userMessageOf(null) });
        this.setWave(waveId, {
          status: 'loaded',
          sessions: data.trainingSessions,
          compliance: data.trainingCompliance,
          retraining: data.retrainingList,
        });
        this.openOnNextSession();
      },
      error: (error: unknown) => {
        if (this.waveData().get(waveId)?.status === 'loaded') {
          this.notice.set({ kind: 'problem', message: $localize`:@@training.store.refreshFailed:We could not refresh ${this.waveName(waveId)}:wave:. ${userMessageOf(error)}:problem:`, offerReload: true });
        } else {
          this.setWave(waveId, { status: 'error', message: userMessageOf(error) });
        }
      },
    });
    this.waveRequests.set(waveId, request);
  }

  private scheduled(waveId: string, session: TrainingSession, message: string): void {
    this.addSession(waveId, session);
    this.fetchWave(waveId);
    // Show the new session where it lands, so the user sees what they just planned.
    this.showMonth(monthOf(localDay(session.startsAt, session.timeZone)));
    this.done(message);
  }

  private openOnNextSession(): void {
    if (this.monthChosen || this.load().status !== 'loaded') return;
    const waves = this.visibleWaves();
    const data = this.waveData();
    if (!waves.every((wave) => data.get(wave.id)?.status === 'loaded')) return;
    this.monthChosen = true;
    this.month.set(monthToShow(this.calendarSessions(), this.today()));
  }

  private setWave(waveId: string, training: WaveTraining): void {
    this.waveData.update((current) => new Map(current).set(waveId, training));
  }

  private addSession(waveId: string, session: TrainingSession): void {
    const training = this.waveData().get(waveId);
    if (training?.status !== 'loaded') return;
    const sessions = [...training.sessions.filter((s) => s.id !== session.id), session].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    this.setWave(waveId, { ...training, sessions });
  }

  private replaceSession(waveId: string, session: TrainingSession): void {
    const training = this.waveData().get(waveId);
    if (training?.status !== 'loaded') return;
    this.setWave(waveId, { ...training, sessions: training.sessions.map((s) => (s.id === session.id ? session : s)) });
  }

  protected query() {
    return this.pageGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' });
  }

  protected override loaded(data: TrainingPageQuery): void {
    const selected = this.selected();
    if (selected !== ALL_WAVES && !data.rolloutWaves.some((wave) => wave.id === selected)) this.selected.set(ALL_WAVES);
    for (const wave of data.rolloutWaves) this.fetchWave(wave.id);
  }
}

function holdersOf(roles: TrainingPageQuery['roles'], wanted: (key: string) => boolean): PersonOption[] {
  const people = new Map<string, PersonOption>();
  for (const role of roles) {
    if (!wanted(role.key)) continue;
    for (const holder of role.holders) people.set(holder.person.id, holder.person);
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
}
