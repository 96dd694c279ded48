import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';

import { Apollo } from 'apollo-angular';
import type { DocumentNode } from 'graphql';
import { catchError, map, Observable, of, Subject, switchMap, take, tap } from 'rxjs';

import {
  DeleteAttendanceEntryDocument,
  DeleteCriterionDocument,
  DeleteExitCriterionDocument,
  DeleteKpiDocument,
  DeleteMilestoneDocument,
  DeletePersonDocument,
  DeletePhaseDocument,
  DeleteProcessDocument,
  DeleteReadinessItemDocument,
  DeleteCommunicationDocument,
  DeleteRequirementDocument,
  DeleteRiskDocument,
  DeleteBaselineDocument,
  DeleteRoleAssignmentDocument,
  DeleteRoleDocument,
  DeleteRolloutWaveDocument,
  DeleteScoreDocument,
  DeleteTaskDocument,
  DeleteTrainingSessionDocument,
  DeleteUsageReviewDocument,
  DeleteVendorDocument,
  RemovalImpactDocument,
  RemovalImpactQuery,
  RemovalImpactQueryVariables,
  RestoreAttendanceEntryDocument,
  RestoreCriterionDocument,
  RestoreExitCriterionDocument,
  RestoreKpiDocument,
  RestoreKpiMeasurementDocument,
  RestoreMilestoneDocument,
  RestorePersonDocument,
  RestorePhaseDocument,
  RestoreProcessDocument,
  RestoreReadinessItemDocument,
  RestoreCommunicationDocument,
  RestoreRequirementDocument,
  RestoreRiskDocument,
  RestoreBaselineDocument,
  RestoreRoleAssignmentDocument,
  RestoreRoleDocument,
  RestoreRolloutWaveDocument,
  RestoreScoreDocument,
  RestoreTaskDocument,
  RestoreTrainingSessionDocument,
  RestoreUsageReviewDocument,
  RestoreVendorDocument,
  TrashKind,
} from '@crm/graphql-client';

import { confirmAction } from '../ui/confirm-dialog.component';
import { removalProblemOf } from '../graphql/change-problems';
import { countsInWords, kindWords, THIS_RECORD } from './kind-words';
import { RemovalNoticeData, RemovalNoticeDialogComponent } from './removal-notice-dialog.component';

/** The kinds `remove` takes; a KPI measurement is removed by the KPI page (its answer is the KPI) and undone with `offerUndo`. */
export type RemovableKind = Exclude<TrashKind, 'KpiMeasurement'>;

export interface RemovableRecord {
  id: string;
  version: number;
  title: string;
}

export interface RemovalEvent {
  kind: TrashKind;
  id: string;
}

/** How long the "Removed · Undo" bar stays. */
export const UNDO_DURATION_MS = 8000;

const DELETE: Record<RemovableKind, DocumentNode> = {
  Phase: DeletePhaseDocument,
  ExitCriterion: DeleteExitCriterionDocument,
  Milestone: DeleteMilestoneDocument,
  Task: DeleteTaskDocument,
  Role: DeleteRoleDocument,
  RoleAssignment: DeleteRoleAssignmentDocument,
  Person: DeletePersonDocument,
  Requirement: DeleteRequirementDocument,
  Process: DeleteProcessDocument,
  Vendor: DeleteVendorDocument,
  Criterion: DeleteCriterionDocument,
  Score: DeleteScoreDocument,
  RolloutWave: DeleteRolloutWaveDocument,
  ReadinessItem: DeleteReadinessItemDocument,
  Communication: DeleteCommunicationDocument,
  TrainingSession: DeleteTrainingSessionDocument,
  AttendanceEntry: DeleteAttendanceEntryDocument,
  UsageReview: DeleteUsageReviewDocument,
  Kpi: DeleteKpiDocument,
  Risk: DeleteRiskDocument,
  Baseline: DeleteBaselineDocument,
};

