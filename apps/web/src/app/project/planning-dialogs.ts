import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';

import { map, Observable } from 'rxjs';

import { ExitCriterionDialogComponent, ExitCriterionDialogData } from './exit-criterion-dialog.component';
import { MilestoneDialogComponent, MilestoneDialogData } from './milestone-dialog.component';
import { PhaseDialogComponent, PhaseDialogData } from './phase-dialog.component';
import { SignOffDialogComponent, SignOffDialogData } from './sign-off-dialog.component';

/**
 * Opens the plan's edit dialogs the same way from the overview and the timeline. Each answers
 * true when something was saved (or the record changed meanwhile and the screen should reload).
 */
@Injectable({ providedIn: 'root' })
export class PlanningDialogs {
  private readonly dialog = inject(MatDialog);

  phase(data: PhaseDialogData): Observable<boolean> {
    return this.dialog
      .open<PhaseDialogComponent, PhaseDialogData, boolean>(PhaseDialogComponent, { data, width: '520px', maxWidth: '95vw' })
      .afterClosed()
      .pipe(map((saved) => saved === true));
  }

  milestone(data: MilestoneDialogData): Observable<boolean> {
    return this.dialog
      .open<MilestoneDialogComponent, MilestoneDialogData, boolean>(MilestoneDialogComponent, { data, width: '480px', maxWidth: '95vw' })
      .afterClosed()
      .pipe(map((saved) => saved === true));
  }

  exitCriterion(data: ExitCriterionDialogData): Observable<boolean> {
    return this.dialog
      .open<ExitCriterionDialogComponent, ExitCriterionDialogData, boolean>(ExitCriterionDialogComponent, { data, width: '480px', maxWidth: '95vw' })
      .afterClosed()
      .pipe(map((saved) => saved === true));
  }

  signOff(data: SignOffDialogData): Observable<boolean> {
    return this.dialog
      .open<SignOffDialogComponent, SignOffDialogData, boolean>(SignOffDialogComponent, { data, width: '520px', maxWidth: '95vw' })
      .afterClosed()
      .pipe(map((saved) => saved === true));
  }
}
