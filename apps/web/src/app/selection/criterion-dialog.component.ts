import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import type { MoscowPriority } from '@crm/graphql-client';

import { PRIORITIES, PRIORITY_LABELS } from '../requirements/requirement-labels';
import { EditSubmission } from '../shared/forms/edit-submission';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { Criterion } from './score-matrix';
import { SelectionStore } from './selection.store';

export interface CriterionDialogData {
  criterion: Criterion | null;
}

type CriterionField = 'name' | 'weight' | 'requirementIds';

const REQUIRED_MESSAGES: Partial<Record<CriterionField, string>> = {
  name: 'Name the criterion, e.g. “Quote approval workflow”.',
  weight: 'Say how much it counts, e.g. 20.',
};

/**
 * Adds a selection criterion or edits one, with the requirements it evaluates: tracing is how the
 * page knows which MUST requirements the evaluation says nothing about. Closes with the criterion.
 */
@Component({
  selector: 'crm-criterion-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorBannerComponent],
  template: `
    <h2 mat-dialog-title>{{ editing ? 'Edit criterion' : 'Add a criterion' }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        @if (submission.banner(); as message) {
          <div class="crm-dialog-banner">
            <crm-error-banner [message]="message" testId="criterion-form-problem" />
            @if (submission.stale()) {
              <button mat-stroked-button type="button" (click)="reload()">Reload</button>
            }
          </div>
        }
        <div class="row">
          <mat-form-field appearance="outline" class="name">
            <mat-label>Criterion</mat-label>
            <input matInput formControlName="name" data-testid="criterion-name" autocomplete="off" />
            @if (errorFor('name'); as message) {
              <mat-error data-testid="error-name">{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Weight</mat-label>
            <input matInput type="number" min="0" step="any" formControlName="weight" data-testid="criterion-weight-input" />
            <mat-hint>Any positive number; shares are worked out</mat-hint>
            @if (errorFor('weight'); as message) {
              <mat-error data-testid="error-weight">{{ message }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>Requirements it evaluates</mat-label>
          <mat-select multiple formControlName="requirementIds" data-testid="criterion-requirements">
            @for (group of requirementGroups(); track group.priority) {
              <mat-optgroup [label]="group.label">
                @for (requirement of group.requirements; track requirement.id) {
                  <mat-option [value]="requirement.id">{{ requirement.title }}</mat-option>
                }
              </mat-optgroup>
            } @empty {
              <mat-option disabled>No requirements captured yet</mat-option>
            }
          </mat-select>
          <mat-hint>Trace every MUST requirement to at least one criterion</mat-hint>
          @if (errorFor('requirementIds'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" data-testid="criterion-submit" [disabled]="submission.submitting()">
          {{ submission.submitting() ? 'Saving…' : editing ? 'Save changes' : 'Add criterion' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    form mat-form-field {
      width: 100%;
      margin-bottom: 4px;
    }
    .row {
      display: grid;
      grid-template-columns: 2fr 1fr;
      gap: 0 12px;
    }
  `,
})
export class CriterionDialogComponent {
  private readonly store = inject(SelectionStore);
  private readonly dialogRef = inject<MatDialogRef<CriterionDialogComponent, Criterion>>(MatDialogRef);
  private readonly data = inject<CriterionDialogData>(MAT_DIALOG_DATA);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly editing = this.data.criterion !== null;
  protected readonly form = this.fb.group({
    name: [this.data.criterion?.name ?? '', Validators.required],
    weight: this.fb.control<number | null>(this.data.criterion?.weight ?? null, [Validators.required, Validators.min(0)]),
    requirementIds: this.fb.control<string[]>(this.data.criterion?.requirements.map((r) => r.id) ?? []),
  });
  protected readonly submission = new EditSubmission(this.form, 'this criterion');

  /** The project's requirements by priority, MUST first: those are the ones that must be traced. */
  protected readonly requirementGroups = computed(() => {
    const requirements = this.store.requirements();
    return PRIORITIES.map((priority: MoscowPriority) => ({
      priority,
      label: PRIORITY_LABELS[priority],
      requirements: requirements.filter((r) => r.priority === priority),
    })).filter((group) => group.requirements.length > 0);
  });

  protected errorFor(field: CriterionField): string | null {
    const required = REQUIRED_MESSAGES[field];
    return fieldErrorMessage(this.form.controls[field], {
      ...(required ? { required } : {}),
      min: 'A weight cannot be negative.',
    });
  }

  protected reload(): void {
    this.store.reload();
    this.dialogRef.close();
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const { name, weight, requirementIds } = this.form.getRawValue();
    const fields = { name: name.trim(), weight: weight ?? 0, requirementIds };
    const existing = this.data.criterion;
    const save = existing
      ? this.store.updateCriterion({ id: existing.id, version: existing.version, ...fields })
      : this.store.createCriterion(fields);
    this.submission.send(save, (criterion) => this.dialogRef.close(criterion));
  }
}
