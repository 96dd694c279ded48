import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { EditSubmission } from '../shared/forms/edit-submission';
import { fieldErrorMessage, showServerErrors } from '../shared/forms/form-errors';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { fieldErrorsOf } from '../shared/graphql/graphql-errors';
import { PersonAutocompleteComponent, PersonChoice } from '../shared/people/person-autocomplete.component';
import { TeamStore } from './team.store';
import { ColumnHolder, PROGRAM_WIDE, WaveColumn } from './wave-matrix';
import { PctPipe } from '../shared/format/format.pipes';

export interface WaveAssignDialogData {
  role: { key: string; name: string };
  /** The column the dialog opens on: a wave, or the whole program. */
  wave: WaveColumn;
  /** Every column the user may choose instead, the whole program first. */
  columns: readonly WaveColumn[];
  /** Whether the chosen column already has a primary holder, by column id ('' for the program). */
  hasPrimary: Readonly<Record<string, boolean>>;
  /** Who holds the role in the column the dialog opened on. */
  holders: readonly ColumnHolder[];
}

import { ALLOCATION_MESSAGES, CHOOSE_PERSON, THIS_TEAM } from './allocation-messages';

const columnKey = (id: string | null) => id ?? '';

/** Gives someone a role for the whole program or in one rollout wave. Closes with true once saved. */
@Component({
  selector: 'crm-wave-assign-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    PctPipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    PersonAutocompleteComponent,
    SubmissionBannerComponent,
  ],
  template: `
    <h2 mat-dialog-title i18n="@@team.waveAssign.title">Assign {{ data.role.name }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="lead" i18n="@@team.waveAssign.lead">
          A wave’s own holder owns that wave’s tasks of the role; waves without one fall back to the holder for the whole
          program.
        </p>
        <crm-submission-banner [submission]="submission" />
        @if (data.holders.length > 0) {
          <section class="holders" aria-labelledby="wave-holders-heading">
            <h3 id="wave-holders-heading">
              @if (data.wave.id === null) {
                <ng-container i18n="@@team.waveAssign.holdersProgram">Holding it for the whole program</ng-container>
              } @else {
                <ng-container i18n="@@team.waveAssign.holdersWave">Holding it in {{ data.wave.name }}</ng-container>
              }
            </h3>
            <ul>
              @for (holder of data.holders; track holder.id) {
                <li data-testid="wave-holder" [attr.data-person-id]="holder.person.id">
                  <span>{{ holder.primary ? '★ ' : '' }}{{ holder.person.name }} · {{ holder.allocationPercent | pct: '1.0-0' : 'points' }}</span>
                  @if (!holder.primary) {
                    <button mat-button type="button" data-testid="wave-make-primary" (click)="makePrimary(holder)" i18n="@@team.waveAssign.makePrimary">Make primary</button>
                  }
                  <button
                    mat-button
                    type="button"
                    data-testid="wave-remove-holder"
                    [attr.aria-label]="removeLabel(holder.person.name)"
                    (click)="remove(holder)"
                    i18n="@@team.waveAssign.remove"
                  >
                    Remove
                  </button>
                </li>
              }
            </ul>
          </section>
        }
        <mat-form-field appearance="outline">
          <mat-label i18n="@@team.waveAssign.wave">Wave</mat-label>
          <mat-select formControlName="waveKey" data-testid="assign-wave" (selectionChange)="waveChosen()">
            @for (column of data.columns; track column.id) {
              <mat-option [value]="key(column.id)">
                @if (column.id === null) {
                  <ng-container i18n="@@team.waveAssign.wholeProgram">Whole program</ng-container>
                } @else {
                  {{ column.name }}
                }
              </mat-option>
            }
          </mat-select>
        </mat-form-field>
        <crm-person-autocomplete
          label="Person"
          i18n-label="@@team.waveAssign.person"
          inputTestId="wave-assign-person"
          [person]="person()"
          [error]="personError()"
          (personChange)="personChosen($event)"
        />
        <mat-form-field appearance="outline">
          <mat-label i18n="@@team.waveAssign.allocation">Allocation (%)</mat-label>
          <input matInput type="number" min="1" max="100" formControlName="allocationPercent" data-testid="wave-assign-allocation" />
          @if (allocationError(); as message) {
            <mat-error data-testid="error-allocationPercent">{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-checkbox formControlName="primary" data-testid="wave-assign-primary" i18n="@@team.waveAssign.primary">Primary holder (owns these tasks)</mat-checkbox>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@team.waveAssign.cancel">Cancel</button>
        <button mat-flat-button type="submit" data-testid="wave-assign-submit" [disabled]="submission.submitting()">
          @if (submission.submitting()) {
            <ng-container i18n="@@team.waveAssign.assigning">Assigning…</ng-container>
          } @else {
            <ng-container i18n="@@team.waveAssign.assign">Assign</ng-container>
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    form mat-form-field,
    crm-person-autocomplete {
      display: block;
      width: 100%;
    }
    .lead {
      margin: 0 0 16px;
    }
    .holders h3 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    .holders ul {
      margin: 0 0 16px;
      padding: 0;
      list-style: none;
    }
    .holders li {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      align-items: center;
    }
    .holders li span {
      flex: 1 1 auto;
    }
  `,
})
export class WaveAssignDialogComponent {
  protected readonly data = inject<WaveAssignDialogData>(MAT_DIALOG_DATA);
  private readonly store = inject(TeamStore);
  private readonly dialogRef = inject<MatDialogRef<WaveAssignDialogComponent, boolean>>(MatDialogRef);

