import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { EditSubmission } from '../shared/forms/edit-submission';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { NewRole, TeamStore } from './team.store';

/** Adds a role of the project's own to the standard catalog. Closes with the new role. */
@Component({
  selector: 'crm-role-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SubmissionBannerComponent, ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  template: `
    <h2 mat-dialog-title i18n="@@team.role.dialogTitle">Add a custom role</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="lead" i18n="@@team.role.dialogLead">
          Add a role when the standard ones do not cover some of the work, for example a regional change champion.
        </p>
        <crm-submission-banner [submission]="submission" />
        <mat-form-field appearance="outline">
          <mat-label i18n="@@team.role.name">Role name</mat-label>
          <input matInput formControlName="name" data-testid="role-name" autocomplete="off" />
          @if (errorFor('name'); as message) {
            <mat-error data-testid="error-role-name">{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label i18n="@@team.role.description">What this role does</mat-label>
          <textarea matInput formControlName="description" rows="3" data-testid="role-description"></textarea>
          @if (errorFor('description'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@team.role.cancel">Cancel</button>
        <button mat-flat-button type="submit" data-testid="role-submit" [disabled]="submission.submitting()">
          @if (submission.submitting()) {
            <ng-container i18n="@@team.role.adding">Adding…</ng-container>
          } @else {
            <ng-container i18n="@@team.role.add">Add role</ng-container>
          }
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
  `,
})
export class RoleDialogComponent {
  private readonly store = inject(TeamStore);
  private readonly dialogRef = inject<MatDialogRef<RoleDialogComponent, NewRole>>(MatDialogRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', Validators.required],
    description: [''],
  });
  protected readonly submission = new EditSubmission(this.form, $localize`:@@team.role.thisRole:this role`);

  protected errorFor(field: 'name' | 'description'): string | null {
    return fieldErrorMessage(this.form.controls[field], { required: $localize`:@@team.role.nameRequired:Give the role a name.` });
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const { name, description } = this.form.getRawValue();
    this.submission.send(this.store.createRole(name.trim(), description.trim()), (role) => this.dialogRef.close(role));
  }
}
