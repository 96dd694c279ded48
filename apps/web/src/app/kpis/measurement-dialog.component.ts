import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { formatMessage, kpiValueProblem, parseLocaleNumber } from '@crm/domain';

import { DateFieldComponent } from '../shared/forms/date-field.component';
import { EditSubmission } from '../shared/forms/edit-submission';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { activeMessageLocale } from '../shared/i18n/message-locale';
import { Kpi, KpiMeasurement, kpiValue } from './kpi-chart';
import { KpiStore } from './kpis.store';
import { USER_LOCALE } from '../shared/dates/locale';

export interface MeasurementDialogData {
  kpi: Kpi;
  /** The measurement to correct; without one the dialog records a new one. */
  measurement?: KpiMeasurement;
}

const MESSAGES: Readonly<Record<'measuredOn' | 'value' | 'note', Readonly<Record<string, string>>>> = {
  measuredOn: { required: $localize`:@@kpis.measurementDialog.dayRequired:Choose the day the value was measured.` },
  value: {
    required: $localize`:@@kpis.measurementDialog.valueRequired:Enter the measured value as a number.`,
    number: $localize`:@@kpis.measurementDialog.valueNotNumber:Enter a number, for example 76.4 or 76,4.`,
  },
  note: { maxlength: $localize`:@@kpis.measurementDialog.noteTooLong:Keep the note under 1000 characters.` },
};

/**
 * The typed value as a number in the user's locale (`76,4` and `76.4` both read as 76.4), checked
 * against the KPI's unit by the same rule the API applies (a percentage lies between 0 and 100).
 */
export function measuredValueValidator(unit: string, locale: string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    if (control.value.trim() === '') return null;
    const value = parseLocaleNumber(control.value, locale);
    if (value === null) return { number: true };
    const problem = kpiValueProblem(value, unit);
    return problem ? { range: formatMessage(activeMessageLocale(), problem) } : null;
  };
}

/** Records one measured value of a KPI, or corrects one; the KPI's status and trend follow from it. */
@Component({
  selector: 'crm-measurement-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DateFieldComponent, SubmissionBannerComponent, ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule],
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

  private readonly data = inject<MeasurementDialogData>(MAT_DIALOG_DATA);
  /** The page's locale (LOCALE_ID with its region): a value is typed with its decimal mark. */
  private readonly locale = inject(USER_LOCALE);

  protected readonly kpi = this.data.kpi;
  protected readonly measurement = this.data.measurement ?? null;
  protected readonly target = kpiValue(this.kpi.target, this.kpi.unit);
  protected readonly today = this.store.today();
  protected readonly form = this.fb.group({
    measuredOn: [this.measurement?.measuredOn ?? this.today, Validators.required],
    value: [this.measurement ? this.typed(this.measurement.value) : '', [Validators.required, measuredValueValidator(this.kpi.unit, this.locale)]],
    note: [this.measurement?.note ?? '', Validators.maxLength(1000)],
  });
  protected readonly submission = new EditSubmission(this.form, $localize`:@@kpis.kpi.thing:this KPI`);
  protected readonly title = this.measurement
    ? $localize`:@@kpis.measurementDialog.correctTitle:Correct a measurement`
    : $localize`:@@kpis.measurementDialog.recordTitle:Record a measurement`;
  protected readonly savingLabel = $localize`:@@kpis.measurementDialog.saving:Saving…`;
  protected readonly submitLabel = this.measurement
    ? $localize`:@@kpis.measurementDialog.saveCorrection:Save correction`
    : $localize`:@@kpis.measurementDialog.record:Record`;

  protected errorFor(field: keyof typeof MESSAGES): string | null {
    const range: unknown = this.form.controls[field].errors?.['range'];
    return typeof range === 'string' ? range : fieldErrorMessage(this.form.controls[field], MESSAGES[field]);
  }

  protected reload(): void {
    this.store.reload();
    this.dialogRef.close();
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const { measuredOn, note } = this.form.getRawValue();
    const value = parseLocaleNumber(this.form.controls.value.value, this.locale);
    if (value === null) return;
    const save = this.measurement
      ? this.store.correctMeasurement({ id: this.measurement.id, version: this.measurement.version, measuredOn, value, note: note.trim() })
      : this.store.recordMeasurement({ kpiId: this.kpi.id, measuredOn, value, note: note.trim() });
    this.submission.send(save, (kpi) => this.dialogRef.close(kpi));
  }

  /** A stored value as the user would type it: `76,4` in German, `76.4` in English. */
  private typed(value: number): string {
    return new Intl.NumberFormat(this.locale, { useGrouping: false, maximumFractionDigits: 10 }).format(value);
  }
}
