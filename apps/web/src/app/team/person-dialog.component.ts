import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { EditSubmission } from '../shared/forms/edit-submission';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
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
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ErrorBannerComponent],
  template: `
    <h2 mat-dialog-title>Add a person to the directory</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="lead">Anyone in the directory can be given roles in any project you work on.</p>
        @if (submission.banner(); as message) {
          <crm-error-banner [message]="message" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Name</mat-label>
          <input matInput formControlName="name" data-testid="person-name" autocomplete="off" />
          @if (errorFor('name'); as message) {
            <mat-error data-testid="error-name">{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Email</mat-label>
          <input matInput type="email" formControlName="email" data-testid="person-email" autocomplete="off" />
          @if (errorFor('email'); as message) {
            <mat-error data-testid="error-email">{{ message }}</mat-error>
          }
        </mat-form-field>
        <div class="pair">
          <mat-form-field appearance="outline">
            <mat-label>Department</mat-label>
            <input matInput formControlName="department" data-testid="person-department" />
            <mat-hint>Optional, e.g. Sales</mat-hint>
            @if (errorFor('department'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Business unit</mat-label>
            <input matInput formControlName="businessUnit" data-testid="person-business-unit" />
            <mat-hint>Optional, e.g. EMEA</mat-hint>
            @if (errorFor('businessUnit'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>Hours per week for CRM work</mat-label>
          <input matInput type="number" min="1" max="80" formControlName="capacityHoursPerWeek" data-testid="person-capacity" />
          @if (errorFor('capacityHoursPerWeek'); as message) {
            <mat-error data-testid="error-capacityHoursPerWeek">{{ message }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" data-testid="person-submit" [disabled]="submission.submitting()">
          {{ submission.submitting() ? 'Adding…' : 'Add person' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
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
