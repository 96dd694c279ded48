import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogConfig, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { Observable } from 'rxjs';

import { EditSubmission } from '../forms/edit-submission';
import { fieldErrorMessage } from '../forms/form-errors';
import { SubmissionBannerComponent } from '../forms/submission-banner.component';
import { DirectoryPerson, PeopleDirectory } from './people-directory';

type PersonField = 'name' | 'email' | 'department' | 'businessUnit' | 'capacityHoursPerWeek';

const FIELD_MESSAGES: Record<PersonField, Readonly<Record<string, string>>> = {
  name: {
    required: $localize`:@@shared.person.nameRequired:Enter the person’s name.`,
    maxlength: $localize`:@@shared.person.nameTooLong:Keep the name to 120 characters.`,
  },
  email: {
    required: $localize`:@@shared.person.emailRequired:Enter the person’s email address.`,
    email: $localize`:@@shared.person.emailInvalid:Enter a valid email address, e.g. ana@example.com.`,
  },
  department: { maxlength: $localize`:@@shared.person.departmentTooLong:Keep the department to 80 characters.` },
  businessUnit: { maxlength: $localize`:@@shared.person.businessUnitTooLong:Keep the business unit to 80 characters.` },
  capacityHoursPerWeek: {
    required: $localize`:@@shared.person.capacityRequired:Say how many hours a week they can give to CRM work.`,
    min: $localize`:@@shared.person.capacityMin:Give at least 1 hour a week.`,
    max: $localize`:@@shared.person.capacityMax:Give at most 80 hours a week.`,
  },
};

/** Who to edit; without a person the dialog adds someone new. */
export interface PersonDialogData {
  person?: DirectoryPerson | null;
}

/** The saved person, or 'reload' when the person changed meanwhile and the page should load again. */
export type PersonDialogResult = DirectoryPerson | 'reload';

/**
 * Adds someone to the people directory, or corrects their name, email, department, business unit
 * and weekly hours. The directory is shared by every program, so the dialog says so when editing.
 * Closes with the saved person.
 */
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
    .pair {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      gap: 8px 16px;
      margin-bottom: 8px;
    }
  `,
})
export class PersonDialogComponent {
  private readonly directory = inject(PeopleDirectory);
  private readonly dialogRef = inject<MatDialogRef<PersonDialogComponent, PersonDialogResult>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  /** The person being edited; null when adding someone. */
  protected readonly person = inject<PersonDialogData | null>(MAT_DIALOG_DATA, { optional: true })?.person ?? null;

  protected readonly form = this.fb.group({
    name: [this.person?.name ?? '', [Validators.required, Validators.maxLength(120)]],
    email: [this.person?.email ?? '', [Validators.required, Validators.email]],
    department: [this.person?.department ?? '', Validators.maxLength(80)],
    businessUnit: [this.person?.businessUnit ?? '', Validators.maxLength(80)],
    capacityHoursPerWeek: this.fb.control<number | null>(this.person?.capacityHoursPerWeek ?? 40, [
      Validators.required,
      Validators.min(1),
      Validators.max(80),
    ]),
  });
  protected readonly submission = new EditSubmission(this.form, 'this person');

  protected errorFor(field: PersonField): string | null {
    return fieldErrorMessage(this.form.controls[field], FIELD_MESSAGES[field]);
  }

  protected reload(): void {
    this.dialogRef.close('reload');
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const { name, email, department, businessUnit, capacityHoursPerWeek } = this.form.getRawValue();
    const fields = {
      name: name.trim(),
      email: email.trim(),
      department: department.trim() || null,
      businessUnit: businessUnit.trim() || null,
      capacityHoursPerWeek: capacityHoursPerWeek ?? 40,
    };
    const save: Observable<DirectoryPerson> = this.person
      ? this.directory.update({ id: this.person.id, version: this.person.version, ...fields })
      : this.directory.create(fields);
    this.submission.send(save, (saved) => this.dialogRef.close(saved));
  }
}

/** Opens the person dialog; `person` to edit someone, nothing to add someone new. */
export function openPersonDialog(
  dialog: MatDialog,
  person: DirectoryPerson | null,
  config: Pick<MatDialogConfig, 'injector'> = {},
): Observable<PersonDialogResult | undefined> {
  return dialog
    .open<PersonDialogComponent, PersonDialogData, PersonDialogResult>(PersonDialogComponent, {
      ...config,
      data: { person },
      width: '560px',
      maxWidth: '95vw',
    })
    .afterClosed();
}
