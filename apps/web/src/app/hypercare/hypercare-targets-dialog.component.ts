import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormArray, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { MAX_TARGET_MINUTES, supportClockAroundTheClock, SupportSeverity } from '@crm/domain';

import { EditSubmission } from '../shared/forms/edit-submission';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { severityLabel } from './hypercare-view';
import { HypercareStore } from './hypercare.store';

const MAX_HOURS = MAX_TARGET_MINUTES / 60;

/** Owners change the program's response and resolution targets, in hours, per severity. */
@Component({
  selector: 'crm-hypercare-targets-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SubmissionBannerComponent, ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  templateUrl: './hypercare-targets-dialog.component.html',
  styles: `
    fieldset {
      border: 0;
      margin: 0 0 12px;
      padding: 0;
    }
    legend {
      font: var(--mat-sys-title-small);
      margin-bottom: 8px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    .row mat-form-field {
      flex: 1 1 180px;
    }
  `,
})
export class HypercareTargetsDialogComponent {
  protected readonly store = inject(HypercareStore);
  private readonly dialogRef = inject(MatDialogRef<HypercareTargetsDialogComponent>);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly severityLabel = severityLabel;
  protected readonly clockOf = (severity: number) => (supportClockAroundTheClock(severity as SupportSeverity)
      ? $localize`:@@hypercare.targetsDialog.countedAroundTheClock:Counted around the clock.`
      : $localize`:@@hypercare.targetsDialog.countedWeekdays:Counted Monday to Friday; a working day is 24 hours of weekday time.`);
  protected readonly maxHours = MAX_HOURS;

  protected readonly rows: FormArray = this.fb.array(
    this.store.targets().map((t) =>
      this.fb.group({
        severity: [t.severity],
        responseHours: [t.responseMinutes / 60, [Validators.required, Validators.min(1 / 60), Validators.max(MAX_HOURS)]],
        resolutionHours: [t.resolutionMinutes / 60, [Validators.required, Validators.min(1 / 60), Validators.max(MAX_HOURS)]],
      }),
    ),
  );
  protected readonly form = this.fb.group({ rows: this.rows });
  protected readonly submission = new EditSubmission(this.form, $localize`:@@hypercare.targets.thing:the targets`);

  protected groupAt(index: number) {
    return this.rows.at(index) as ReturnType<HypercareTargetsDialogComponent['fb']['group']>;
  }

  protected problemAt(index: number, field: 'responseHours' | 'resolutionHours'): string | null {
    const control = this.groupAt(index).get(field);
    if (!control || !control.invalid || !(control.touched || control.dirty)) return null;
    return $localize`:@@hypercare.targetsDialog.hoursRange:Give a number of hours from one minute up to ${MAX_HOURS}:max: (60 working days).`;
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const targets = (this.rows.getRawValue() as { severity: number; responseHours: number; resolutionHours: number }[]).map((row) => ({
      severity: row.severity,
      responseMinutes: Math.round(row.responseHours * 60),
      resolutionMinutes: Math.round(row.resolutionHours * 60),
    }));
    this.submission.send(this.store.updateTargets(targets), () => this.dialogRef.close());
  }
}
