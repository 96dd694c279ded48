import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { EditSubmission } from '../shared/forms/edit-submission';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { TrainingSession, TrainingStore } from './training.store';

export interface CancelSessionData {
  waveId: string;
  session: TrainingSession;
}

/** The API's limit on a reason (CancelTrainingSessionInput.reason). */
const REASON_MAX_LENGTH = 500;

/**
 * Cancels a session people were invited to, asking why: such a session is not removed, it stays in
 * the wave's history as "Cancelled — <reason>". Closes with the cancelled session.
 */
@Component({
  selector: 'crm-cancel-session-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, SubmissionBannerComponent],
  template: `
    <h2 mat-dialog-title i18n="@@training.cancel.title">Cancel “{{ data.session.topic }}”?</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <crm-submission-banner [submission]="submission" testId="cancel-session-problem" reloadTestId="cancel-session-reload" reloadable (reload)="reload()" />
        <p i18n="@@training.cancel.explanation">
          People were invited to this session, so it is cancelled rather than removed: it stays in the wave’s history and no
          longer counts towards its training. Invitees see it as cancelled in their calendar.
        </p>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label i18n="@@training.cancel.reason">Why is it cancelled?</mat-label>
          <textarea matInput formControlName="reason" rows="3" data-testid="cancel-session-reason" [maxlength]="maxLength"></textarea>
          <mat-hint i18n="@@training.cancel.reasonHint">Shown with the session, e.g. “Trainer ill, moved to next week”</mat-hint>
          @if (reasonError(); as message) {
            <mat-error data-testid="error-reason">{{ message }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@training.cancel.keep">Keep it</button>
        <button mat-flat-button type="submit" data-testid="cancel-session-submit" [disabled]="submission.submitting()">
          @if (submission.submitting()) {
            <ng-container i18n="@@training.cancel.cancelling">Cancelling…</ng-container>
          } @else {
            <ng-container i18n="@@training.cancel.submit">Cancel session</ng-container>
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-form-field {
      display: block;
      width: 100%;
    }
    p {
      margin: 0 0 16px;
    }
  `,
})
export class CancelSessionDialogComponent {
  protected readonly data = inject<CancelSessionData>(MAT_DIALOG_DATA);
  private readonly store = inject(TrainingStore);
  private readonly dialogRef = inject<MatDialogRef<CancelSessionDialogComponent, TrainingSession>>(MatDialogRef);

  protected readonly maxLength = REASON_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.maxLength(REASON_MAX_LENGTH)]],
  });
  protected readonly submission = new EditSubmission(this.form, $localize`:@@training.sessionForm.what:this session`);

  protected reasonError(): string | null {
    const control = this.form.controls.reason;
    if (!control.touched) return null;
    return fieldErrorMessage(control, {
      required: $localize`:@@training.cancel.errorReasonRequired:Say why it is cancelled; the wave’s history keeps the reason.`,
      maxlength: $localize`:@@training.cancel.errorReasonLength:A reason is at most ${REASON_MAX_LENGTH}:max: characters.`,
    });
  }

  protected reload(): void {
    this.store.reload();
    this.dialogRef.close();
  }

  protected submit(): void {
    // A reason of spaces only is no reason.
    this.form.controls.reason.setValue(this.form.controls.reason.value.trim());
    if (!this.submission.ready()) return;
    const { reason } = this.form.getRawValue();
    this.submission.send(this.store.cancelSession(this.data.waveId, this.data.session, reason), (session) => this.dialogRef.close(session));
  }
}
