import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';

import { CADENCE_MAX_SESSIONS, CADENCE_MIN_SESSIONS, CADENCE_WINDOW_DAYS, MAX_GAP_DAYS } from '@crm/domain';

import { reloadOnRemovals } from '../shared/data/reload-on-removals';
import { openLinkedRecord } from '../shared/navigation/linked-record';
import { AREA_PAGE } from '../shared/ui/area-page.component';
import { SessionDetailData, SessionDetailDialogComponent } from './session-detail-dialog.component';
import { zoneCity } from './session-time';
import { TrainingCalendarComponent } from './training-calendar.component';
import { ALL_WAVES, CalendarSession, TrainingStore, WAVE_COLOURS } from './training.store';
import { WaveTrainingComponent } from './wave-training.component';

/**
 * Training and adoption: per rollout wave, 3 to 4 sessions in the 90 days after go-live, attendance
 * taken, and people who fall behind trained again. The calendar shows the sessions of the chosen
 * waves; below it each wave shows how well it is covered and what to do about it.
 */
@Component({
  selector: 'crm-training-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [TrainingStore],
  imports: [
    AREA_PAGE, MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    TrainingCalendarComponent,
    WaveTrainingComponent,
  ],
  templateUrl: './training-page.component.html',
  styleUrl: './training-page.component.scss',
})
export class TrainingPageComponent {
  protected readonly store = inject(TrainingStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  readonly projectId = input.required<string>();
  /** The `?wave=` query parameter: the wave to open on. */
  readonly wave = input<string | undefined>(undefined);
  /** ?session=<id> opens that session (a comment's notification leads here). */
  readonly session = input<string>();

  protected readonly allWaves = ALL_WAVES;
  /** The domain's cadence rule, for the page's explanation. */
  protected readonly cadence = { min: CADENCE_MIN_SESSIONS, max: CADENCE_MAX_SESSIONS, windowDays: CADENCE_WINDOW_DAYS, maxGapDays: MAX_GAP_DAYS };
  protected readonly zoneLabel = `${zoneCity(this.store.viewerZone)} (${this.store.viewerZone})`;
  protected readonly legend = computed(() =>
    this.store.selected() === ALL_WAVES && this.store.waves().length > 1
      ? this.store.waves().map((wave, index) => ({ id: wave.id, name: wave.name, colour: index % WAVE_COLOURS }))
      : [],
  );

  constructor() {
    reloadOnRemovals(['TrainingSession', 'AttendanceEntry', 'UsageReview'], () => this.store.reload());
    effect(() => {
      const projectId = this.projectId();
      const wave = this.wave() ?? null;
      untracked(() => this.store.openAt(projectId, wave));
    });
    openLinkedRecord<CalendarSession & { id: string }>({
      param: 'session',
      id: this.session,
      records: () =>
        this.store.data() && !this.store.calendarLoading() ? this.store.calendarSessions().map((entry) => ({ ...entry, id: entry.session.id })) : null,
      open: (entry) => this.openSession(entry),
      // A link names no wave: the session may be in one the page is not showing.
      widen: () => this.store.selected() !== ALL_WAVES && (this.store.select(ALL_WAVES), true),
      missing: $localize`:@@training.page.sessionMissing:That session is no longer in this program.`,
    });
  }

  protected openSession(entry: CalendarSession): void {
    this.dialog.open<SessionDetailDialogComponent, SessionDetailData>(SessionDetailDialogComponent, {
      data: { waveId: entry.waveId, sessionId: entry.session.id },
      injector: this.injector,
      width: '640px',
      maxWidth: '95vw',
    });
  }
}
