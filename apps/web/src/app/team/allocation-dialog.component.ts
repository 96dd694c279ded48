import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { EditSubmission } from '../shared/forms/edit-submission';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { Holder, RoleRow } from './team-matrix';
import { TeamStore } from './team.store';

export interface AllocationDialogData {
  row: RoleRow;
  holder: Holder;
}

/** Changes how much of someone's time goes to one role. Closes with true once saved. */
import { ALLOCATION_MESSAGES, THIS_TEAM } from './allocation-messages';

@Component({
  selector: 'crm-allocation-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ErrorBannerComponent],
  template: `
    <h2 mat-dialog-title i18n="@@team.allocationDialog.title">Change allocation</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p i18n="@@team.allocationDialog.question">How much of {{ data.holder.person.name }}’s capacity goes to {{ data.row.name }}?</p>
        @if (submission.banner(); as message) {
          <crm-error-banner [message]="message" />
          @if (submission.stale()) {
            <button mat-stroked-button type="button" class="reload" (click)="reload()" i18n="@@team.allocationDialog.reload">Reload the team</button>
          }
        }
        <mat-form-field appearance="outline">
          <mat-label i18n="@@team.allocationDialog.allocation">Allocation (%)</mat-label>
          <input matInput type="number" min="1" max="100" formControlName="allocationPercent" data-testid="allocation-input" />
          @if (errorFor(); as message) {
            <mat-error data-testid="error-allocationPercent">{{ message }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@team.allocationDialog.cancel">Cancel</button>
        <button mat-flat-button type="submit" data-testid="allocation-submit" [disabled]="submission.submitting() || submission.stale()">
          @if (submission.submitting()) {
            <ng-container i18n="@@team.allocationDialog.saving">Saving…</ng-container>
          } @else {
            <ng-container i18n="@@team.allocationDialog.save">Save</ng-container>
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-form-field {
      width: 100%;
    }
    crm-error-banner,
    .reload {
      margin-bottom: 16px;
    }
  `,
})
export class AllocationDialogComponent {
  protected readonly data = inject<AllocationDialogData>(MAT_DIALOG_DATA);
  private readonly store = inject(TeamStore);
  private readonly dialogRef = inject<MatDialogRef<AllocationDialogComponent, boolean>>(MatDialogRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    allocationPercent: [this.data.holder.allocationPercent, [Validators.required, Validators.min(1), Validators.max(100)]],
  });
  protected readonly submission = new EditSubmission(this.form, THIS_TEAM);

  protected errorFor(): string | null {
    return fieldErrorMessage(this.form.controls.allocationPercent, ALLOCATION_MESSAGES);
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    this.submission.send(this.store.changeAllocation(this.data.row, this.data.holder, this.form.getRawValue().allocationPercent), () => this.dialogRef.close(true));
  }

  protected reload(): void {
    this.store.reload();
    this.dialogRef.close(false);
  }
}
