import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { EditSubmission } from '../shared/forms/edit-submission';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { Vendor } from './score-matrix';
import { SelectionStore } from './selection.store';

/** Adds a vendor to the shortlist. Closes with the new vendor. */
@Component({
  selector: 'crm-vendor-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SubmissionBannerComponent, ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  template: `
    <h2 mat-dialog-title i18n="@@selection.vendorDialog.title">Add a vendor</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <crm-submission-banner [submission]="submission" testId="vendor-form-problem" />
        <mat-form-field appearance="outline">
          <mat-label i18n="@@selection.vendorDialog.name">Vendor</mat-label>
          <input matInput formControlName="name" data-testid="vendor-name" autocomplete="off" />
          <mat-hint i18n="@@selection.vendorDialog.nameHint">e.g. Salesforce, Microsoft, HubSpot</mat-hint>
          @if (errorFor('name'); as message) {
            <mat-error data-testid="error-name">{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label i18n="@@selection.vendorDialog.product">Product offered</mat-label>
          <input matInput formControlName="product" data-testid="vendor-product" autocomplete="off" />
          <mat-hint i18n="@@selection.vendorDialog.productHint">Optional, e.g. Sales Cloud Enterprise</mat-hint>
          @if (errorFor('product'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label i18n="@@selection.vendorDialog.notes">Notes</mat-label>
          <textarea matInput formControlName="notes" rows="3" data-testid="vendor-notes"></textarea>
          @if (errorFor('notes'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@selection.vendorDialog.cancel">Cancel</button>
        <button mat-flat-button type="submit" data-testid="vendor-submit" [disabled]="submission.submitting()">
          @if (submission.submitting()) {
            <ng-container i18n="@@selection.vendorDialog.adding">Adding…</ng-container>
          } @else {
            <ng-container i18n="@@selection.vendorDialog.add">Add vendor</ng-container>
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    form mat-form-field {
      width: 100%;
      margin-bottom: 4px;
    }
    crm-error-banner {
      margin-bottom: 16px;
    }
  `,
})
export class VendorDialogComponent {
  private readonly store = inject(SelectionStore);
  private readonly dialogRef = inject<MatDialogRef<VendorDialogComponent, Vendor>>(MatDialogRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', Validators.required],
    product: [''],
    notes: [''],
  });
  protected readonly submission = new EditSubmission(this.form, $localize`:@@selection.vendorDialog.thing:this vendor`);

  protected errorFor(field: 'name' | 'product' | 'notes'): string | null {
    return fieldErrorMessage(this.form.controls[field], { required: $localize`:@@selection.vendorDialog.nameRequired:Name the vendor.` });
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const { name, product, notes } = this.form.getRawValue();
    this.submission.send(this.store.createVendor({ name: name.trim(), product: product.trim(), notes: notes.trim() }), (vendor) => this.dialogRef.close(vendor));
  }
}
