import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';

import { KPI_DEFAULT_OWNER_ROLE } from '@crm/domain';
import type { KpiDirection } from '@crm/graphql-client';

import { EditSubmission } from '../shared/forms/edit-submission';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { RecordRemoval } from '../shared/trash/record-removal.service';
import { Kpi } from './kpi-chart';
import { KpiStore } from './kpis.store';

export interface KpiDialogData {
  kpi: Kpi | null;
}

type KpiField = 'name' | 'description' | 'unit' | 'baseline' | 'target';

const MESSAGES: Readonly<Record<KpiField, Readonly<Record<string, string>>>> = {
  name: {
    required: $localize`:@@kpis.kpiDialog.nameRequired:Name the KPI, e.g. “User adoption”.`,
    maxlength: $localize`:@@kpis.kpiDialog.nameTooLong:Keep the name under 120 characters.`,
  },
  description: { maxlength: $localize`:@@kpis.kpiDialog.descriptionTooLong:Keep the description under 2000 characters.` },
  unit: {
    required: $localize`:@@kpis.kpiDialog.unitRequired:Say what the values count, e.g. % or leads/month.`,
    maxlength: $localize`:@@kpis.kpiDialog.unitTooLong:Keep the unit to 20 characters.`,
  },
  baseline: {},
  target: { required: $localize`:@@kpis.kpiDialog.targetRequired:Enter the value the program aims for.` },
};

/** Adds a KPI, or changes what one measures and aims for. */
@Component({
  selector: 'crm-kpi-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SubmissionBannerComponent, ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule],
  templateUrl: './kpi-dialog.component.html',
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
    .lead {
      margin: 0 0 16px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 12px;
    }
    .row mat-form-field {
      flex: 1;
      min-width: 140px;
    }
    .radios {
      display: flex;
      gap: 16px;
      margin-top: 8px;
    }
    .owner {
      margin-top: 16px;
    }
  `,
})
export class KpiDialogComponent {
  private readonly store = inject(KpiStore);
  private readonly dialogRef = inject<MatDialogRef<KpiDialogComponent, Kpi>>(MatDialogRef);
  private readonly data = inject<KpiDialogData>(MAT_DIALOG_DATA);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly removal = inject(RecordRemoval);

  protected readonly editing = this.data.kpi !== null;
  protected readonly form = this.fb.group({
    name: [this.data.kpi?.name ?? '', [Validators.required, Validators.maxLength(120)]],
    description: [this.data.kpi?.description ?? '', Validators.maxLength(2000)],
    unit: [this.data.kpi?.unit ?? '', [Validators.required, Validators.maxLength(20)]],
    baseline: this.fb.control<number | null>(this.data.kpi?.baseline ?? null),
    target: this.fb.control<number | null>(this.data.kpi?.target ?? null, Validators.required),
    direction: this.fb.control<KpiDirection>(this.data.kpi?.direction ?? 'UP'),
    // '' is the default (the CRM analyst): a null option would leave the select looking empty.
    ownerRoleKey: [this.data.kpi?.ownerRole?.key ?? ''],
  });
  protected readonly roles = this.store.roles;
  /** Who answers for a KPI nobody was chosen for, named as the program calls that role. */
  protected readonly defaultOwnerName = this.store.roles().find((r) => r.key === KPI_DEFAULT_OWNER_ROLE)?.name ?? $localize`:@@kpis.kpiDialog.defaultOwner:CRM analyst`;
  protected readonly submission = new EditSubmission(this.form, $localize`:@@kpis.kpi.thing:this KPI`);
  protected readonly title = this.editing ? $localize`:@@kpis.kpiDialog.editTitle:Edit KPI` : $localize`:@@kpis.kpiDialog.newTitle:Add a KPI`;
  protected readonly savingLabel = $localize`:@@kpis.kpiDialog.saving:Saving…`;
  protected readonly submitLabel = this.editing ? $localize`:@@kpis.kpiDialog.saveChanges:Save changes` : $localize`:@@kpis.kpiDialog.add:Add KPI`;

  protected errorFor(field: KpiField): string | null {
    return fieldErrorMessage(this.form.controls[field], MESSAGES[field]);
  }

  /** Removes the KPI with its measurements to the trash after the removal's confirmation; the page loads again by itself. */
  protected remove(): void {
    const kpi = this.data.kpi;
    if (!kpi) return;
    this.removal.remove('Kpi', { id: kpi.id, version: kpi.version, title: kpi.name }).subscribe((removed) => {
      if (removed) this.dialogRef.close();
    });
  }

  protected reload(): void {
    this.store.reload();
    this.dialogRef.close();
  }

  protected submit(): void {
    const value = this.form.getRawValue();
    if (!this.submission.ready() || value.target === null) return;
    // An emptied number field reads as null: no baseline, so the first measurement serves as one.
    const fields = {
      name: value.name.trim(),
      description: value.description.trim(),
      unit: value.unit.trim(),
      direction: value.direction,
      baseline: value.baseline === null ? null : Number(value.baseline),
      target: Number(value.target),
      ownerRoleKey: value.ownerRoleKey || null,
    };
    const existing = this.data.kpi;
    const save = existing ? this.store.updateKpi({ id: existing.id, version: existing.version, ...fields }) : this.store.createKpi(fields);
    this.submission.send(save, (kpi) => this.dialogRef.close(kpi));
  }
}
