import { ChangeDetectionStrategy, ChangeDetectorRef, Component, effect, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { fieldErrorMessage } from '../shared/forms/form-errors';
import { PRIORITIES, PRIORITY_LABELS } from './board-columns';
import type { BoardContext } from './board.store';
import { TASK_REQUIRED_MESSAGES, TaskField, TaskForm } from './task-form';

/** The fields a new task and an existing one share: where it sits in the plan, what it is, who and when. */
@Component({
  selector: 'crm-task-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  template: `
    <div class="fields" [formGroup]="form()">
      <mat-form-field appearance="outline" class="wide">
        <mat-label>Title</mat-label>
        <input matInput formControlName="title" data-testid="task-title" />
        @if (errorFor('title'); as message) {
          <mat-error data-testid="error-title">{{ message }}</mat-error>
        }
      </mat-form-field>

      <mat-form-field appearance="outline" class="wide">
        <mat-label>Description</mat-label>
        <textarea matInput formControlName="description" rows="3" data-testid="task-description"></textarea>
        @if (errorFor('description'); as message) {
          <mat-error data-testid="error-description">{{ message }}</mat-error>
        }
      </mat-form-field>

      <mat-form-field appearance="outline" floatLabel="always">
        <mat-label>Phase</mat-label>
        <mat-select formControlName="phaseId" placeholder="Choose a phase" data-testid="task-phase" (selectionChange)="phaseChanged()">
          @for (phase of context().project.phases; track phase.id) {
            <mat-option [value]="phase.id">{{ phase.name }}</mat-option>
          }
        </mat-select>
        @if (errorFor('phaseId'); as message) {
          <mat-error data-testid="error-phaseId">{{ message }}</mat-error>
        }
      </mat-form-field>

      <mat-form-field appearance="outline" floatLabel="always">
        <mat-label>Milestone</mat-label>
        <mat-select formControlName="milestoneId" data-testid="task-milestone">
          <mat-option value="">No milestone</mat-option>
          @for (milestone of milestonesOfPhase(); track milestone.id) {
            <mat-option [value]="milestone.id">{{ milestone.name }}</mat-option>
          }
        </mat-select>
        @if (errorFor('milestoneId'); as message) {
          <mat-error data-testid="error-milestoneId">{{ message }}</mat-error>
        } @else if (!form().controls.phaseId.value) {
          <mat-hint>Choose a phase to see its milestones.</mat-hint>
        }
      </mat-form-field>

      <mat-form-field appearance="outline" floatLabel="always">
        <mat-label>Role that owns it</mat-label>
        <mat-select formControlName="roleKey" placeholder="Choose a role" data-testid="task-role-select">
          @for (role of context().roles; track role.id) {
            <mat-option [value]="role.key">{{ role.name }}</mat-option>
          }
        </mat-select>
        @if (errorFor('roleKey'); as message) {
          <mat-error data-testid="error-roleKey">{{ message }}</mat-error>
        }
      </mat-form-field>

      <mat-form-field appearance="outline" floatLabel="always">
        <mat-label>Priority</mat-label>
        <mat-select formControlName="priority" data-testid="task-priority">
          @for (priority of priorities; track priority) {
            <mat-option [value]="priority">{{ priorityLabels[priority] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>

      <mat-form-field appearance="outline">
        <mat-label>Start date</mat-label>
        <input matInput type="date" formControlName="startDate" data-testid="task-start" />
        @if (errorFor('startDate'); as message) {
          <mat-error data-testid="error-startDate">{{ message }}</mat-error>
        }
      </mat-form-field>

      <mat-form-field appearance="outline">
        <mat-label>Due date</mat-label>
        <input matInput type="date" formControlName="dueDate" data-testid="task-due" />
        @if (errorFor('dueDate'); as message) {
          <mat-error data-testid="error-dueDate">{{ message }}</mat-error>
        }
      </mat-form-field>

      <mat-form-field appearance="outline">
        <mat-label>Estimate (hours)</mat-label>
        <input matInput type="number" min="0" step="0.5" formControlName="estimateHours" data-testid="task-estimate" />
        @if (errorFor('estimateHours'); as message) {
          <mat-error data-testid="error-estimateHours">{{ message }}</mat-error>
        }
      </mat-form-field>
    </div>
  `,
  styles: `
    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      gap: 4px 16px;
    }
    .wide {
      grid-column: 1 / -1;
    }
  `,
})
export class TaskFieldsComponent {
  readonly form = input.required<TaskForm>();
  readonly context = input.required<BoardContext>();

  protected readonly priorities = PRIORITIES;
  protected readonly priorityLabels = PRIORITY_LABELS;

  constructor() {
    // The dialog puts the server's field errors on the controls; nothing else would tell this
    // OnPush view to show them.
    const changeDetector = inject(ChangeDetectorRef);
    effect((onCleanup) => {
      const subscription = this.form().events.subscribe(() => changeDetector.markForCheck());
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected milestonesOfPhase() {
    const phaseId = this.form().controls.phaseId.value;
    return this.context().project.milestones.filter((milestone) => milestone.phase.id === phaseId);
  }

  protected errorFor(field: TaskField): string | null {
    const message = TASK_REQUIRED_MESSAGES[field];
    return fieldErrorMessage(this.form().controls[field], message ? { required: message } : {});
  }

  /** A milestone belongs to one phase; keep the choice only if it still fits. */
  protected phaseChanged(): void {
    const milestone = this.form().controls.milestoneId;
    if (milestone.value && !this.milestonesOfPhase().some((m) => m.id === milestone.value)) milestone.setValue('');
  }
}
