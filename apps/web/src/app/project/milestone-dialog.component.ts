import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { Observable } from 'rxjs';

import { MILESTONE_NAME_MAX } from '@crm/domain';
import { PlanningCreateMilestoneGQL, PlanningRolesGQL, PlanningUpdateMilestoneGQL } from '@crm/graphql-client';

import { CommentThreadComponent } from '../shared/comments/comment-thread.component';
import { DateFieldComponent } from '../shared/forms/date-field.component';
import { EditSubmission } from '../shared/forms/edit-submission';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { RecordRemoval } from '../shared/trash/record-removal.service';

export interface EditableMilestone {
  id: string;
  name: string;
  dueDate: string;
  status: 'PLANNED' | 'DONE';
  version: number;
  /** The role reminded of it; null (or absent) means the project manager. */
  ownerRole?: { key: string } | null;
  ownerRoleKey?: string | null;
}

/** A phase the milestone may be in, as either screen lists it. */
export interface MilestonePhaseChoice {
  id: string;
  name: string;
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';
}

export interface MilestoneDialogData {
  /** The program, for its roles (the reminder owner picker). */
  projectId: string;
  /** The project's phases in working order. */
  phases: readonly MilestonePhaseChoice[];
  /** The phase the milestone is in, or the one it is added to. */
  phaseId: string;
  /** Null to add a milestone. */
  milestone: EditableMilestone | null;
}

/**
 * Adds a milestone, or renames, re-dates or moves one to another phase. A milestone still open
 * cannot go into a completed phase (the API refuses it too), so those phases are offered greyed
 * out. The overview's phase cards and the timeline's milestone marks open it. Closes with true.
 */
@Component({
  selector: 'crm-milestone-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CommentThreadComponent,DateFieldComponent, ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, SubmissionBannerComponent],
  template: `
    <h2 mat-dialog-title>
      @if (editing) {
        <ng-container i18n="@@project.milestone.editTitle">Edit milestone</ng-container>
      } @else {
        <ng-container i18n="@@project.milestone.addTitle">Add a milestone</ng-container>
      }
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <crm-submission-banner [submission]="submission" testId="milestone-form-problem" reloadable (reload)="reload()" />
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label i18n="@@project.milestone.name">Name</mat-label>
          <input matInput formControlName="name" data-testid="milestone-name" autocomplete="off" [maxlength]="nameMax" cdkFocusInitial />
          @if (errorFor('name'); as message) {
            <mat-error data-testid="error-name">{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label i18n="@@project.milestone.dueDate">Due date</mat-label>
          <crm-date-field formControlName="dueDate" testId="milestone-due" />
          @if (errorFor('dueDate'); as message) {
            <mat-error data-testid="error-dueDate">{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label i18n="@@project.milestone.phase">Phase</mat-label>
          <mat-select formControlName="phaseId" data-testid="milestone-phase">
            @for (phase of data.phases; track phase.id) {
              <mat-option [value]="phase.id" [disabled]="closedTo(phase)">
                @if (phase.status === 'COMPLETED') {
                  <ng-container i18n="@@project.milestone.completedPhase">{{ phase.name }} (completed)</ng-container>
                } @else {
                  {{ phase.name }}
                }
              </mat-option>
            }
          </mat-select>
          @if (editing) {
            <mat-hint i18n="@@project.milestone.moveHint">Pick another phase to move the milestone there; its tasks stay linked.</mat-hint>
          }
          @if (errorFor('phaseId'); as message) {
            <mat-error data-testid="error-phaseId">{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label i18n="@@project.milestone.remindersTo">Reminders go to</mat-label>
          <mat-select formControlName="ownerRoleKey" data-testid="milestone-owner-role">
            <mat-option value="" i18n="@@project.milestone.defaultOwner">Project manager (default)</mat-option>
            @for (role of roles(); track role.id) {
              @if (role.key !== 'PROJECT_MANAGER') {
                <mat-option [value]="role.key">{{ role.name }}</mat-option>
              }
            }
          </mat-select>
          <mat-hint>
            @if (rolesLoading()) {
              <ng-container i18n="@@project.milestone.rolesLoading">Loading the program’s roles…</ng-container>
            } @else {
              <ng-container i18n="@@project.milestone.remindersHint">Whoever holds this role is told 3 days before the due date, and again if it passes.</ng-container>
            }
          </mat-hint>
          @if (errorFor('ownerRoleKey'); as message) {
            <mat-error data-testid="error-ownerRoleKey">{{ message }}</mat-error>
          }
        </mat-form-field>
        @if (data.milestone; as milestone) {
          @defer (on idle) {
            <crm-comment-thread subjectType="MILESTONE" [subjectId]="milestone.id" />
          } @placeholder {
            <p class="comments-placeholder" i18n="@@project.milestone.commentsPlaceholder">Comments…</p>
          }
        }
      </mat-dialog-content>
      <mat-dialog-actions>
        @if (editing) {
          <button mat-button type="button" class="remove" data-testid="milestone-remove" [disabled]="submission.submitting()" (click)="remove()" i18n="@@project.milestone.remove">Remove milestone</button>
        }
        <span class="spacer"></span>
        <button mat-button type="button" mat-dialog-close i18n="@@project.milestone.cancel">Cancel</button>
        <button mat-flat-button type="submit" data-testid="milestone-submit" [disabled]="submission.submitting()">
          @if (submission.submitting()) {
            <ng-container i18n="@@project.milestone.saving">Saving…</ng-container>
          } @else if (editing) {
            <ng-container i18n="@@project.milestone.saveChanges">Save changes</ng-container>
          } @else {
            <ng-container i18n="@@project.milestone.add">Add milestone</ng-container>
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
  `,
})
export class MilestoneDialogComponent {
  protected readonly data = inject<MilestoneDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<MilestoneDialogComponent, boolean>>(MatDialogRef);
  private readonly createGQL = inject(PlanningCreateMilestoneGQL);
  private readonly updateGQL = inject(PlanningUpdateMilestoneGQL);
  private readonly rolesGQL = inject(PlanningRolesGQL);

