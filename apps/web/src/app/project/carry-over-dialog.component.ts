import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';

import { MAX_PAGE_SIZE, OPEN_TASK_STATUSES } from '@crm/domain';
import { CarryOverOpenTasksGQL, CarryOverOpenTasksQuery, OverviewPhaseFragment, ProjectCarryOverTasksGQL, TaskStatus } from '@crm/graphql-client';

import { EditSubmission } from '../shared/forms/edit-submission';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { LoadErrorComponent } from '../shared/ui/load-error.component';
import { LoadingStateComponent } from '../shared/ui/loading-state.component';

/**
 * How many open tasks the dialog lists at once: one page of the API. A phase of a large rollout
 * can hold thousands; the rest stay in the phase and are listed when the dialog is opened again.
 */
export const CARRY_OVER_PAGE = MAX_PAGE_SIZE;

type OpenTask = CarryOverOpenTasksQuery['tasks']['edges'][number]['node'];

export interface CarryOverDialogData {
  projectId: string;
  phase: OverviewPhaseFragment;
  /** Phases after this one that are still open, in working order: where the tasks may go. */
  laterPhases: { id: string; name: string }[];
}

/**
 * Moves the open tasks of a phase to a later phase, so the phase can be completed without calling
 * them done. The open tasks are loaded when the dialog opens; every one starts ticked and the next
 * open phase is picked. Closes with true once the tasks have moved and none is left unlisted; the
 * overview then completes the phase.
 */
@Component({
  selector: 'crm-carry-over-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatSelectModule,
    SubmissionBannerComponent,
    LoadingStateComponent,
    LoadErrorComponent,
  ],
  templateUrl: './carry-over-dialog.component.html',
  styles: `
    mat-form-field {
      width: 100%;
    }
    .lead {
      margin: 0 0 16px;
    }
    fieldset {
      border: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
    }
    legend {
      font: var(--mat-sys-title-small);
      margin-bottom: 4px;
    }
    .problem {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    .more {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CarryOverDialogComponent implements OnInit {
  protected readonly data = inject<CarryOverDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<CarryOverDialogComponent, boolean>>(MatDialogRef);
  private readonly carryOverGQL = inject(ProjectCarryOverTasksGQL);
  private readonly openTasksGQL = inject(CarryOverOpenTasksGQL);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly openTasks = signal<OpenTask[] | null>(null);
  /** Open tasks of the phase beyond the ones listed. */
  protected readonly notListed = signal(0);
  protected readonly loadError = signal<string | null>(null);

  protected readonly form = this.fb.group({
    toPhaseId: [this.data.laterPhases[0]?.id ?? '', Validators.required],
    taskIds: this.fb.group({} as Record<string, FormControl<boolean>>, {
      validators: (group) => (Object.values(group.value).some(Boolean) ? null : { required: true }),
    }),
  });

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.loadError.set(null);
    this.openTasksGQL
      .fetch({
        variables: { projectId: this.data.projectId, phaseId: this.data.phase.id, statuses: [...OPEN_TASK_STATUSES] as TaskStatus[], first: CARRY_OVER_PAGE },
        fetchPolicy: 'network-only',
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ data }) => {
          const page = data?.tasks;
          if (!page) return;
          const tasks = page.edges.map((edge) => edge.node);
          for (const task of tasks) this.form.controls.taskIds.addControl(task.id, new FormControl(true, { nonNullable: true }));
          this.notListed.set(Math.max(page.totalCount - tasks.length, 0));
          this.openTasks.set(tasks);
        },
        error: (error: unknown) => this.loadError.set(userMessageOf(error)),
      });
  }
  protected readonly submission = new EditSubmission(this.form, $localize`:@@project.carryOver.thing:the tasks of “${this.data.phase.name}:phase:”`);

  protected phaseError(): string | null {
    return fieldErrorMessage(this.form.controls.toPhaseId, { required: $localize`:@@project.carryOver.phaseRequired:Pick the phase the tasks move to.` });
  }

  protected tasksError(): string | null {
    const group = this.form.controls.taskIds;
    return group.touched && group.hasError('required') ? $localize`:@@project.carryOver.tasksRequired:Pick at least one task to carry over.` : null;
  }

  protected submit(): void {
    if (this.openTasks() === null || !this.submission.ready()) return;
    const { toPhaseId, taskIds } = this.form.getRawValue();
    const picked = Object.entries(taskIds)
      .filter(([, chosen]) => chosen)
      .map(([id]) => id);
    this.submission.send(
      this.carryOverGQL.mutate({ variables: { input: { phaseId: this.data.phase.id, toPhaseId, taskIds: picked } } }),
      // Only when every open task was listed can the phase now be completed.
      () => this.dialogRef.close(this.notListed() === 0),
    );
  }
}
