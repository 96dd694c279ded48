import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { RISK_LEVELS } from '@crm/domain';
import type { RiskStatus } from '@crm/graphql-client';

import { EditSubmission } from '../shared/forms/edit-submission';
import { fieldErrorMessage, showServerErrors } from '../shared/forms/form-errors';
import { fieldErrorsOf } from '../shared/graphql/graphql-errors';
import { PersonAutocompleteComponent, PersonChoice } from '../shared/people/person-autocomplete.component';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { IMPACT_LABELS, LIKELIHOOD_LABELS, RISK_STATUS_LABELS } from './heat-map';
import { Risk, RiskStore } from './risks.store';

export interface RiskDialogData {
  risk: Risk | null;
}

type RiskField = 'title' | 'description' | 'likelihood' | 'impact' | 'mitigation' | 'roleKey' | 'status';

const MESSAGES: Readonly<Record<RiskField, Readonly<Record<string, string>>>> = {
  title: { required: 'Say what could go wrong, e.g. “Users go back to spreadsheets”.', maxlength: 'Keep the title under 200 characters.' },
  description: { maxlength: 'Keep the description under 5000 characters.' },
  likelihood: { required: 'Choose how likely it is.' },
  impact: { required: 'Choose how bad it would be.' },
  mitigation: { maxlength: 'Keep the mitigation under 5000 characters.' },
  roleKey: {},
  status: {},
};

/** Records a risk, or re-assesses, re-assigns or closes one. */
@Component({
  selector: 'crm-risk-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
    PersonAutocompleteComponent,
  ],
  template: `
    <h2 mat-dialog-title>{{ editing ? 'Edit risk' : 'Add a risk' }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        @if (submission.banner(); as message) {
          <div class="crm-dialog-banner">
            <crm-error-banner [message]="message" testId="risk-form-problem" />
            @if (submission.stale()) {
              <button mat-stroked-button type="button" (click)="reload()">Reload</button>
            }
          </div>
        }
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="crm-dialog-full">
          <mat-label>Risk</mat-label>
          <input matInput formControlName="title" data-testid="risk-title" autocomplete="off" />
          @if (errorFor('title'); as message) {
            <mat-error data-testid="error-title">{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="crm-dialog-full">
          <mat-label>Description</mat-label>
          <textarea matInput rows="2" formControlName="description" data-testid="risk-description"></textarea>
          @if (errorFor('description'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <div class="crm-dialog-row">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>Likelihood</mat-label>
            <mat-select formControlName="likelihood" data-testid="risk-likelihood">
              @for (level of levels; track level) {
                <mat-option [value]="level">{{ level }} — {{ likelihoodLabels[level] }}</mat-option>
              }
            </mat-select>
            @if (errorFor('likelihood'); as message) {
              <mat-error data-testid="error-likelihood">{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>Impact</mat-label>
            <mat-select formControlName="impact" data-testid="risk-impact">
              @for (level of levels; track level) {
                <mat-option [value]="level">{{ level }} — {{ impactLabels[level] }}</mat-option>
              }
            </mat-select>
            @if (errorFor('impact'); as message) {
              <mat-error data-testid="error-impact">{{ message }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="crm-dialog-full">
          <mat-label>Mitigation</mat-label>
          <textarea matInput rows="3" formControlName="mitigation" data-testid="risk-mitigation" placeholder="What the program does to make it less likely or less harmful"></textarea>
          @if (errorFor('mitigation'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <div class="crm-dialog-row">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>Owning role</mat-label>
            <mat-select formControlName="roleKey" data-testid="risk-role">
              <mat-option value="">No role</mat-option>
              @for (role of store.roles(); track role.id) {
                <mat-option [value]="role.key">{{ role.name }}</mat-option>
              }
            </mat-select>
            <mat-hint>Its primary holder owns the risk.</mat-hint>
            @if (errorFor('roleKey'); as message) {
              <mat-error data-testid="error-roleKey">{{ message }}</mat-error>
            }
          </mat-form-field>
          @if (editing) {
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>Status</mat-label>
              <mat-select formControlName="status" data-testid="risk-status">
                @for (status of statuses; track status) {
                  <mat-option [value]="status">{{ statusLabels[status] }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          }
        </div>
        <crm-person-autocomplete
          label="Owner (optional)"
          inputTestId="risk-owner"
          hint="Someone who owns the risk instead of the role’s primary holder."
          [person]="owner()"
          [error]="ownerError()"
          (personChange)="owner.set($event)"
        />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" data-testid="risk-submit" [disabled]="submission.submitting()">
          {{ submission.submitting() ? 'Saving…' : editing ? 'Save changes' : 'Add risk' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-form-field {
      margin-bottom: 12px;
    }
  `,
})
export class RiskDialogComponent {
  protected readonly store = inject(RiskStore);
  private readonly dialogRef = inject<MatDialogRef<RiskDialogComponent, Risk>>(MatDialogRef);
  private readonly data = inject<RiskDialogData>(MAT_DIALOG_DATA);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly editing = this.data.risk !== null;
  protected readonly levels = RISK_LEVELS;
  protected readonly likelihoodLabels = LIKELIHOOD_LABELS;
  protected readonly impactLabels = IMPACT_LABELS;
  protected readonly statusLabels = RISK_STATUS_LABELS;
  protected readonly statuses: RiskStatus[] = ['OPEN', 'MONITORING', 'CLOSED'];