  private readonly removal = inject(RecordRemoval);
  protected readonly editing = this.data.milestone !== null;
  protected readonly nameMax = MILESTONE_NAME_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.data.milestone?.name ?? '', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(MILESTONE_NAME_MAX)]],
    dueDate: [this.data.milestone?.dueDate ?? '', Validators.required],
    phaseId: [this.data.phaseId, Validators.required],
    ownerRoleKey: [this.initialOwnerRoleKey()],
  });
  protected readonly roles = signal<readonly { id: string; key: string; name: string }[]>([]);
  protected readonly rolesLoading = signal(true);
  protected readonly submission = new EditSubmission(this.form, $localize`:@@project.milestone.thing:this milestone`);

  constructor() {
    // Without the roles the picker still offers the default; a failed load leaves it at that.
    this.rolesGQL.fetch({ variables: { projectId: this.data.projectId } }).subscribe({
      next: (result) => {
        this.roles.set(result.data?.roles ?? []);
        this.rolesLoading.set(false);
      },
      error: () => this.rolesLoading.set(false),
    });
  }

  /** '' stands for the project manager; the project manager role itself is the same thing. */
  private initialOwnerRoleKey(): string {
    const key = this.data.milestone?.ownerRole?.key ?? this.data.milestone?.ownerRoleKey ?? '';
    return key === 'PROJECT_MANAGER' ? '' : key;
  }

  /** An open milestone (a new one is open) cannot go into a completed phase; its own phase stays selectable. */
  protected closedTo(phase: MilestonePhaseChoice): boolean {
    return phase.status === 'COMPLETED' && this.data.milestone?.status !== 'DONE' && phase.id !== this.data.phaseId;
  }

  protected errorFor(field: 'name' | 'dueDate' | 'phaseId' | 'ownerRoleKey'): string | null {
    const messages: Record<typeof field, Record<string, string>> = {
      name: {
        required: $localize`:@@project.milestone.nameRequired:Give the milestone a name.`,
        pattern: $localize`:@@project.milestone.nameRequired:Give the milestone a name.`,
        maxlength: $localize`:@@project.milestone.nameTooLong:Keep the name to ${MILESTONE_NAME_MAX}:max: characters.`,
      },
      dueDate: { required: $localize`:@@project.milestone.dueRequired:Choose the day the milestone is due.` },
      phaseId: { required: $localize`:@@project.milestone.phaseRequired:Choose the phase the milestone belongs to.` },
      ownerRoleKey: {},
    };
    return fieldErrorMessage(this.form.controls[field], messages[field]);
  }

  protected reload(): void {
    this.dialogRef.close(true);
  }

  /**
   * Removes the milestone to the program's trash after the removal's confirmation (it says what
   * goes with it); the screen that opened the dialog loads again by itself, and again after an Undo.
   */
  protected remove(): void {
    const record = this.data.milestone;
    if (!record) return;
    this.removal.remove('Milestone', { id: record.id, version: record.version, title: record.name }).subscribe((removed) => {
      if (removed) this.dialogRef.close(false);
    });
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const { name, dueDate, phaseId, ownerRoleKey } = this.form.getRawValue();
    const milestone = this.data.milestone;
    // Sent only when it changes, like the phase; '' hands the reminders back to the project manager.
    const ownerChanged = ownerRoleKey !== this.initialOwnerRoleKey();
    const save: Observable<unknown> = milestone
      ? this.updateGQL.mutate({
          variables: {
            // The phase is sent only when it changes, so a rename never trips over the phase's own state.
            input: {
              id: milestone.id,
              version: milestone.version,
              name: name.trim(),
              dueDate,
              ...(phaseId !== this.data.phaseId ? { phaseId } : {}),
              ...(ownerChanged ? { ownerRoleKey: ownerRoleKey || null } : {}),
            },
          },
        })
      : this.createGQL.mutate({ variables: { input: { phaseId, name: name.trim(), dueDate, ...(ownerRoleKey ? { ownerRoleKey } : {}) } } });
    this.submission.send(save, () => this.dialogRef.close(true));
  }
}
