import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { Observable } from 'rxjs';

import { EXIT_CRITERION_LABEL_MAX } from '@crm/domain';
import { PlanningAddExitCriterionGQL, PlanningUpdateExitCriterionGQL } from '@crm/graphql-client';

import { EditSubmission } from '../shared/forms/edit-submission';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { RecordRemoval } from '../shared/trash/record-removal.service';

export interface ExitCriterionDialogData {
  phaseId: string;
  phaseName: string;
  /** Null to add a criterion to the phase. */
  criterion: { id: string; label: string; version: number } | null;
}

/** Adds an exit criterion to a phase, or rewords one (its tick stays). Closes with true once saved. */
@Component({
  selector: 'crm-exit-criterion-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, SubmissionBannerComponent],
  template: `
    <h2 mat-dialog-title>{{ editing ? 'Edit exit criterion' : 'Add an exit criterion' }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="lead">What must be true before “{{ data.phaseName }}” can be completed.</p>
        <crm-submission-banner [submission]="submission" testId="criterion-form-problem" reloadable (reload)="reload()" />
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Criterion</mat-label>
          <textarea
            matInput
            formControlName="label"
            rows="3"
            data-testid="criterion-label"
            cdkFocusInitial
            [maxlength]="labelMax"
            (keydown.enter)="submitOnEnter($event)"
          ></textarea>
          <mat-hint align="end">{{ form.controls.label.value.length }} / {{ labelMax }}</mat-hint>
          @if (labelError(); as message) {
            <mat-error data-testid="error-label">{{ message }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions>
        @if (editing) {
          <button mat-button type="button" class="remove" data-testid="criterion-remove" [disabled]="submission.submitting()" (click)="remove()">Remove criterion</button>
        }
        <span class="spacer"></span>
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" data-testid="criterion-submit" [disabled]="submission.submitting()">
          {{ submission.submitting() ? 'Saving…' : editing ? 'Save changes' : 'Add criterion' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .spacer {
      flex: 1;
    }
    .remove {
      color: var(--mat-sys-error);
    }
    mat-form-field {
      width: 100%;
    }
    .lead {
      margin: 0 0 16px;
    }
  `,
})
export class ExitCriterionDialogComponent {
  protected readonly data = inject<ExitCriterionDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ExitCriterionDialogComponent, boolean>>(MatDialogRef);
  private readonly addGQL = inject(PlanningAddExitCriterionGQL);
  private readonly updateGQL = inject(PlanningUpdateExitCriterionGQL);

  private readonly removal = inject(RecordRemoval);
  protected readonly editing = this.data.criterion !== null;
  protected readonly labelMax = EXIT_CRITERION_LABEL_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    label: [this.data.criterion?.label ?? '', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(EXIT_CRITERION_LABEL_MAX)]],
  });
  protected readonly submission = new EditSubmission(this.form, 'this exit criterion');

  protected labelError(): string | null {
    const message = 'Say what must be true before the phase can close.';
    return fieldErrorMessage(this.form.controls.label, { required: message, pattern: message, maxlength: `Keep the criterion to ${EXIT_CRITERION_LABEL_MAX} characters.` });
  }

  /** A criterion is one sentence: Enter saves it, Shift+Enter still breaks the line. */
  protected submitOnEnter(event: Event): void {
    if ((event as KeyboardEvent).shiftKey) return;
    event.preventDefault();
    this.submit();
  }

  protected reload(): void {
    this.dialogRef.close(true);
  }

  /**
   * Removes the exitcriterion to the program's trash after the removal's confirmation (it says what
   * goes with it); the screen that opened the dialog loads again by itself, and again after an Undo.
   */
  protected remove(): void {
    const record = this.data.criterion;
    if (!record) return;
    this.removal.remove('ExitCriterion', { id: record.id, version: record.version, title: record.label }).subscribe((removed) => {
      if (removed) this.dialogRef.close(false);
    });
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const label = this.form.getRawValue().label.trim();
    const criterion = this.data.criterion;
    const save: Observable<unknown> = criterion
      ? this.updateGQL.mutate({ variables: { input: { id: criterion.id, version: criterion.version, label } } })
      : this.addGQL.mutate({ variables: { input: { phaseId: this.data.phaseId, label } } });
    this.submission.send(save, () => this.dialogRef.close(true));
  }
}
