import { ChangeDetectionStrategy, ChangeDetectorRef, Component, effect, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { DateFieldComponent } from '../shared/forms/date-field.component';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { PRIORITIES, PRIORITY_LABELS } from './board-columns';
import type { BoardContext } from './board.store';
import { TASK_REQUIRED_MESSAGES, TaskField, TaskForm } from './task-form';

/** The fields a new task and an existing one share: where it sits in the plan, what it is, who and when. */
@Component({
  selector: 'crm-task-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DateFieldComponent, ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  templateUrl: './task-fields.component.html',
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
