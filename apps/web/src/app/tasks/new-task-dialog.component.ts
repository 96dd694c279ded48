import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormGroup, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';

import type { BoardTaskFragment } from '@crm/graphql-client';

import { EditSubmission } from '../shared/forms/edit-submission';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { fieldErrorMessage, showServerErrors } from '../shared/forms/form-errors';
import { PersonChoice } from '../shared/people/person-autocomplete.component';
import { BoardContext, BoardStore } from './board.store';
import { createTaskInput, taskForm } from './task-form';
import { TaskFieldsComponent } from './task-fields.component';
import { TaskOwnerFieldComponent } from './task-owner-field.component';

export interface NewTaskDialogData {
  context: BoardContext;
  /** The phase the board is filtered to, if any: the likeliest home for the new task. */
  phaseId: string | null;
}

/** Adds a task to the plan. Closes with the created task. */
@Component({
  selector: 'crm-new-task-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SubmissionBannerComponent, ReactiveFormsModule, MatButtonModule, MatDialogModule, TaskFieldsComponent, TaskOwnerFieldComponent],
  template: `
    <h2 mat-dialog-title i18n="@@tasks.newTask.title">New task</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <crm-submission-banner [submission]="submission" />
        <crm-task-fields [form]="form" [context]="data.context" />
        <crm-task-owner-field
          [context]="data.context"
          [roleKey]="roleKey()"
          [assignee]="assignee()"
          [error]="assigneeError()"
          (assigneeChange)="assigneeChosen($event)"
        />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@tasks.newTask.cancel">Cancel</button>
        <button mat-flat-button type="submit" data-testid="task-submit" [disabled]="submission.submitting()">
          @if (submission.submitting()) {
            <ng-container i18n="@@tasks.newTask.creating">Creating task…</ng-container>
          } @else {
            <ng-container i18n="@@tasks.newTask.create">Create task</ng-container>
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    crm-error-banner {
      margin-bottom: 16px;
    }
  `,
})
export class NewTaskDialogComponent {
  protected readonly data = inject<NewTaskDialogData>(MAT_DIALOG_DATA);
  private readonly store = inject(BoardStore);
  private readonly dialogRef = inject<MatDialogRef<NewTaskDialogComponent, BoardTaskFragment>>(MatDialogRef);

  protected readonly form = taskForm(inject(NonNullableFormBuilder), { phaseId: this.data.phaseId ?? '' });
  protected readonly roleKey = toSignal(this.form.controls.roleKey.valueChanges, { initialValue: '' });
  protected readonly assignee = signal<PersonChoice | null>(null);
  protected readonly submission = new EditSubmission(this.form, $localize`:@@tasks.newTask.thing:this task`, (form, error) => this.placeFieldErrors(form, error));
  /** Kept in a signal because the server's message arrives outside the form's own events. */
  protected readonly assigneeError = signal<string | null>(null);

  protected assigneeChosen(person: PersonChoice | null): void {
    this.assignee.set(person);
    this.form.controls.assigneeId.setValue(person?.id ?? null);
    this.assigneeError.set(null);
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    this.submission.send(this.store.createTask(createTaskInput(this.form.getRawValue())), (task) => this.dialogRef.close(task));
  }

  /** The assignee shows its own message; its hidden control must not keep the form invalid. */
  private placeFieldErrors(form: FormGroup, error: unknown): string | null {
    const banner = showServerErrors(form, error);
    this.assigneeError.set(fieldErrorMessage(this.form.controls.assigneeId, {}));
    this.form.controls.assigneeId.setErrors(null);
    return banner;
  }
}
