import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { catchError, map, Observable, of, startWith } from 'rxjs';

import { formatMessage, GATE_DEFAULT_OWNER_ROLE, PHASE_NAME_MAX, plannedDatesProblem } from '@crm/domain';
import { PlanningCreatePhaseGQL, PlanningPhaseOwnerRolesGQL, PlanningUpdatePhaseGQL, UpdatePhaseInput } from '@crm/graphql-client';

import { DateFieldComponent } from '../shared/forms/date-field.component';
import { EditSubmission } from '../shared/forms/edit-submission';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { activeMessageLocale } from '../shared/i18n/message-locale';
import { RecordRemoval } from '../shared/trash/record-removal.service';

/** The phase as both screens hold it: what the dialog shows and the version it sends back. */
export interface EditablePhase {
  id: string;
  name: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  version: number;
  /** CUSTOM for a phase the program added; only those can be removed. Unknown when the opener does not say. */
  kind?: string;
  /** The role told about the gate (null: the project manager). Left out, the dialog neither shows nor sends it. */
  ownerRole?: { key: string } | null;
}

type OwnerRoles = { status: 'loading' } | { status: 'loaded'; roles: readonly { id: string; key: string; name: string }[] } | { status: 'error'; message: string };

export interface PhaseDialogData {
  projectId: string;
  /** Null to add a phase to the plan. */
  phase: EditablePhase | null;
}

/** The end field's own check: it names the start it must not come before. */
function endNotBeforeStart(end: AbstractControl): ValidationErrors | null {
  const start = end.parent?.get('plannedStart')?.value as string | undefined;
  const problem = plannedDatesProblem(start || null, (end.value as string) || null);
  return problem ? { endBeforeStart: formatMessage(activeMessageLocale(), problem) } : null;
}

/**
 * Renames and re-dates a phase, or adds one to the plan: a new phase goes where its planned start
 * puts it among the others (never before a completed one). The overview's phase cards and the
 * timeline's phase bars open it. Closes with true once saved.
 */
