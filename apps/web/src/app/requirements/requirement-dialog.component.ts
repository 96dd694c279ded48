import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import type { Department, MoscowPriority, RequirementStatus } from '@crm/graphql-client';

import { CommentThreadComponent } from '../shared/comments/comment-thread.component';
import { EditSubmission } from '../shared/forms/edit-submission';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { PersonAutocompleteComponent, PersonChoice } from '../shared/people/person-autocomplete.component';
import { RecordRemoval } from '../shared/trash/record-removal.service';
import { DEPARTMENT_LABELS, DEPARTMENTS, PRIORITIES, PRIORITY_LABELS, REQUIREMENT_STATUS_LABELS, REQUIREMENT_STATUSES } from './requirement-labels';
import { RequirementRow, RequirementsStore } from './requirements.store';

/** The requirement to edit, or nothing to capture a new one. */
export interface RequirementDialogData {
  requirement: RequirementRow | null;
}

type RequirementField = 'title' | 'description' | 'department' | 'priority' | 'status' | 'stakeholderId' | 'gapNote';

const REQUIRED_MESSAGES: Partial<Record<RequirementField, string>> = {
  title: $localize`:@@requirements.dialog.titleRequired:Say in a few words what is needed.`,
  department: $localize`:@@requirements.dialog.departmentRequired:Choose where the need comes from.`,
  priority: $localize`:@@requirements.dialog.priorityRequired:Choose how much it matters.`,
};

/** Captures a new requirement or edits one. Closes with the saved requirement. */
@Component({
  selector: 'crm-requirement-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CommentThreadComponent,
    SubmissionBannerComponent,
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    PersonAutocompleteComponent,
  ],
  templateUrl: './requirement-dialog.component.html',
  styles: `
    form mat-form-field,
    crm-person-autocomplete {
      display: block;
      width: 100%;
    }
    mat-form-field {
      margin-bottom: 4px;
    }
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
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
export class RequirementDialogComponent {
  private readonly store = inject(RequirementsStore);
  private readonly dialogRef = inject<MatDialogRef<RequirementDialogComponent, RequirementRow>>(MatDialogRef);
  protected readonly data = inject<RequirementDialogData>(MAT_DIALOG_DATA);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly removal = inject(RecordRemoval);

  protected readonly editing = this.data.requirement !== null;
  protected readonly canRemove = this.editing && this.store.canEdit();
  protected readonly departments = DEPARTMENTS;
  protected readonly departmentLabels = DEPARTMENT_LABELS;
  protected readonly priorities = PRIORITIES;
  protected readonly priorityLabels = PRIORITY_LABELS;
  protected readonly statuses = REQUIREMENT_STATUSES;
  protected readonly statusLabels = REQUIREMENT_STATUS_LABELS;

  protected readonly form = this.fb.group({
    title: [this.data.requirement?.title ?? '', Validators.required],
    description: [this.data.requirement?.description ?? ''],
    department: this.fb.control<Department | null>(this.data.requirement?.department ?? null, Validators.required),
    priority: this.fb.control<MoscowPriority | null>(this.data.requirement?.priority ?? null, Validators.required),
    status: this.fb.control<RequirementStatus>(this.data.requirement?.status ?? 'CAPTURED'),
    // Holds the chosen person; the control exists so the API's message about the stakeholder lands on it.
    stakeholderId: this.fb.control<PersonChoice | null>(this.data.requirement?.stakeholder ?? null),
    gapNote: [this.data.requirement?.gapNote ?? ''],
  });
  protected readonly stakeholder = signal<PersonChoice | null>(this.data.requirement?.stakeholder ?? null);
  protected readonly submission = new EditSubmission(this.form, $localize`:@@requirements.dialog.thing:this requirement`);

  protected errorFor(field: RequirementField): string | null {
    const control = this.form.controls[field];
    if (!control.touched) return null;
    const required = REQUIRED_MESSAGES[field];
    return fieldErrorMessage(control, required ? { required } : {});
  }

  protected stakeholderError(): string | null {
    return this.errorFor('stakeholderId');
  }

  protected stakeholderChosen(person: PersonChoice | null): void {
    this.stakeholder.set(person);
    this.form.controls.stakeholderId.setValue(person);
  }

  protected reload(): void {
    this.store.reload();
    this.dialogRef.close();
  }

  /** Removes the requirement to the trash after the removal's confirmation; the page loads again by itself. */
  protected remove(): void {
    const requirement = this.data.requirement;
    if (!requirement) return;
    this.removal
      .remove('Requirement', { id: requirement.id, version: requirement.version, title: requirement.title })
      .subscribe((removed) => {
        if (removed) this.dialogRef.close();
      });
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const value = this.form.getRawValue();
    const fields = {
      title: value.title.trim(),
      description: value.description.trim(),
      department: value.department as Department,
      priority: value.priority as MoscowPriority,
      status: value.status,
      stakeholderId: value.stakeholderId?.id ?? null,
      gapNote: value.gapNote.trim(),
    };
    const existing = this.data.requirement;
    const save = existing ? this.store.update({ id: existing.id, version: existing.version, ...fields }) : this.store.create(fields);
    this.submission.send(save, (row) => this.dialogRef.close(row));
  }
}