const RESTORE: Record<TrashKind, DocumentNode> = {
  Phase: RestorePhaseDocument,
  ExitCriterion: RestoreExitCriterionDocument,
  Milestone: RestoreMilestoneDocument,
  Task: RestoreTaskDocument,
  Role: RestoreRoleDocument,
  RoleAssignment: RestoreRoleAssignmentDocument,
  Person: RestorePersonDocument,
  Requirement: RestoreRequirementDocument,
  Process: RestoreProcessDocument,
  Vendor: RestoreVendorDocument,
  Criterion: RestoreCriterionDocument,
  Score: RestoreScoreDocument,
  RolloutWave: RestoreRolloutWaveDocument,
  ReadinessItem: RestoreReadinessItemDocument,
  Communication: RestoreCommunicationDocument,
  TrainingSession: RestoreTrainingSessionDocument,
  AttendanceEntry: RestoreAttendanceEntryDocument,
  UsageReview: RestoreUsageReviewDocument,
  Kpi: RestoreKpiDocument,
  KpiMeasurement: RestoreKpiMeasurementDocument,
  Risk: RestoreRiskDocument,
  Baseline: RestoreBaselineDocument,
};

type Impact = RemovalImpactQuery['removalImpact'];

/** People are one directory shared by every program: removing one is felt in all of them. */
export const PERSON_REMOVAL = $localize`:@@shared.removal.personEverywhere:The person leaves the people directory of every program they work in, not only this one.`;

/** The confirmation's sentence, e.g. "Remove “Go-live”? Also removed with it: 3 tasks. … for 30 days." */
export function removalQuestion(impact: Impact, title: string, what: string): string {
  const sentences = [$localize`:@@shared.removal.question:Remove “${title}:title:”?`];
  const along = countsInWords(impact.removedWithIt);
  if (along) sentences.push($localize`:@@shared.removal.alongWithIt:Also removed with it: ${along}:records:.`);
  const unlinked = impact.unlinked.filter((u) => u.count > 0);
  if (unlinked.length) {
    const losing = unlinked.map((u) => {
      const records = countsInWords([u]);
      return u.count === 1 ? $localize`:@@shared.removal.losesOne:${records}:records: loses ${what}:thing:` : $localize`:@@shared.removal.losesMany:${records}:records: lose ${what}:thing:`;
    });
    const list = losing.join('; ');
    sentences.push($localize`:@@shared.removal.unlinked:Unlinked: ${list}:list:.`);
  }
  sentences.push(
    along
      ? $localize`:@@shared.removal.restoreAll:You can restore it all from the program’s trash for 30 days.`
      : $localize`:@@shared.removal.restoreIt:You can restore it from the program’s trash for 30 days.`,
  );
  return sentences.join(' ');
}

/** Why the record cannot go, and what to change first; undefined when it can. */
export function removalRefusal(impact: Impact, what: string): string | undefined {
  if (impact.refusal) return impact.refusal;
  const blockers = countsInWords(impact.blockers);
  if (!blockers) return undefined;
  const record = capitalized(what);
  return $localize`:@@shared.removal.usedBy:${record}:thing: is still used by ${blockers}:dependants:. Change or remove those first, then remove it.`;
}

/**
 * Removes one record of a program to its trash, the same way everywhere: it asks the API what
 * would go with it, asks the user (or says why it cannot go), removes it, and offers an Undo for
 * a few seconds. Pages listen to `removed$` and `restored$` to load their data again.
 */
@Injectable({ providedIn: 'root' })
export class RecordRemoval {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  /** A record went to the trash. */
  readonly removed$ = new Subject<RemovalEvent>();
  /** A record came back from the trash (Undo or the trash page). */
  readonly restored$ = new Subject<RemovalEvent>();

