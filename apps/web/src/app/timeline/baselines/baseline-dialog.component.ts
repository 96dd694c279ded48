import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { EditSubmission } from '../../shared/forms/edit-submission';
import { fieldErrorMessage } from '../../shared/forms/form-errors';
import { SubmissionBannerComponent } from '../../shared/forms/submission-banner.component';
import { BaselinesStore } from './baselines.store';

const NAME_REQUIRED = $localize`:@@baselines.dialog.nameRequired:Give the baseline a name.`;

/** Longest baseline name the API takes. */
const NAME_MAX = 120;

/** Saves today's plan as a named baseline. Closes with true once saved. */
@Component({
  selector: 'crm-baseline-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SubmissionBannerComponent, ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  template: `
    <h2 mat-dialog-title i18n="@@baselines.dialog.title">Save the plan as a baseline</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="lead" i18n="@@baselines.dialog.lead">A baseline keeps today’s dates of every task and milestone, so you can later see what moved.</p>
        <crm-submission-banner [submission]="submission" />
        <mat-form-field appearance="outline">
          <mat-label i18n="@@baselines.dialog.name">Name</mat-label>
          <input matInput formControlName="name" data-testid="baseline-name" autocomplete="off" placeholder="Steering committee 12 March"
            i18n-placeholder="@@baselines.dialog.namePlaceholder"
            [maxlength]="nameMax" />
          @if (errorFor(); as message) {
            <mat-error data-testid="error-baseline-name">{{ message }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@baselines.dialog.cancel">Cancel</button>
        <button mat-flat-button type="submit" data-testid="baseline-submit" [disabled]="submission.submitting()">
          @if (submission.submitting()) {
            <ng-container i18n="@@baselines.dialog.saving">Saving…</ng-container>
          } @else {
            <ng-container i18n="@@baselines.dialog.save">Save baseline</ng-container>
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    form mat-form-field {
      width: 100%;
    }
    .lead {
      margin: 0 0 16px;
    }
  `,
})
export class BaselineDialogComponent {
  private readonly store = inject(BaselinesStore);
  private readonly dialogRef = inject<MatDialogRef<BaselineDialogComponent, boolean>>(MatDialogRef);

  protected readonly nameMax = NAME_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(NAME_MAX)]],
  });
  protected readonly submission = new EditSubmission(this.form, $localize`:@@baselines.dialog.thing:this baseline`);

  protected errorFor(): string | null {
    return fieldErrorMessage(this.form.controls.name, { required: NAME_REQUIRED, pattern: NAME_REQUIRED });
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    this.submission.send(this.store.save(this.form.getRawValue().name.trim()), () => this.dialogRef.close(true));
  }
}
