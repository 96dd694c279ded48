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
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { RecordRemoval } from '../shared/trash/record-removal.service';
import { Criterion } from './score-matrix';
import { SelectionStore } from './selection.store';

export interface CriterionDialogData {
  criterion: Criterion | null;
}

type CriterionField = 'name' | 'weight' | 'requirementIds';

const REQUIRED_MESSAGES: Partial<Record<CriterionField, string>> = {
  name: $localize`:@@selection.criterionDialog.nameRequired:Name the criterion, e.g. “Quote approval workflow”.`,
  weight: $localize`:@@selection.criterionDialog.weightRequired:Say how much it counts, e.g. 20.`,
};

/**
 * Adds a selection criterion or edits one, with the requirements it evaluates: tracing is how the
 * page knows which MUST requirements the evaluation says nothing about. Closes with the criterion.
 */
@Component({
  selector: 'crm-criterion-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SubmissionBannerComponent, ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  templateUrl: './criterion-dialog.component.html',
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
    .spacer {
      flex: 1;
    }
    .remove {
      color: var(--mat-sys-error);
    }
  `,
})
export class CriterionDialogComponent {
  private readonly store = inject(SelectionStore);
  private readonly dialogRef = inject<MatDialogRef<CriterionDialogComponent, Criterion>>(MatDialogRef);
  private readonly data = inject<CriterionDialogData>(MAT_DIALOG_DATA);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly removal = inject(RecordRemoval);

  protected readonly editing = this.data.criterion !== null;
  protected readonly canRemove = this.editing && this.store.canEdit();
  protected readonly form = this.fb.group({
    name: [this.data.criterion?.name ?? '', Validators.required],
    weight: this.fb.control<number | null>(this.data.criterion?.weight ?? null, [Validators.required, Validators.min(0)]),
    requirementIds: this.fb.control<string[]>(this.data.criterion?.requirements.map((r) => r.id) ?? []),
  });
  protected readonly submission = new EditSubmission(this.form, $localize`:@@selection.criterionDialog.thing:this criterion`);

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
      min: $localize`:@@selection.criterionDialog.weightMin:A weight cannot be negative.`,
    });
  }

  protected reload(): void {
    this.store.reload();
    this.dialogRef.close();
  }

  /** Removes the criterion (with its scores) to the trash after the removal's confirmation; the page loads again by itself. */
  protected remove(): void {
    const criterion = this.data.criterion;
    if (!criterion) return;
    this.removal.remove('Criterion', { id: criterion.id, version: criterion.version, title: criterion.name }).subscribe((removed) => {
      if (removed) this.dialogRef.close();
    });
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
