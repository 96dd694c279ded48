import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';

import { firstValueFrom } from 'rxjs';

import { dependencyLagProblem } from '@crm/domain';
import { type BoardTaskFragment, DependantShiftsGQL, type UpdateTaskInput } from '@crm/graphql-client';

import { CommentThreadComponent } from '../shared/comments/comment-thread.component';
import { focusFirstInvalidField, showServerErrors } from '../shared/forms/form-errors';
import { changeProblemOf } from '../shared/graphql/change-problems';
import { fieldErrorsOf, userMessageOf } from '../shared/graphql/graphql-errors';
import { PersonChoice } from '../shared/people/person-autocomplete.component';
import { confirmAction } from '../shared/ui/confirm-dialog.component';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { askToShiftDependants } from '../timeline/shift-dependants/shift-dependants-dialog.component';
import { STATUS_LABELS } from './board-columns';
import { plannedAfterSentence } from './planned-after';
import { waitingForSentence } from './waiting-for';
import { BoardContext, BoardStore } from './board.store';
import { DependencyLink, taskChanges, taskForm, taskFormValue } from './task-form';
import { TaskDependenciesFieldComponent } from './task-dependencies-field.component';
import { TaskFieldsComponent } from './task-fields.component';
import { TaskOwnerFieldComponent } from './task-owner-field.component';

export interface TaskDetailDialogData {
  task: BoardTaskFragment;
  context: BoardContext;
  projectId: string;
  canEdit: boolean;
  /** Titles of the tasks on the board, to name dependencies. */
  knownTitles: ReadonlyMap<string, string>;
}

export type TaskDetailResult =
  | { kind: 'saved'; task: BoardTaskFragment }
  | { kind: 'deleted'; title: string }
  /** The user followed a link to a task this one waits for; the board opens that one instead. */
  | { kind: 'open-task'; taskId: string };

/** Everything about one task, editable by editors: fields, owner, what it waits for; and deleting it. */
@Component({
  selector: 'crm-task-detail-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CommentThreadComponent,
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    ErrorBannerComponent,
    TaskDependenciesFieldComponent,
    TaskFieldsComponent,
    TaskOwnerFieldComponent,
  ],
  templateUrl: './task-detail-dialog.component.html',
  styles: `
    .summary {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .unowned {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    .readonly,
    .note {
      margin: 0 0 12px;
    }
    .spacer {
      flex: 1;
    }
    .waiting-for {
      margin: 0 0 12px;
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .waiting-for ul {
      margin: 4px 0 0;
      padding-left: 20px;
    }
    .waiting-label {
      margin: 0;
    }
    .blocker-link {
      all: unset;
      cursor: pointer;
      text-decoration: underline;
    }
    .blocker-link:focus-visible {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .blocker-status {
      color: var(--mat-sys-on-surface-variant);
    }
    .delete {
      color: var(--mat-sys-error);
    }
  `,
})
export class TaskDetailDialogComponent {
  protected readonly data = inject<TaskDetailDialogData>(MAT_DIALOG_DATA);
  private readonly store = inject(BoardStore);
  private readonly dialog = inject(MatDialog);
  private readonly dialogRef = inject<MatDialogRef<TaskDetailDialogComponent, TaskDetailResult>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly shiftsGQL = inject(DependantShiftsGQL);

  protected readonly statusLabels = STATUS_LABELS;
  /** The version of the task this dialog edits; a reload replaces it. */
  protected readonly task = signal(this.data.task);
  protected readonly waitingLabel = computed(() => waitingForSentence(this.task()));
  protected readonly plannedAfter = computed(() => plannedAfterSentence(this.task().dependencies));
  /** The board's titles and those of what this task waits for, so every chip has a name. */
  protected readonly knownTitles = computed(
    () => new Map([...this.data.knownTitles, ...this.task().dependencies.map((d): [string, string] => [d.dependsOnId, d.dependsOn.title])]),
  );
  protected readonly form = taskForm(inject(NonNullableFormBuilder), taskFormValue(this.data.task));
  protected readonly roleKey = toSignal(this.form.controls.roleKey.valueChanges, { initialValue: this.data.task.role.key });
  protected readonly assignee = signal<PersonChoice | null>(this.data.task.assignee);
  protected readonly dependencies = signal<DependencyLink[]>(taskFormValue(this.data.task).dependencies);

  protected readonly busy = signal(false);
  protected readonly banner = signal<string | null>(null);
  protected readonly note = signal<string | null>(null);
  /** The server has a newer version than the one being edited. */
  protected readonly stale = signal(false);
  protected readonly assigneeError = signal<string | null>(null);
  protected readonly dependenciesError = signal<string | null>(null);

  constructor() {
    if (!this.data.canEdit) this.form.disable();
  }

  protected assigneeChosen(person: PersonChoice | null): void {
    this.assignee.set(person);
    this.assigneeError.set(null);
  }

  protected dependenciesChosen(links: DependencyLink[]): void {
    this.dependencies.set(links);
    this.dependenciesError.set(null);
  }

