import { Clipboard } from '@angular/cdk/clipboard';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, Injector, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';

import { AdoptionCardComponent } from '../adoption/adoption-card.component';
import { downloadTextFile } from '../requirements/csv-file';
import { formatDay } from '../shared/dates/calendar-days';
import { changeProblemOf } from '../shared/graphql/change-problems';
import { MessageTextPipe } from '../shared/i18n/message-text.pipe';
import { confirmAction } from '../shared/ui/confirm-dialog.component';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { attendanceCsvFileName, sessionStatusLabel } from './attendance-roster';
import { complianceExplanation, gapText, windowText } from './compliance';
import { ComplianceBadgeComponent } from './compliance-badge.component';
import { SessionDialogComponent, SessionDialogData } from './session-dialog.component';
import { localDay, localTime, localTimeValue, shortDay, zoneCity } from './session-time';
import { PersonOption, SuggestedSession, TrainingSession, TrainingStore, TrainingWave } from './training.store';
import { UsageReviewFormComponent } from './usage-review-form.component';

type Suggestions = { status: 'idle' } | { status: 'loading' } | { status: 'error'; message: string } | { status: 'loaded'; slots: readonly SuggestedSession[] };

const WAVE_STATUS_LABELS = {
  PLANNED: $localize`:@@training.wave.statusPlanned:Planned`,
  READY: $localize`:@@training.wave.statusReady:Ready to go live`,
  LIVE: $localize`:@@training.wave.statusLive:Live`,
  CLOSED: $localize`:@@training.wave.statusClosed:Closed`,
} as const;

/**
 * One wave's training follow-through: is it trained 3 to 4 times in its first 90 days without long
 * gaps, who needs re-training, and the actions that fix what is missing.
 */