  protected readonly person = signal<PersonChoice | null>(null);
  protected readonly personError = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    waveKey: [columnKey(this.data.wave.id)],
    allocationPercent: [100, [Validators.required, Validators.min(1), Validators.max(100)]],
    // A column without a primary holder most likely needs one: the first person given it becomes it.
    primary: [!this.data.hasPrimary[columnKey(this.data.wave.id)]],
  });
  protected readonly submission = new EditSubmission(this.form, THIS_TEAM, (form, error) => this.placeErrors(form, error));

  protected removeLabel(personName: string): string {
    return $localize`:@@team.waveAssign.removeLabel:Remove ${personName}:person: from ${this.data.role.name}:role:`;
  }

  protected key(id: string | null): string {
    return columnKey(id);
  }

  protected allocationError(): string | null {
    return fieldErrorMessage(this.form.controls.allocationPercent, ALLOCATION_MESSAGES);
  }

  protected waveChosen(): void {
    this.form.controls.primary.setValue(!this.data.hasPrimary[this.form.controls.waveKey.value]);
  }

  protected personChosen(person: PersonChoice | null): void {
    this.person.set(person);
    this.personError.set(null);
  }

  protected submit(): void {
    const person = this.person();
    if (!person) this.personError.set(CHOOSE_PERSON);
    if (!this.submission.ready() || !person) return;
    const { waveKey, allocationPercent, primary } = this.form.getRawValue();
    const wave = this.data.columns.find((c) => columnKey(c.id) === waveKey) ?? PROGRAM_WIDE;
    this.submission.send(this.store.assignInWave(this.data.role, wave, person, allocationPercent, primary), () => this.dialogRef.close(true));
  }

  /** The page loads the team again after the change; the dialog has done its part. */
  protected makePrimary(holder: ColumnHolder): void {
    this.store.makePrimaryInWave(this.data.role.name, this.data.wave, holder);
    this.dialogRef.close(true);
  }

  protected remove(holder: ColumnHolder): void {
    this.store.unassignInWave(this.data.role.name, this.data.wave, holder);
    this.dialogRef.close(true);
  }

  /** The person field is outside the form group: its message goes beside it, the rest on the form. */
  private placeErrors(form: FormGroup, error: unknown): string | null {
    const personMessage = fieldErrorsOf(error).find((f) => f.field === 'personId')?.message ?? null;
    this.personError.set(personMessage);
    const banner = showServerErrors(form, error);
    return banner === personMessage ? null : banner;
  }
}
