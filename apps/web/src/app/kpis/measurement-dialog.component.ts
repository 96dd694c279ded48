import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { EditSubmission } from '../shared/forms/edit-submission';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { Kpi, kpiValue } from './kpi-chart';
import { KpiStore } from './kpis.store';

export interface MeasurementDialogData {
  kpi: Kpi;
}

const MESSAGES: Readonly<Record<'measuredOn' | 'value' | 'note', Readonly<Record<string, string>>>> = {
  measuredOn: { required: 'Choose the day the value was measured.' },
  value: { required: 'Enter the measured value as a number.' },
  note: { maxlength: 'Keep the note under 1000 characters.' },
};

/** Records one measured value of a KPI; the KPI's status and trend follow from it. */
@Component({
  selector: 'crm-measurement-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SubmissionBannerComponent, ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  templateUrl: './measurement-dialog.component.html',
  styles: `
    mat-form-field {
      margin-bottom: 12px;
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
      min-width: 160px;
    }
  `,
})
export class MeasurementDialogComponent {
  private readonly store = inject(KpiStore);
  private readonly dialogRef = inject<MatDialogRef<MeasurementDialogComponent, Kpi>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly kpi = inject<MeasurementDialogData>(MAT_DIALOG_DATA).kpi;
  protected readonly target = kpiValue(this.kpi.target, this.kpi.unit);
  protected readonly today = this.store.today();
  protected readonly form = this.fb.group({
    measuredOn: [this.today, Validators.required],
    value: this.fb.control<number | null>(null, Validators.required),
    note: ['', Validators.maxLength(1000)],
  });
  protected readonly submission = new EditSubmission(this.form, 'this KPI');

  protected errorFor(field: keyof typeof MESSAGES): string | null {
    return fieldErrorMessage(this.form.controls[field], MESSAGES[field]);
  }

  protected reload(): void {
    this.store.reload();
    this.dialogRef.close();
  }

  protected submit(): void {
    const { measuredOn, value, note } = this.form.getRawValue();
    if (!this.submission.ready() || value === null) return;
    this.submission.send(this.store.recordMeasurement({ kpiId: this.kpi.id, measuredOn, value: Number(value), note: note.trim() }), (kpi) => this.dialogRef.close(kpi));
  }
}