  protected readonly form = this.fb.group({
    title: [this.data.risk?.title ?? '', [Validators.required, Validators.maxLength(200)]],
    description: [this.data.risk?.description ?? '', Validators.maxLength(5000)],
    likelihood: this.fb.control<number | null>(this.data.risk?.likelihood ?? null, Validators.required),
    impact: this.fb.control<number | null>(this.data.risk?.impact ?? null, Validators.required),
    mitigation: [this.data.risk?.mitigation ?? '', Validators.maxLength(5000)],
    roleKey: [this.data.risk?.role?.key ?? ''],
    status: this.fb.control<RiskStatus>(this.data.risk?.status ?? 'OPEN'),
  });
  /** Only someone named as owner; an owner through the role follows the role. */
  protected readonly owner = signal<PersonChoice | null>(this.data.risk?.ownerSource === 'ASSIGNEE' ? this.data.risk.owner : null);
  protected readonly ownerError = signal<string | null>(null);
  protected readonly submission = new EditSubmission(this.form, 'this risk', (form, error) => this.placeFieldErrors(form, error));

  protected errorFor(field: RiskField): string | null {
    return fieldErrorMessage(this.form.controls[field], MESSAGES[field]);
  }

  protected reload(): void {
    this.store.reload();
    this.dialogRef.close();
  }

  protected submit(): void {
    this.ownerError.set(null);
    const value = this.form.getRawValue();
    if (!this.submission.ready() || value.likelihood === null || value.impact === null) return;
    const fields = {
      title: value.title.trim(),
      description: value.description.trim(),
      likelihood: value.likelihood,
      impact: value.impact,
      mitigation: value.mitigation.trim(),
    };
    const existing = this.data.risk;
    const save = existing
      ? this.store.updateRisk({
          id: existing.id,
          version: existing.version,
          ...fields,
          status: value.status,
          // null removes the role or the named owner; the API reads a missing field as "unchanged".
          roleKey: value.roleKey === '' ? null : value.roleKey,
          ownerId: this.owner()?.id ?? null,
        })
      : this.store.createRisk({
          ...fields,
          ...(value.roleKey === '' ? {} : { roleKey: value.roleKey }),
          ...(this.owner() ? { ownerId: this.owner()?.id } : {}),
        });
    this.submission.send(save, (risk) => this.dialogRef.close(risk));
  }

  /** The owner field is not a form control: its message is placed by hand. */
  private placeFieldErrors(form: FormGroup, error: unknown): string | null {
    const ownerProblem = fieldErrorsOf(error).find((f) => f.field === 'ownerId');
    this.ownerError.set(ownerProblem?.message ?? null);
    const rest = showServerErrors(form, error);
    return ownerProblem && rest ? rest.replace(ownerProblem.message, '').trim() || null : rest;
  }
}
