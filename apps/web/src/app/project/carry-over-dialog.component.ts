import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';

import { OverviewPhaseFragment, ProjectCarryOverTasksGQL } from '@crm/graphql-client';

import { EditSubmission } from '../shared/forms/edit-submission';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';

export interface CarryOverDialogData {
  phase: OverviewPhaseFragment;
  /** Phases after this one that are still open, in working order: where the tasks may go. */
  laterPhases: { id: string; name: string }[];
}

/**
 * Moves the open tasks of a phase to a later phase, so the phase can be completed without calling
 * them done. Every open task starts ticked and the next open phase is picked. Closes with true once
 * the tasks have moved; the overview then completes the phase.
 */
@Component({
  selector: 'crm-carry-over-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatDialogModule, MatFormFieldModule, MatSelectModule, SubmissionBannerComponent],
  templateUrl: './carry-over-dialog.component.html',
  styles: `
    mat-form-field {
      width: 100%;
    }
    .lead {
      margin: 0 0 16px;
    }
    fieldset {
      border: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
    }
    legend {
      font: var(--mat-sys-title-small);
      margin-bottom: 4px;
    }
    .problem {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class CarryOverDialogComponent {
  protected readonly data = inject<CarryOverDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<CarryOverDialogComponent, boolean>>(MatDialogRef);
  private readonly carryOverGQL = inject(ProjectCarryOverTasksGQL);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly form = this.fb.group({
    toPhaseId: [this.data.laterPhases[0]?.id ?? '', Validators.required],
    taskIds: this.fb.group(
      Object.fromEntries(this.data.phase.openTasks.map((task) => [task.id, new FormControl(true, { nonNullable: true })])),
      { validators: (group) => (Object.values(group.value).some(Boolean) ? null : { required: true }) },
    ),
  });
  protected readonly submission = new EditSubmission(this.form, `the tasks of “${this.data.phase.name}”`);

  protected phaseError(): string | null {
    return fieldErrorMessage(this.form.controls.toPhaseId, { required: 'Pick the phase the tasks move to.' });
  }

  protected tasksError(): string | null {
    const group = this.form.controls.taskIds;
    return group.touched && group.hasError('required') ? 'Pick at least one task to carry over.' : null;
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const { toPhaseId, taskIds } = this.form.getRawValue();
    const picked = Object.entries(taskIds)
      .filter(([, chosen]) => chosen)
      .map(([id]) => id);
    this.submission.send(
      this.carryOverGQL.mutate({ variables: { input: { phaseId: this.data.phase.id, toPhaseId, taskIds: picked } } }),
      () => this.dialogRef.close(true),
    );
  }
}
