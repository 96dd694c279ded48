import { ChangeDetectionStrategy, Component, computed, inject, Injector, linkedSignal, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';

import { CommentThreadComponent } from '../shared/comments/comment-thread.component';
import { changeProblemOf } from '../shared/graphql/change-problems';
import { RecordRemoval } from '../shared/trash/record-removal.service';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import {
  ATTENDANCE_LABELS,
  changedEntries,
  markAllAttended,
  RecordedStatus,
  rosterChoices,
  rosterOf,
  RosterRow,
  rosterSummary,
  sessionStatusLabel,
  SESSION_STATUS_LABELS,
  withStatus,
} from './attendance-roster';
import { CancelSessionData, CancelSessionDialogComponent } from './cancel-session-dialog.component';
import { isWebLink } from './session-form';
import { durationText, localDay, longDay, sessionTimeLabel } from './session-time';
import { TrainingStore } from './training.store';

export interface SessionDetailData {
  waveId: string;
  sessionId: string;
}

const QUICK_STATUS_TEST_IDS: Record<RecordedStatus, string> = {
  ATTENDED: 'attendance-attended',
  EXCUSED: 'attendance-excused',
  ABSENT: 'attendance-absent',
};

/**
 * One session: when and where, who gives it, its materials, and the attendance roster. The trainer
 * sets each invitee's status with one click (or everyone at once) and saves the roster in one go.
 * Before the session starts the roster offers "Excused" only: attended and absent wait for it.
 */
@Component({
  selector: 'crm-session-detail-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CommentThreadComponent,MatButtonModule, MatDialogModule, ErrorBannerComponent],
  templateUrl: './session-detail-dialog.component.html',
  styleUrl: './session-detail-dialog.component.scss',
})
export class SessionDetailDialogComponent {
  protected readonly store = inject(TrainingStore);
  protected readonly data = inject<SessionDetailData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<SessionDetailDialogComponent>>(MatDialogRef);
  private readonly dialog = inject(MatDialog);
  private readonly removal = inject(RecordRemoval);
  /** Reaches the page's training store, for the cancel dialog opened from here. */
  private readonly dialogInjector = inject(Injector);

  protected readonly waveName = this.store.waveName(this.data.waveId);
  protected readonly session = computed(() => this.store.sessionById(this.data.waveId, this.data.sessionId));
  /** The roster as the trainer is setting it; starts again from the server's whenever the session changes. */
  protected readonly roster = linkedSignal<RosterRow[]>(() => rosterOf(this.session()?.attendance ?? []));
  protected readonly changes = computed(() => changedEntries(this.roster()));
  protected readonly summary = computed(() => rosterSummary(this.roster()));
  protected readonly saving = signal(false);
  protected readonly problem = signal<{ message: string; offerReload: boolean } | null>(null);

  protected readonly cancelled = computed(() => this.session()?.status === 'CANCELLED');
  protected readonly canRecord = computed(() => this.store.canEdit() && !this.cancelled());
  /** A session nobody was invited to can simply be removed; once people were, it is cancelled with a reason instead. */
  protected readonly hasInvitees = computed(() => (this.session()?.attendance.length ?? 0) > 0);
  protected readonly when = computed(() => {
    const session = this.session();
    if (!session) return null;
    return {
      day: longDay(localDay(session.startsAt, session.timeZone)),
      ...sessionTimeLabel(session.startsAt, session.durationMinutes, session.timeZone, this.store.viewerZone),
      duration: durationText(session.durationMinutes),
    };
  });
  protected readonly statusLabel = computed(() => {
    const session = this.session();
    return session ? sessionStatusLabel(session) : SESSION_STATUS_LABELS.SCHEDULED;
  });
  /** What the roster offers; read when the dialog opens or the session changes. */
  protected readonly quickStatuses = computed(() => {
    const session = this.session();
    return (session ? rosterChoices(session.startsAt) : []).map((status) => ({ status, label: ATTENDANCE_LABELS[status], testId: QUICK_STATUS_TEST_IDS[status] }));
  });
  protected readonly isUpcoming = computed(() => !this.quickStatuses().some((choice) => choice.status === 'ATTENDED'));

  protected readonly labels = ATTENDANCE_LABELS;
  protected readonly isLink = isWebLink;

  protected set(personId: string, status: RecordedStatus): void {
    this.roster.update((rows) => {
      const row = rows.find((r) => r.personId === personId);
      if (row?.status !== status) return withStatus(rows, personId, status);
      // A second click on the chosen status undoes it: back to what is saved, or to "not recorded".
      return withStatus(rows, personId, row.saved === status ? 'INVITED' : row.saved);
    });
  }

  protected markAll(): void {
    this.roster.update(markAllAttended);
  }

  protected save(): void {
    const entries = this.changes();
    if (entries.length === 0 || this.saving()) return;
    this.problem.set(null);
    this.saving.set(true);
    this.store.recordAttendance(this.data.waveId, this.data.sessionId, entries).subscribe({
      next: () => this.saving.set(false),
      error: (error: unknown) => {
        this.saving.set(false);
        const notice = changeProblemOf(error, $localize`:@@training.sessionForm.what:this session`);
        this.problem.set({ message: $localize`:@@training.session.nothingSaved:Nothing was saved. ${notice.message}:problem:`, offerReload: notice.offerReload });
      },
    });
  }

  /** Asks why, then cancels the session; it stays in the wave's history as "Cancelled — <reason>". */
  protected cancelSession(): void {
    const session = this.session();
    if (!session) return;
    this.problem.set(null);
    this.dialog.open<CancelSessionDialogComponent, CancelSessionData>(CancelSessionDialogComponent, {
      data: { waveId: this.data.waveId, session },
      injector: this.dialogInjector,
      width: '520px',
      maxWidth: '95vw',
    });
  }

  /** Removes a session nobody was invited to, to the trash (with an Undo); the page loads again by itself. */
  protected removeSession(): void {
    const session = this.session();
    if (!session) return;
    this.removal.remove('TrainingSession', { id: session.id, version: session.version, title: session.topic }).subscribe((removed) => {
      if (removed) this.dialogRef.close();
    });
  }

  /** Takes one invitee off the roster (their attendance entry goes to the trash, with an Undo); the page loads again by itself. */
  protected removeFromRoster(row: RosterRow): void {
    const session = this.session();
    if (!session || !row.entryId) return;
    // Attendance entries carry no version of their own; the API ignores the one sent (it must still be 1 or more).
    this.removal
      .remove('AttendanceEntry', { id: row.entryId, version: 1, title: `${row.name} · ${session.topic}` }, { what: $localize`:@@training.session.rosterPlace:${row.name}:name:’s place on the roster` })
      .subscribe();
  }

  protected reload(): void {
    this.store.reload();
    this.dialogRef.close();
  }

  protected attendanceOf(name: string): string {
    return $localize`:@@training.session.attendanceOf:Attendance of ${name}:name:`;
  }

  protected takeOffRoster(name: string): string {
    return $localize`:@@training.session.takeOffRoster:Remove ${name}:name: from the roster`;
  }

  protected rowChanged(row: RosterRow): boolean {
    return row.status !== row.saved;
  }
}
