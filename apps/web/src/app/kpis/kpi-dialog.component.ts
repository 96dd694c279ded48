import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';

import type { KpiDirection } from '@crm/graphql-client';

import { EditSubmission } from '../shared/forms/edit-submission';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { Kpi } from './kpi-chart';
import { KpiStore } from './kpis.store';

export interface KpiDialogData {
  kpi: Kpi | null;
}

type KpiField = 'name' | 'description' | 'unit' | 'baseline' | 'target';

const MESSAGES: Readonly<Record<KpiField, Readonly<Record<string, string>>>> = {
  name: { required: 'Name the KPI, e.g. “User adoption”.', maxlength: 'Keep the name under 120 characters.' },
  description: { maxlength: 'Keep the description under 2000 characters.' },
  unit: { required: 'Say what the values count, e.g. % or leads/month.', maxlength: 'Keep the unit to 20 characters.' },
  baseline: {},
  target: { required: 'Enter the value the program aims for.' },
};

/** Adds a KPI, or changes what one measures and aims for. */
@Component({
  selector: 'crm-kpi-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatRadioModule, ErrorBannerComponent],
  template: `
    <h2 mat-dialog-title>{{ editing ? 'Edit KPI' : 'Add a KPI' }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        @if (!editing) {
          <p class="lead">A measurable business goal of the program, with where it starts (baseline) and where it should get to (target).</p>
        }
        @if (submission.banner(); as message) {
          <div class="crm-dialog-banner">
            <crm-error-banner [message]="message" testId="kpi-form-problem" />
            @if (submission.stale()) {
              <button mat-stroked-button type="button" (click)="reload()">Reload</button>
            }
          </div>
        }
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="crm-dialog-full">
          <mat-label>Name</mat-label>
          <input matInput formControlName="name" data-testid="kpi-name" autocomplete="off" placeholder="e.g. Sales conversion rate" />
          @if (errorFor('name'); as message) {
            <mat-error data-testid="error-name">{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="crm-dialog-full">
          <mat-label>How it is measured</mat-label>
          <textarea matInput rows="2" formControlName="description" data-testid="kpi-description"></textarea>
          @if (errorFor('description'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <div class="row">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>Unit</mat-label>
            <input matInput formControlName="unit" data-testid="kpi-unit" autocomplete="off" placeholder="% or leads/month" />
            @if (errorFor('unit'); as message) {
              <mat-error data-testid="error-unit">{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>Baseline</mat-label>
            <input matInput type="number" step="any" formControlName="baseline" data-testid="kpi-baseline" />
            <mat-hint>Leave empty to use the first measurement.</mat-hint>
            @if (errorFor('baseline'); as message) {
              <mat-error data-testid="error-baseline">{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>Target</mat-label>
            <input matInput type="number" step="any" formControlName="target" data-testid="kpi-target" />
            @if (errorFor('target'); as message) {
              <mat-error data-testid="error-target">{{ message }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-radio-group formControlName="direction" aria-label="Which way is better" class="radios" data-testid="kpi-direction">
          <mat-radio-button value="UP">Higher is better</mat-radio-button>
          <mat-radio-button value="DOWN">Lower is better</mat-radio-button>
        </mat-radio-group>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" data-testid="kpi-submit" [disabled]="submission.submitting()">
          {{ submission.submitting() ? 'Saving…' : editing ? 'Save changes' : 'Add KPI' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
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
      min-width: 140px;
    }
    .radios {
      display: flex;
      gap: 16px;
      margin-top: 8px;
    }
  `,
})
export class KpiDialogComponent {
  private readonly store = inject(KpiStore);
  private readonly dialogRef = inject<MatDialogRef<KpiDialogComponent, Kpi>>(MatDialogRef);
  private readonly data = inject<KpiDialogData>(MAT_DIALOG_DATA);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly editing = this.data.kpi !== null;
  protected readonly form = this.fb.group({
    name: [this.data.kpi?.name ?? '', [Validators.required, Validators.maxLength(120)]],
    description: [this.data.kpi?.description ?? '', Validators.maxLength(2000)],
    unit: [this.data.kpi?.unit ?? '', [Validators.required, Validators.maxLength(20)]],
    baseline: this.fb.control<number | null>(this.data.kpi?.baseline ?? null),
    target: this.fb.control<number | null>(this.data.kpi?.target ?? null, Validators.required),
    direction: this.fb.control<KpiDirection>(this.data.kpi?.direction ?? 'UP'),
  });
  protected readonly submission = new EditSubmission(this.form, 'this KPI');

  protected errorFor(field: KpiField): string | null {
    return fieldErrorMessage(this.form.controls[field], MESSAGES[field]);
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
    };
    const existing = this.data.kpi;
    const save = existing ? this.store.updateKpi({ id: existing.id, version: existing.version, ...fields }) : this.store.createKpi(fields);
    this.submission.send(save, (kpi) => this.dialogRef.close(kpi));
  }
}