@Component({
  selector: 'crm-phase-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DateFieldComponent, ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, SubmissionBannerComponent],
  template: `
    <h2 mat-dialog-title>
      @if (editing) {
        <ng-container i18n="@@project.phaseForm.editTitle">Edit “{{ data.phase!.name }}”</ng-container>
      } @else {
        <ng-container i18n="@@project.phaseForm.addTitle">Add a phase</ng-container>
      }
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        @if (!editing) {
          <p class="lead" i18n="@@project.phaseForm.lead">A phase of your own, such as data migration or hypercare. It takes its place in the plan by its planned start.</p>
        }
        <crm-submission-banner [submission]="submission" testId="phase-form-problem" reloadable (reload)="reload()" />
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label i18n="@@project.phaseForm.name">Name</mat-label>
          <input matInput formControlName="name" data-testid="phase-name" autocomplete="off" [maxlength]="nameMax" cdkFocusInitial />
          @if (errorFor('name'); as message) {
            <mat-error data-testid="error-name">{{ message }}</mat-error>
          }
        </mat-form-field>
        <div class="dates">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@project.phaseForm.plannedStart">Planned start</mat-label>
            <crm-date-field formControlName="plannedStart" testId="phase-start" />
            @if (errorFor('plannedStart'); as message) {
              <mat-error data-testid="error-plannedStart">{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@project.phaseForm.plannedEnd">Planned end</mat-label>
            <crm-date-field formControlName="plannedEnd" testId="phase-end" [min]="form.controls.plannedStart.value || null" />
            @if (errorFor('plannedEnd'); as message) {
              <mat-error data-testid="error-plannedEnd">{{ message }}</mat-error>
            }
          </mat-form-field>
        </div>
        @if (showsOwner) {
          @switch (ownerRoles().status) {
            @case ('loading') {
              <p class="hint" role="status" i18n="@@project.phaseForm.rolesLoading">Loading the roles…</p>
            }
            @case ('error') {
              <p class="hint" role="alert" data-testid="phase-owner-problem">{{ ownerRolesProblem() }}</p>
            }
          }
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@project.phaseForm.gateOwner">Gate owner</mat-label>
            <mat-select formControlName="ownerRoleKey" data-testid="phase-owner-role">
              <mat-option value="" i18n="@@project.phaseForm.defaultOwner">Default: {{ defaultOwnerName() }}</mat-option>
              @for (role of roles(); track role.id) {
                <mat-option [value]="role.key">{{ role.name }}</mat-option>
              }
            </mat-select>
            <mat-hint i18n="@@project.phaseForm.ownerHint">Whoever holds this role is told when the gate is blocked or opens.</mat-hint>
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions>
        @if (custom) {
          <button mat-button type="button" class="remove" data-testid="phase-remove" [disabled]="submission.submitting()" (click)="remove()" i18n="@@project.phaseForm.remove">Remove phase</button>
        }
        <span class="spacer"></span>
        <button mat-button type="button" mat-dialog-close i18n="@@project.phaseForm.cancel">Cancel</button>
        <button mat-flat-button type="submit" data-testid="phase-submit" [disabled]="submission.submitting()">
          @if (submission.submitting()) {
            <ng-container i18n="@@project.phaseForm.saving">Saving…</ng-container>
          } @else if (editing) {
            <ng-container i18n="@@project.phaseForm.saveChanges">Save changes</ng-container>
          } @else {
            <ng-container i18n="@@project.phaseForm.add">Add phase</ng-container>
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .spacer {
      flex: 1;
    }
    .remove {
      color: var(--mat-sys-error);
    }
    mat-form-field {
      width: 100%;
      margin-bottom: 12px;
    }
    .dates {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
      column-gap: 12px;
    }
    .lead {
      margin: 0 0 16px;
    }
    .hint {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PhaseDialogComponent {
  protected readonly data = inject<PhaseDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<PhaseDialogComponent, boolean>>(MatDialogRef);
  private readonly createGQL = inject(PlanningCreatePhaseGQL);
  private readonly updateGQL = inject(PlanningUpdatePhaseGQL);
  private readonly ownerRolesGQL = inject(PlanningPhaseOwnerRolesGQL);

  private readonly removal = inject(RecordRemoval);
  protected readonly editing = this.data.phase !== null;
  /** The standard phases carry the program's gates, so only an added phase offers Remove. */
  protected readonly custom = this.data.phase?.kind === 'CUSTOM';
  protected readonly nameMax = PHASE_NAME_MAX;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    name: [this.data.phase?.name ?? '', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(PHASE_NAME_MAX)]],
    plannedStart: [this.data.phase?.plannedStart ?? '', Validators.required],
    plannedEnd: [this.data.phase?.plannedEnd ?? '', [Validators.required, endNotBeforeStart]],
    // '' is the default (the project manager): a null option would leave the select looking empty.
    ownerRoleKey: [this.data.phase?.ownerRole?.key ?? ''],
  });
  /** Only an existing phase whose opener said who owns its gate offers the choice (a new one starts with the default). */
  protected readonly showsOwner = this.editing && this.data.phase?.ownerRole !== undefined;
  protected readonly ownerRoles = toSignal(
    this.showsOwner
      ? this.ownerRolesGQL.fetch({ variables: { projectId: this.data.projectId }, fetchPolicy: 'network-only' }).pipe(
          map(({ data }): OwnerRoles => ({ status: 'loaded', roles: data?.roles ?? [] })),
          catchError((error: unknown) => of<OwnerRoles>({ status: 'error', message: userMessageOf(error) })),
          startWith<OwnerRoles>({ status: 'loading' }),
        )
      : of<OwnerRoles>({ status: 'loaded', roles: [] }),
    { initialValue: { status: 'loading' } as OwnerRoles },
  );
  protected readonly submission = new EditSubmission(this.form, $localize`:@@project.phaseForm.thing:this phase`);

  constructor() {
    // A new start can put the end before it, or no longer: check the end again.
    this.form.controls.plannedStart.valueChanges.subscribe(() => this.form.controls.plannedEnd.updateValueAndValidity());
  }

  protected roles(): readonly { id: string; key: string; name: string }[] {
    const state = this.ownerRoles();
    return state.status === 'loaded' ? state.roles : [];
  }

  /** The project manager role as the program names it. */
  protected defaultOwnerName(): string {
    return this.roles().find((r) => r.key === GATE_DEFAULT_OWNER_ROLE)?.name ?? $localize`:@@project.phaseForm.projectManager:Project manager`;
  }

  protected ownerRolesProblem(): string {
    const state = this.ownerRoles();
    return state.status === 'error' ? $localize`:@@project.phaseForm.rolesFailed:We could not load the roles to choose from. ${state.message}:reason:` : '';
  }

  protected errorFor(field: 'name' | 'plannedStart' | 'plannedEnd'): string | null {
    const messages: Record<typeof field, Record<string, string>> = {
      name: {
        required: $localize`:@@project.phaseForm.nameRequired:Give the phase a name.`,
        pattern: $localize`:@@project.phaseForm.nameRequired:Give the phase a name.`,
        maxlength: $localize`:@@project.phaseForm.nameTooLong:Keep the name to ${PHASE_NAME_MAX}:max: characters.`,
      },
      plannedStart: { required: $localize`:@@project.phaseForm.startRequired:Choose the day the phase is planned to start.` },
      plannedEnd: { required: $localize`:@@project.phaseForm.endRequired:Choose the day the phase is planned to end.` },
    };
    return fieldErrorMessage(this.form.controls[field], messages[field]);
  }

  /** The phase changed or went away meanwhile: close, and the screen behind loads it again. */
  protected reload(): void {
    this.dialogRef.close(true);
  }

  /**
   * Removes the phase with its tasks, milestones and exit criteria to the program's trash after the removal's confirmation (it says what
   * goes with it); the screen that opened the dialog loads again by itself, and again after an Undo.
   */
  protected remove(): void {
    const record = this.data.phase;
    if (!record) return;
    this.removal.remove('Phase', { id: record.id, version: record.version, title: record.name }).subscribe((removed) => {
      if (removed) this.dialogRef.close(false);
    });
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const { name, plannedStart, plannedEnd, ownerRoleKey } = this.form.getRawValue();
    const phase = this.data.phase;
    const update = (p: EditablePhase): UpdatePhaseInput => ({
      id: p.id,
      version: p.version,
      name: name.trim(),
      plannedStart,
      plannedEnd,
      ...(this.showsOwner ? { ownerRoleKey: ownerRoleKey || null } : {}),
    });
    const save: Observable<unknown> = phase
      ? this.updateGQL.mutate({ variables: { input: update(phase) } })
      : this.createGQL.mutate({ variables: { input: { projectId: this.data.projectId, name: name.trim(), plannedStart, plannedEnd } } });
    this.submission.send(save, () => this.dialogRef.close(true));
  }
}
