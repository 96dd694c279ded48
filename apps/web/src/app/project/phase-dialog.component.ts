import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { Observable } from 'rxjs';

import { PHASE_NAME_MAX, plannedDatesProblem } from '@crm/domain';
import { PlanningCreatePhaseGQL, PlanningUpdatePhaseGQL } from '@crm/graphql-client';

import { DateFieldComponent } from '../shared/forms/date-field.component';
import { EditSubmission } from '../shared/forms/edit-submission';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { RecordRemoval } from '../shared/trash/record-removal.service';

/** The phase as both screens hold it: what the dialog shows and the version it sends back. */
export interface EditablePhase {
  id: string;
  name: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  version: number;
  /** CUSTOM for a phase the program added; only those can be removed. Unknown when the opener does not say. */
  kind?: string;
}

export interface PhaseDialogData {
  projectId: string;
  /** Null to add a phase to the plan. */
  phase: EditablePhase | null;
}

/** The end field's own check: it names the start it must not come before. */
function endNotBeforeStart(end: AbstractControl): ValidationErrors | null {
  const start = end.parent?.get('plannedStart')?.value as string | undefined;
  const problem = plannedDatesProblem(start || null, (end.value as string) || null);
  return problem ? { endBeforeStart: problem.message } : null;
}

/**
 * Renames and re-dates a phase, or adds one to the plan: a new phase goes where its planned start
 * puts it among the others (never before a completed one). The overview's phase cards and the
 * timeline's phase bars open it. Closes with true once saved.
 */
@Component({
  selector: 'crm-phase-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DateFieldComponent, ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, SubmissionBannerComponent],
  template: `
    <h2 mat-dialog-title>{{ editing ? 'Edit “' + data.phase!.name + '”' : 'Add a phase' }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        @if (!editing) {
          <p class="lead">A phase of your own, such as data migration or hypercare. It takes its place in the plan by its planned start.</p>
        }
        <crm-submission-banner [submission]="submission" testId="phase-form-problem" reloadable (reload)="reload()" />
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Name</mat-label>
          <input matInput formControlName="name" data-testid="phase-name" autocomplete="off" [maxlength]="nameMax" cdkFocusInitial />
          @if (errorFor('name'); as message) {
            <mat-error data-testid="error-name">{{ message }}</mat-error>
          }
        </mat-form-field>
        <div class="dates">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>Planned start</mat-label>
            <crm-date-field formControlName="plannedStart" testId="phase-start" />
            @if (errorFor('plannedStart'); as message) {
              <mat-error data-testid="error-plannedStart">{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>Planned end</mat-label>
            <crm-date-field formControlName="plannedEnd" testId="phase-end" [min]="form.controls.plannedStart.value || null" />
            @if (errorFor('plannedEnd'); as message) {
              <mat-error data-testid="error-plannedEnd">{{ message }}</mat-error>
            }
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions>
        @if (custom) {
          <button mat-button type="button" class="remove" data-testid="phase-remove" [disabled]="submission.submitting()" (click)="remove()">Remove phase</button>
        }
        <span class="spacer"></span>
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" data-testid="phase-submit" [disabled]="submission.submitting()">
          {{ submission.submitting() ? 'Saving…' : editing ? 'Save changes' : 'Add phase' }}
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
      margin-bottom: 12px;
    }
    .dates {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
      column-gap: 12px;
    }
    .lead {
      margin: 0 0 16px;
    }
  `,
})
export class PhaseDialogComponent {
  protected readonly data = inject<PhaseDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<PhaseDialogComponent, boolean>>(MatDialogRef);
  private readonly createGQL = inject(PlanningCreatePhaseGQL);
  private readonly updateGQL = inject(PlanningUpdatePhaseGQL);

  private readonly removal = inject(RecordRemoval);
  protected readonly editing = this.data.phase !== null;
  /** The standard phases carry the program's gates, so only an added phase offers Remove. */
  protected readonly custom = this.data.phase?.kind === 'CUSTOM';
  protected readonly nameMax = PHASE_NAME_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.data.phase?.name ?? '', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(PHASE_NAME_MAX)]],
    plannedStart: [this.data.phase?.plannedStart ?? '', Validators.required],
    plannedEnd: [this.data.phase?.plannedEnd ?? '', [Validators.required, endNotBeforeStart]],
  });
  protected readonly submission = new EditSubmission(this.form, 'this phase');

  constructor() {
    // A new start can put the end before it, or no longer: check the end again.
    this.form.controls.plannedStart.valueChanges.subscribe(() => this.form.controls.plannedEnd.updateValueAndValidity());
  }

  protected errorFor(field: 'name' | 'plannedStart' | 'plannedEnd'): string | null {
    const messages: Record<typeof field, Record<string, string>> = {
      name: { required: 'Give the phase a name.', pattern: 'Give the phase a name.', maxlength: `Keep the name to ${PHASE_NAME_MAX} characters.` },
      plannedStart: { required: 'Choose the day the phase is planned to start.' },
      plannedEnd: { required: 'Choose the day the phase is planned to end.' },
    };
    return fieldErrorMessage(this.form.controls[field], messages[field]);
  }

  /** The phase changed or went away meanwhile: close, and the screen behind loads it again. */
  protected reload(): void {
    this.dialogRef.close(true);
  }

  /**
   * Removes the phase with its tasks, milestones and exit criteria to the program's trash after the removal's confirmation (it says what
   * goes with it); the screen that opened the dialog loads again by itself, and again after an Undo.
   */
  protected remove(): void {
    const record = this.data.phase;
    if (!record) return;
    this.removal.remove('Phase', { id: record.id, version: record.version, title: record.name }).subscribe((removed) => {
      if (removed) this.dialogRef.close(false);
    });
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const { name, plannedStart, plannedEnd } = this.form.getRawValue();
    const phase = this.data.phase;
    const save: Observable<unknown> = phase
      ? this.updateGQL.mutate({ variables: { input: { id: phase.id, version: phase.version, name: name.trim(), plannedStart, plannedEnd } } })
      : this.createGQL.mutate({ variables: { input: { projectId: this.data.projectId, name: name.trim(), plannedStart, plannedEnd } } });
    this.submission.send(save, () => this.dialogRef.close(true));
  }
}