  /**
   * Answers true once the record is in the trash, false when the user said no, the record may
   * not be removed, or the API refused (the user was told why).
   * `options.what` names the record in sentences, e.g. "this milestone" (the default is made from the kind).
   */
  remove(kind: RemovableKind, record: RemovableRecord, options: { what?: string } = {}): Observable<boolean> {
    const what = options.what ?? THIS_RECORD[kind];
    return this.apollo
      .query<RemovalImpactQuery, RemovalImpactQueryVariables>({ query: RemovalImpactDocument, variables: { kind, id: record.id }, fetchPolicy: 'network-only' })
      .pipe(
        take(1),
        map(({ data }) => {
          if (!data) throw new Error($localize`:@@shared.removal.noImpact:The server did not say what the removal would do.`);
          return data.removalImpact;
        }),
        switchMap((impact) => {
          const refusal = removalRefusal(impact, what);
          if (refusal) return this.notice({ title: $localize`:@@shared.removal.cannotTitle:“${record.title}:title:” cannot be removed`, message: refusal });
          const one = kindWords(kind).one;
          const confirmLabel = $localize`:@@shared.removal.confirm:Remove ${one}:kind:`;
          return confirmAction(this.dialog, { title: $localize`:@@shared.removal.confirmTitle:Remove ${one}:kind:?`, message: removalQuestion(impact, record.title, what) + (kind === 'Person' ? ` ${PERSON_REMOVAL}` : ''), confirmLabel }).pipe(
            switchMap((yes) => (yes ? this.deleteRecord(kind, record, what) : of(false))),
          );
        }),
        catchError((error: unknown) => this.notice({ title: $localize`:@@shared.removal.failedTitle:Could not remove “${record.title}:title:”`, message: removalProblemOf(error, what, 'remove').message })),
      );
  }

  /** Brings a record back from the trash; answers true when it is back (and emits on `restored$`). */
  restore(kind: TrashKind, id: string, title?: string): Observable<boolean> {
    const what = THIS_RECORD[kind];
    return this.restoreRecord(kind, id).pipe(
      map(() => true),
      catchError((error: unknown) =>
        this.notice({
          title: title ? $localize`:@@shared.removal.restoreFailedTitle:Could not restore “${title}:title:”` : $localize`:@@shared.removal.restoreFailed:Could not restore it`, message: removalProblemOf(error, what, 'restore').message }),
      ),
    );
  }

  /**
   * Brings a record back without telling the user anything; errors reach the caller (the trash
   * page words them with `removalProblemOf`). Emits on `restored$` when it is back.
   */
  restoreRecord(kind: TrashKind, id: string): Observable<void> {
    return this.apollo.mutate({ mutation: RESTORE[kind], variables: { input: { id } } }).pipe(
      map(() => undefined),
      tap(() => this.restored$.next({ kind, id })),
    );
  }

  /** Shows "Removed “X” · Undo" for a few seconds; Undo brings the record back. For removals made elsewhere (a KPI measurement). */
  offerUndo(kind: TrashKind, id: string, title: string, message = $localize`:@@shared.removal.removed:Removed “${title}:title:”`): void {
    const bar = this.snackBar.open(message, $localize`:@@shared.removal.undo:Undo`, { duration: UNDO_DURATION_MS });
    bar.onAction().subscribe(() => this.restore(kind, id, title).subscribe());
  }

  private deleteRecord(kind: RemovableKind, record: RemovableRecord, what: string): Observable<boolean> {
    return this.apollo.mutate({ mutation: DELETE[kind], variables: { input: { id: record.id, version: record.version } } }).pipe(
      map(() => {
        this.removed$.next({ kind, id: record.id });
        this.offerUndo(kind, record.id, record.title);
        return true;
      }),
      catchError((error: unknown) => this.notice({ title: $localize`:@@shared.removal.failedTitle:Could not remove “${record.title}:title:”`, message: removalProblemOf(error, what, 'remove').message })),
    );
  }

  /** Tells the user something and answers false once they close it. */
  private notice(data: RemovalNoticeData): Observable<false> {
    return this.dialog
      .open(RemovalNoticeDialogComponent, { data, role: 'alertdialog', maxWidth: '32rem' })
      .afterClosed()
      .pipe(map(() => false as const));
  }
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
