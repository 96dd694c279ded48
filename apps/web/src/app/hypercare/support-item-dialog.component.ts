import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { SUPPORT_CATEGORIES, SUPPORT_SEVERITIES, SupportCategory, SupportStatus } from '@crm/domain';

import { EditSubmission } from '../shared/forms/edit-submission';
import { fieldErrorMessage, showServerErrors } from '../shared/forms/form-errors';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { fieldErrorsOf } from '../shared/graphql/graphql-errors';
import { PersonAutocompleteComponent, PersonChoice } from '../shared/people/person-autocomplete.component';
import { categoryLabel, nextStatuses, severityLabel, statusLabel, SupportItem } from './hypercare-view';
import { HypercareStore } from './hypercare.store';

export interface SupportItemDialogData {
  item: SupportItem | null;
}

type ItemField = 'title' | 'description' | 'severity' | 'category' | 'ownerRoleKey' | 'status';

const MESSAGES: Readonly<Record<ItemField, Readonly<Record<string, string>>>> = {
  title: {
    required: $localize`:@@hypercare.itemDialog.titleRequired:Say in a few words what the user asked or what went wrong.`,
    maxlength: $localize`:@@hypercare.itemDialog.titleTooLong:Keep the title under 200 characters.`,
  },
  description: { maxlength: $localize`:@@hypercare.itemDialog.descriptionTooLong:Keep the description under 5000 characters.` },
  severity: { required: $localize`:@@hypercare.itemDialog.severityRequired:Choose how badly it stops the user’s work.` },
  category: { required: $localize`:@@hypercare.itemDialog.categoryRequired:Choose what kind of item it is.` },
  ownerRoleKey: {},
  status: {},
};

/** Logs a support item, or edits one and moves it on. */
@Component({
  selector: 'crm-support-item-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SubmissionBannerComponent, ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, PersonAutocompleteComponent],
  templateUrl: './support-item-dialog.component.html',
  styles: `
    mat-form-field {
      margin-bottom: 12px;
    }
    crm-person-autocomplete {
      display: block;
      margin-bottom: 16px;
    }
    .hint {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class SupportItemDialogComponent {
  protected readonly store = inject(HypercareStore);
  private readonly dialogRef = inject<MatDialogRef<SupportItemDialogComponent, SupportItem>>(MatDialogRef);
  protected readonly data = inject<SupportItemDialogData>(MAT_DIALOG_DATA);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly editing = this.data.item !== null;
  protected readonly severities = SUPPORT_SEVERITIES;
  protected readonly categories = SUPPORT_CATEGORIES;
  protected readonly statuses = nextStatuses(this.data.item?.status ?? 'OPEN');
  protected readonly severityLabel = severityLabel;
  protected readonly categoryLabel = categoryLabel;
  protected readonly statusLabel = statusLabel;

  protected readonly form = this.fb.group({
    title: [this.data.item?.title ?? '', [Validators.required, Validators.maxLength(200)]],
    description: [this.data.item?.description ?? '', Validators.maxLength(5000)],
    severity: this.fb.control<number | null>(this.data.item?.severity ?? null, Validators.required),
    category: this.fb.control<SupportCategory | null>(this.data.item?.category ?? null, Validators.required),
    ownerRoleKey: [this.data.item?.ownerRole?.key ?? ''],
    status: this.fb.control<SupportStatus>(this.data.item?.status ?? 'OPEN'),
  });
  protected readonly reporter = signal<PersonChoice | null>(this.data.item?.reporter ?? null);
  protected readonly reporterError = signal<string | null>(null);
  protected readonly submission = new EditSubmission(this.form, $localize`:@@hypercare.item.thing:this support item`, (form, error) => this.placeFieldErrors(form, error));
  protected readonly title = this.data.item
    ? $localize`:@@hypercare.itemDialog.editTitle:Support item #${this.data.item.number}:number:`
    : $localize`:@@hypercare.itemDialog.newTitle:Log a support item`;
  protected readonly savingLabel = $localize`:@@hypercare.itemDialog.saving:Saving…`;
  protected readonly submitLabel = this.editing ? $localize`:@@hypercare.itemDialog.saveChanges:Save changes` : $localize`:@@hypercare.itemDialog.log:Log item`;

  protected errorFor(field: ItemField): string | null {
    return fieldErrorMessage(this.form.controls[field], MESSAGES[field]);
  }

  protected reload(): void {
    this.store.reload();
    this.dialogRef.close();
  }

  protected submit(): void {
    this.reporterError.set(null);
    const value = this.form.getRawValue();
    if (!this.submission.ready() || value.severity === null || value.category === null) return;
    const fields = { title: value.title.trim(), description: value.description.trim(), severity: value.severity, category: value.category };
    const existing = this.data.item;
    const save = existing
      ? this.store.updateItem({
          id: existing.id,
          version: existing.version,
          ...fields,
          reporterId: this.reporter()?.id ?? null,
          ...(value.ownerRoleKey && value.ownerRoleKey !== existing.ownerRole?.key ? { ownerRoleKey: value.ownerRoleKey } : {}),
          ...(value.status !== existing.status ? { status: value.status } : {}),
        })
      : this.store.createItem({
          ...fields,
          ...(this.reporter() ? { reporterId: this.reporter()?.id } : {}),
          ...(value.ownerRoleKey ? { ownerRoleKey: value.ownerRoleKey } : {}),
        });
    this.submission.send(save, (item) => this.dialogRef.close(item));
  }

  /** The reporter field is not a form control: its message is placed by hand. */
  private placeFieldErrors(form: FormGroup, error: unknown): string | null {
    const problem = fieldErrorsOf(error).find((f) => f.field === 'reporterId');
    this.reporterError.set(problem?.message ?? null);
    const rest = showServerErrors(form, error);
    return problem && rest ? rest.replace(problem.message, '').trim() || null : rest;
  }
}
