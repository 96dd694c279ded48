import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { RISK_LEVELS } from '@crm/domain';
import type { RiskStatus } from '@crm/graphql-client';

import { CommentThreadComponent } from '../shared/comments/comment-thread.component';
import { EditSubmission } from '../shared/forms/edit-submission';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { fieldErrorMessage, showServerErrors } from '../shared/forms/form-errors';
import { fieldErrorsOf } from '../shared/graphql/graphql-errors';
import { PersonAutocompleteComponent, PersonChoice } from '../shared/people/person-autocomplete.component';
import { RecordRemoval } from '../shared/trash/record-removal.service';
import { IMPACT_LABELS, LIKELIHOOD_LABELS, RISK_STATUS_LABELS } from './heat-map';
import { Risk, RiskStore } from './risks.store';

export interface RiskDialogData {
  risk: Risk | null;
}

type RiskField = 'title' | 'description' | 'likelihood' | 'impact' | 'mitigation' | 'roleKey' | 'status';

const MESSAGES: Readonly<Record<RiskField, Readonly<Record<string, string>>>> = {
  title: {
    required: $localize`:@@risks.dialog.titleRequired:Say what could go wrong, e.g. “Users go back to spreadsheets”.`,
    maxlength: $localize`:@@risks.dialog.titleTooLong:Keep the title under 200 characters.`,
  },
  description: { maxlength: $localize`:@@risks.dialog.descriptionTooLong:Keep the description under 5000 characters.` },
  likelihood: { required: $localize`:@@risks.dialog.likelihoodRequired:Choose how likely it is.` },
  impact: { required: $localize`:@@risks.dialog.impactRequired:Choose how bad it would be.` },
  mitigation: { maxlength: $localize`:@@risks.dialog.mitigationTooLong:Keep the mitigation under 5000 characters.` },
  roleKey: {},
  status: {},
};

/** Records a risk, or re-assesses, re-assigns or closes one. */
@Component({
  selector: 'crm-risk-dialog',
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
  templateUrl: './risk-dialog.component.html',
  styles: `
    mat-form-field {
      margin-bottom: 12px;
    }
    .spacer {
      flex: 1;
    }
    .remove {
      color: var(--mat-sys-error);
    }
  `,
})
export class RiskDialogComponent {
  protected readonly store = inject(RiskStore);
  private readonly dialogRef = inject<MatDialogRef<RiskDialogComponent, Risk>>(MatDialogRef);
  protected readonly data = inject<RiskDialogData>(MAT_DIALOG_DATA);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly removal = inject(RecordRemoval);

  protected readonly editing = this.data.risk !== null;
  protected readonly canRemove = this.editing && this.store.canEdit();
  protected readonly levels = RISK_LEVELS;
  protected readonly likelihoodLabels = LIKELIHOOD_LABELS;
  protected readonly impactLabels = IMPACT_LABELS;
  protected readonly statusLabels = RISK_STATUS_LABELS;
  protected readonly statuses: RiskStatus[] = ['OPEN', 'MONITORING', 'CLOSED'];

  protected readonly form = this.fb.group({
    title: [this.data.risk?.title ?? '', [Validators.required, Validators.maxLength(200)]],
    description: [this.data.risk?.description ?? '', Validators.maxLength(5000)],
    likelihood: this.fb.control<number | null>(this.data.risk?.likelihood ?? null, Validators.required),
    impact: this.fb.control<number | null>(this.data.risk?.impact ?? null, Validators.required),
    mitigation: [this.data.risk?.mitigation ?? '', Validators.maxLength(5000)],
    roleKey: [this.data.risk?.role?.key ?? ''],
    status: this.fb.control<RiskStatus>(this.data.risk?.status ?? 'OPEN'),
  });
  /** Only someone named as owner; an owner through the role follows the role. */
  protected readonly owner = signal<PersonChoice | null>(this.data.risk?.ownerSource === 'ASSIGNEE' ? this.data.risk.owner : null);
  protected readonly ownerError = signal<string | null>(null);
  protected readonly submission = new EditSubmission(this.form, $localize`:@@risks.dialog.thing:this risk`, (form, error) => this.placeFieldErrors(form, error));

  protected errorFor(field: RiskField): string | null {
    return fieldErrorMessage(this.form.controls[field], MESSAGES[field]);
  }

  protected reload(): void {
    this.store.reload();
    this.dialogRef.close();
  }

  protected submit(): void {
    this.ownerError.set(null);
    const value = this.form.getRawValue();
    if (!this.submission.ready() || value.likelihood === null || value.impact === null) return;
    const fields = {
      title: value.title.trim(),
      description: value.description.trim(),
      likelihood: value.likelihood,
      impact: value.impact,
      mitigation: value.mitigation.trim(),
    };
    const existing = this.data.risk;
    const save = existing
      ? this.store.updateRisk({
          id: existing.id,
          version: existing.version,
          ...fields,
          status: value.status,
          // null removes the role or the named owner; the API reads a missing field as "unchanged".
          roleKey: value.roleKey === '' ? null : value.roleKey,
          ownerId: this.owner()?.id ?? null,
        })
      : this.store.createRisk({
          ...fields,
          ...(value.roleKey === '' ? {} : { roleKey: value.roleKey }),
          ...(this.owner() ? { ownerId: this.owner()?.id } : {}),
        });
    this.submission.send(save, (risk) => this.dialogRef.close(risk));
  }

  /** Removes the risk to the trash after the removal's confirmation; the register loads again by itself. */
  protected remove(): void {
    const risk = this.data.risk;
    if (!risk) return;
    this.removal.remove('Risk', { id: risk.id, version: risk.version, title: risk.title }).subscribe((removed) => {
      if (removed) this.dialogRef.close();
    });
  }

  /** The owner field is not a form control: its message is placed by hand. */
  private placeFieldErrors(form: FormGroup, error: unknown): string | null {
    const ownerProblem = fieldErrorsOf(error).find((f) => f.field === 'ownerId');
    this.ownerError.set(ownerProblem?.message ?? null);
    const rest = showServerErrors(form, error);
    return ownerProblem && rest ? rest.replace(ownerProblem.message, '').trim() || null : rest;
  }
}