  protected save(): void {
    if (!this.data.canEdit || this.busy()) return;
    this.banner.set(null);
    this.note.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    if (this.dependencies().some((link) => dependencyLagProblem(link.lagDays))) {
      // The field says what is wrong beside the lag; the dialog only takes the user there.
      this.host.nativeElement.querySelector<HTMLElement>('[data-testid="task-dependency-lag"][aria-invalid="true"]')?.focus();
      return;
    }
    const value = { ...this.form.getRawValue(), assigneeId: this.assignee()?.id ?? null, dependencies: this.dependencies() };
    const changes = taskChanges(this.task(), value);
    if (Object.keys(changes).length === 0) {
      this.dialogRef.close();
      return;
    }
    this.busy.set(true);
    void this.shiftChoice(changes).then((shiftDependants) => {
      if (shiftDependants === undefined) {
        this.busy.set(false);
        return;
      }
      const input: UpdateTaskInput = { id: this.task().id, version: this.task().version, ...changes, ...(shiftDependants ? { shiftDependants } : {}) };
      this.store.updateTask(input).subscribe({
        next: (task) => this.dialogRef.close({ kind: 'saved', task }),
        error: (error: unknown) => this.refused(error),
      });
    });
  }

  /**
   * Whether to move the tasks waiting for this one along with its new dates: asked only when the
   * dates move and some of them would then start too early; undefined when the user cancels. A
   * preview the API refuses (dates that do not fit) asks nothing: the save then explains it.
   */
  private async shiftChoice(changes: Omit<UpdateTaskInput, 'id' | 'version'>): Promise<boolean | undefined> {
    const { startDate, dueDate } = changes;
    // Only a move to real dates can push anything; clearing a date pushes nothing.
    if ((startDate === undefined && dueDate === undefined) || startDate === null || dueDate === null) return false;
    let shifts;
    try {
      const dates = { ...(startDate ? { startDate } : {}), ...(dueDate ? { dueDate } : {}) };
      const { data } = await firstValueFrom(this.shiftsGQL.fetch({ variables: { input: { taskId: this.task().id, ...dates } }, fetchPolicy: 'network-only' }));
      shifts = data?.dependantShifts ?? [];
    } catch {
      return false;
    }
    if (shifts.length === 0) return false;
    const choice = await askToShiftDependants(this.dialog, { taskTitle: this.task().title, shifts });
    return choice === undefined ? undefined : choice === 'shift';
  }

  /** Opens a task this one waits for; unsaved edits are given up only when the user agrees. */
  protected openWaitedFor(taskId: string): void {
    const value = { ...this.form.getRawValue(), assigneeId: this.assignee()?.id ?? null, dependencies: this.dependencies() };
    const unsaved = this.data.canEdit && Object.keys(taskChanges(this.task(), value)).length > 0;
    if (!unsaved) {
      this.dialogRef.close({ kind: 'open-task', taskId });
      return;
    }
    confirmAction(
      this.dialog,
      {
        title: $localize`:@@tasks.detail.leaveTitle:Leave without saving?`,
        message: $localize`:@@tasks.detail.leaveMessage:Your changes to this task are not saved yet.`,
        confirmLabel: $localize`:@@tasks.detail.leaveConfirm:Leave without saving`,
      },
      { injector: this.injector },
    ).subscribe((confirmed) => {
      if (confirmed) this.dialogRef.close({ kind: 'open-task', taskId });
    });
  }

  /** Removes the task to the program's trash: the confirmation says what goes with it, and an Undo follows. */
  protected delete(): void {
    const task = this.task();
    this.banner.set(null);
    this.busy.set(true);
    this.store.removeTask(task).subscribe((removed) => {
      this.busy.set(false);
      if (removed) this.dialogRef.close({ kind: 'deleted', title: task.title });
    });
  }

  /** Loads the server's version after a conflict; the user's unsaved edits give way to it. */
  protected reload(): void {
    this.busy.set(true);
    this.store.refreshTask(this.task().id).subscribe({
      next: (task) => {
        this.task.set(task);
        this.form.reset(taskFormValue(task));
        this.assignee.set(task.assignee);
        this.dependencies.set(taskFormValue(task).dependencies);
        this.assigneeError.set(null);
        this.dependenciesError.set(null);
        this.stale.set(false);
        this.banner.set(null);
        this.note.set($localize`:@@tasks.detail.reloaded:This is the latest version of the task. Make your changes again and save.`);
        this.busy.set(false);
      },
      error: (error: unknown) => {
        this.banner.set($localize`:@@tasks.detail.reloadFailed:We could not reload the task. ${userMessageOf(error)}:problem:`);
        this.busy.set(false);
      },
    });
  }

  private refused(error: unknown): void {
    this.busy.set(false);
    const problem = changeProblemOf(error, $localize`:@@tasks.detail.thing:this task`);
    if (problem.kind !== 'invalid-input') {
      // Only a newer version can be loaded into the dialog; a deleted task has none.
      this.stale.set(problem.kind === 'stale');
      this.banner.set(
        problem.kind === 'gone'
          ? $localize`:@@tasks.detail.gone:This task no longer exists; someone may have deleted it. Close this window to see the board as it is.`
          : problem.message,
      );
      return;
    }
    this.banner.set(showServerErrors(this.form, error));
    // The owner and dependency fields are not form controls on screen: they show their messages
    // themselves, and their controls must not keep the form invalid once the user changes them.
    const fields = fieldErrorsOf(error);
    const messageFor = (field: string) => fields.find((f) => f.field === field)?.message ?? null;
    this.assigneeError.set(messageFor('assigneeId'));
    this.dependenciesError.set(messageFor('dependencies') ?? messageFor('dependsOnIds'));
    this.form.controls.assigneeId.setErrors(null);
    this.form.controls.dependencies.setErrors(null);
    afterNextRender(
      () => {
        // A refused dependency (e.g. a loop) is explained under the field, at the bottom of the dialog.
        const dependencyError = this.host.nativeElement.querySelector('[data-testid="error-dependencies"]');
        if (dependencyError) dependencyError.scrollIntoView({ block: 'nearest' });
        else focusFirstInvalidField(this.host.nativeElement);
      },
      { injector: this.injector },
    );
  }
}