@Component({
  selector: 'crm-wave-training',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressSpinnerModule, AdoptionCardComponent, ComplianceBadgeComponent, ErrorBannerComponent, MessageTextPipe, UsageReviewFormComponent],
  host: { 'data-testid': 'wave-training', '[attr.data-wave-id]': 'wave().id', role: 'region', '[attr.aria-label]': '"Training for " + wave().name' },
  templateUrl: './wave-training.component.html',
  styleUrl: './wave-training.component.scss',
})
export class WaveTrainingComponent {
  protected readonly store = inject(TrainingStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly clipboard = inject(Clipboard);
  private readonly document = inject(DOCUMENT);

  readonly wave = input.required<TrainingWave>();

  protected readonly training = computed(() => this.store.waveData().get(this.wave().id) ?? { status: 'loading' as const });
  protected readonly loaded = computed(() => {
    const training = this.training();
    return training.status === 'loaded' ? training : null;
  });
  protected readonly loadError = computed(() => {
    const training = this.training();
    return training.status === 'error' ? $localize`:@@training.panel.loadError:We could not load this wave’s training. ${training.message}:problem:` : '';
  });
  protected readonly statusLabel = computed(() => WAVE_STATUS_LABELS[this.wave().status]);
  protected readonly window = computed(() => {
    const compliance = this.loaded()?.compliance;
    return compliance ? windowText(compliance.windowStart, compliance.windowEnd) : '';
  });
  protected readonly explanation = computed(() => {
    const compliance = this.loaded()?.compliance;
    return compliance ? complianceExplanation(compliance) : '';
  });
  protected readonly gaps = computed(() => (this.loaded()?.compliance.gapDetails ?? []).map(gapText));
  protected readonly retraining = computed(() => this.loaded()?.retraining ?? []);
  /** The wave's own sessions and its catch-up sessions, counted apart as the cadence counts them. */
  protected readonly sessionCount = computed(() => this.loaded()?.sessions.filter((s) => s.status !== 'CANCELLED' && !s.retraining).length ?? 0);
  protected readonly catchUpCount = computed(() => this.loaded()?.sessions.filter((s) => s.status !== 'CANCELLED' && s.retraining).length ?? 0);
  /** Sessions called off, each with the day it was planned and why, as the wave's history keeps them. */
  protected readonly cancelledSessions = computed(() =>
    (this.loaded()?.sessions ?? [])
      .filter((session) => session.status === 'CANCELLED')
      .map((session) => ({ id: session.id, topic: session.topic, day: shortDay(localDay(session.startsAt, session.timeZone)), status: sessionStatusLabel(session) })),
  );
  /** Everyone a usage review could be about: key users, invitees, the re-training list and the team. */
  protected readonly reviewable = computed<PersonOption[]>(() => {
    const people = new Map<string, PersonOption>();
    for (const person of this.wave().keyUsers) people.set(person.id, person);
    for (const session of this.loaded()?.sessions ?? []) for (const line of session.attendance) people.set(line.person.id, line.person);
    for (const entry of this.retraining()) people.set(entry.person.id, entry.person);
    for (const person of this.store.team()) people.set(person.id, person);
    return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
  });
  protected readonly feedUrl = computed(() => {
    const feed = this.store.feedToken();
    if (feed.status !== 'loaded') return null;
    return `${this.document.location.origin}/calendar/waves/${this.wave().id}.ics?token=${encodeURIComponent(feed.token)}`;
  });

  protected readonly suggestions = signal<Suggestions>({ status: 'idle' });
  protected readonly slots = computed(() => {
    const suggestions = this.suggestions();
    return suggestions.status === 'loaded' ? suggestions.slots : [];
  });
  protected readonly suggestionsError = computed(() => {
    const suggestions = this.suggestions();
    return suggestions.status === 'error' ? $localize`:@@training.wave.suggestError:We could not suggest dates. ${suggestions.message}:problem:` : '';
  });
  protected readonly reviewing = signal(false);
  protected readonly copied = signal(false);
  protected readonly downloading = signal(false);
  protected readonly downloadProblem = signal<string | null>(null);

  protected readonly day = formatDay;

  protected scheduleSession(prefill?: SuggestedSession): void {
    const data: SessionDialogData = {
      kind: 'session',
      waveId: this.wave().id,
      prefill: prefill
        ? {
            date: prefill.date,
            time: localTimeValue(prefill.startsAt, prefill.timeZone),
            timeZone: prefill.timeZone,
            trainerId: prefill.trainerId ?? null,
            inviteeIds: prefill.inviteeIds,
            durationMinutes: prefill.durationMinutes,
          }
        : undefined,
    };
    this.openDialog(data).subscribe((session) => {
      if (!session || !prefill) return;
      // The slot is taken now; the rest of the suggestions still stand.
      this.suggestions.update((current) =>
        current.status === 'loaded' ? { status: 'loaded', slots: current.slots.filter((slot) => slot.date !== prefill.date) } : current,
      );
    });
  }

  protected scheduleRetraining(): void {
    this.openDialog({ kind: 'retraining', waveId: this.wave().id, retrainingCount: this.retraining().length }).subscribe();
  }

  protected suggest(): void {
    this.suggestions.set({ status: 'loading' });
    // The server keeps the trainer, time and zone of the wave's previous session; for a wave
    // without one, the only trainer and the viewer's own zone are the best guess.
    const trainers = this.store.trainers();
    const hasSession = (this.loaded()?.sessions ?? []).some((session) => session.status !== 'CANCELLED' && !session.retraining);
    const trainerId = !hasSession && trainers.length === 1 ? trainers[0].id : null;
    this.store.suggestions(this.wave().id, trainerId, null, hasSession ? null : this.store.viewerZone).subscribe({
      next: (slots) => this.suggestions.set({ status: 'loaded', slots }),
      error: (error: unknown) => this.suggestions.set({ status: 'error', message: changeProblemOf(error, 'this session').message }),
    });
  }

  protected slotLabel(slot: SuggestedSession): string {
    return $localize`:@@training.wave.slot:${shortDay(slot.date)}:day:, ${localTime(slot.startsAt, slot.timeZone)}:time: ${zoneCity(slot.timeZone)}:city: time`;
  }

  protected downloadAttendance(): void {
    this.downloading.set(true);
    this.downloadProblem.set(null);
    this.store.attendanceCsv(this.wave().id).subscribe({
      next: (csv) => {
        this.downloading.set(false);
        downloadTextFile(this.document, csv, attendanceCsvFileName(this.wave().name, this.store.today()));
      },
      error: (error: unknown) => {
        this.downloading.set(false);
        const problem = changeProblemOf(error, $localize`:@@training.sessionForm.what:this session`).message;
        this.downloadProblem.set($localize`:@@training.wave.exportError:We could not export the attendance. ${problem}:problem:`);
      },
    });
  }

  protected copyFeedUrl(): void {
    const url = this.feedUrl();
    if (url && this.clipboard.copy(url)) {
      this.copied.set(true);
      setTimeout(() => this.copied.set(false), 3000);
    }
  }

  protected resetFeed(): void {
    confirmAction(this.dialog, {
      title: $localize`:@@training.wave.resetTitle:Make new calendar links?`,
      message: $localize`:@@training.wave.resetMessage:Calendars subscribed with your current links stop updating. Subscribe again with the new link afterwards.`,
      confirmLabel: $localize`:@@training.wave.resetConfirm:Make new links`,
    }).subscribe((confirmed) => {
      if (confirmed) this.store.resetFeedToken();
    });
  }

  protected selectAll(event: Event): void {
    (event.target as HTMLInputElement).select();
  }

  protected missedText(missed: number): string {
    if (missed === 0) return $localize`:@@training.wave.missedNone:Missed no sessions`;
    return missed === 1 ? $localize`:@@training.wave.missedOne:Missed 1 session` : $localize`:@@training.wave.missed:Missed ${missed}:count: sessions`;
  }

  private openDialog(data: SessionDialogData) {
    return this.dialog
      .open<SessionDialogComponent, SessionDialogData, TrainingSession>(SessionDialogComponent, {
        data,
        injector: this.injector,
        width: '640px',
        maxWidth: '95vw',
      })
      .afterClosed();
  }
}
