import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { OverviewPhaseFragment, ProjectReopenPhaseGQL } from '@crm/graphql-client';

import { EditSubmission } from '../shared/forms/edit-submission';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';

/** The API keeps a reason of 1 to 500 characters. */
export const REOPEN_REASON_MAX = 500;

/** Opens a completed phase again, for its owner, asking why; the reason goes into the history. Closes with true. */
@Component({
  selector: 'crm-reopen-phase-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, SubmissionBannerComponent],
  template: `
    <h2 mat-dialog-title i18n="@@project.reopen.title">Reopen “{{ phase.name }}”</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="lead" i18n="@@project.reopen.lead">The phase goes back to in progress and its finish date is cleared. Say why, for the history.</p>
        <crm-submission-banner [submission]="submission" testId="reopen-error" />
        <mat-form-field appearance="outline">
          <mat-label i18n="@@project.reopen.reason">Reason</mat-label>
          <textarea matInput formControlName="reason" rows="3" data-testid="reopen-reason" [maxlength]="max"></textarea>
          @if (reasonError(); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@project.reopen.cancel">Cancel</button>
        <button mat-flat-button type="submit" data-testid="reopen-submit" [disabled]="submission.submitting()">
          @if (submission.submitting()) {
            <ng-container i18n="@@project.reopen.reopening">Reopening…</ng-container>
          } @else {
            <ng-container i18n="@@project.reopen.submit">Reopen phase</ng-container>
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-form-field {
      width: 100%;
    }
    .lead {
      margin: 0 0 16px;
    }
  `,
})
export class ReopenPhaseDialogComponent {
  protected readonly phase = inject<OverviewPhaseFragment>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ReopenPhaseDialogComponent, boolean>>(MatDialogRef);
  private readonly reopenGQL = inject(ProjectReopenPhaseGQL);

  protected readonly max = REOPEN_REASON_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(REOPEN_REASON_MAX)]],
  });
  protected readonly submission = new EditSubmission(this.form, `“${this.phase.name}”`);

  protected reasonError(): string | null {
    return fieldErrorMessage(this.form.controls.reason, {
      required: $localize`:@@project.reopen.reasonRequired:Say why the phase is reopened.`,
      pattern: $localize`:@@project.reopen.reasonRequired:Say why the phase is reopened.`,
      maxlength: $localize`:@@project.reopen.reasonTooLong:Keep the reason to ${REOPEN_REASON_MAX}:max: characters.`,
    });
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const reason = this.form.getRawValue().reason.trim();
    this.submission.send(
      this.reopenGQL.mutate({ variables: { input: { id: this.phase.id, version: this.phase.version, reason } } }),
      () => this.dialogRef.close(true),
    );
  }
}
