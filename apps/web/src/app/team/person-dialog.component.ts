import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { EditSubmission } from '../shared/forms/edit-submission';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { NewPerson, TeamStore } from './team.store';

type PersonField = 'name' | 'email' | 'department' | 'businessUnit' | 'capacityHoursPerWeek';

const REQUIRED_MESSAGES: Partial<Record<PersonField, string>> = {
  name: 'Enter the person’s name.',
  email: 'Enter the person’s email address.',
  capacityHoursPerWeek: 'Say how many hours a week they can give to CRM work.',
};

/** Adds someone to the people directory, so they can be given roles. Closes with the new person. */
@Component({
  selector: 'crm-person-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SubmissionBannerComponent, ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  templateUrl: './person-dialog.component.html',
  styles: `
    form mat-form-field {
      width: 100%;
    }
    .lead {
      margin: 0 0 16px;
    }
    crm-error-banner {
      margin-bottom: 16px;
    }
    .pair {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      gap: 0 16px;
    }
  `,
})
export class PersonDialogComponent {
  private readonly store = inject(TeamStore);
  private readonly dialogRef = inject<MatDialogRef<PersonDialogComponent, NewPerson>>(MatDialogRef);

  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly form = this.fb.group({
    name: ['', Validators.required],
    email: ['', Validators.required],
    department: [''],
    businessUnit: [''],
    capacityHoursPerWeek: this.fb.control<number | null>(40, Validators.required),
  });
  protected readonly submission = new EditSubmission(this.form, 'this person');

  protected errorFor(field: PersonField): string | null {
    const required = REQUIRED_MESSAGES[field];
    return fieldErrorMessage(this.form.controls[field], required ? { required } : {});
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const { name, email, department, businessUnit, capacityHoursPerWeek } = this.form.getRawValue();
    const person = this.store.createPerson({
      name: name.trim(),
      email: email.trim(),
      department: department.trim() || null,
      businessUnit: businessUnit.trim() || null,
      capacityHoursPerWeek: capacityHoursPerWeek ?? 40,
    });
    this.submission.send(person, (created) => this.dialogRef.close(created));
  }
}
