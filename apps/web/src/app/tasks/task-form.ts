import { FormControl, FormGroup, NonNullableFormBuilder, Validators } from '@angular/forms';

import type { BoardTaskFragment, CreateTaskInput, TaskPriority, UpdateTaskInput } from '@crm/graphql-client';

/** A task this one waits for, and how many working days after it finishes this one may begin. */
export interface DependencyLink {
  dependsOnId: string;
  lagDays: number;
}

/**
 * The editable fields of a task, named as the API names them so that its field errors land on the
 * right control. Empty text stands for "not set" in the date, milestone and wave fields.
 */
export type TaskForm = FormGroup<{
  phaseId: FormControl<string>;
  milestoneId: FormControl<string>;
  /** The rollout wave the task belongs to: its role's holder in that wave owns it first. */
  waveId: FormControl<string>;
  title: FormControl<string>;
  description: FormControl<string>;
  roleKey: FormControl<string>;
  priority: FormControl<TaskPriority>;
  startDate: FormControl<string>;
  dueDate: FormControl<string>;
  estimateHours: FormControl<number | null>;
  /** The explicit assignee; null means the role's primary holder owns the task. */
  assigneeId: FormControl<string | null>;
  dependencies: FormControl<DependencyLink[]>;
}>;

export type TaskFormValue = ReturnType<TaskForm['getRawValue']>;

export type TaskField = keyof TaskFormValue;

/** What to say when a required field is left empty; everything else is the API's to judge. */
export const TASK_REQUIRED_MESSAGES: Partial<Record<TaskField, string>> = {
  phaseId: $localize`:@@tasks.fields.phaseRequired:Choose the phase this task belongs to.`,
  title: $localize`:@@tasks.fields.titleRequired:Give the task a title.`,
  roleKey: $localize`:@@tasks.fields.roleRequired:Choose the role that owns this task.`,
};

export function taskForm(fb: NonNullableFormBuilder, initial: Partial<TaskFormValue> = {}): TaskForm {
  return fb.group({
    phaseId: [initial.phaseId ?? '', Validators.required],
    milestoneId: [initial.milestoneId ?? ''],
    waveId: [initial.waveId ?? ''],
    title: [initial.title ?? '', Validators.required],
    description: [initial.description ?? ''],
    roleKey: [initial.roleKey ?? '', Validators.required],
    priority: [initial.priority ?? ('MEDIUM' as TaskPriority)],
    startDate: [initial.startDate ?? ''],
    dueDate: [initial.dueDate ?? ''],
    estimateHours: fb.control<number | null>(initial.estimateHours ?? null),
    assigneeId: fb.control<string | null>(initial.assigneeId ?? null),
    dependencies: fb.control<DependencyLink[]>(initial.dependencies ?? []),
  });
}

/** The form's values for an existing task. */
export function taskFormValue(task: BoardTaskFragment): TaskFormValue {
  return {
    phaseId: task.phase.id,
    milestoneId: task.milestone?.id ?? '',
    waveId: task.waveId ?? '',
    title: task.title,
    description: task.description,
    roleKey: task.role.key,
    priority: task.priority,
    startDate: task.startDate ?? '',
    dueDate: task.dueDate ?? '',
    estimateHours: task.estimateHours,
    assigneeId: task.assignee?.id ?? null,
    dependencies: task.dependencies.map(({ dependsOnId, lagDays }) => ({ dependsOnId, lagDays })),
  };
}

export function createTaskInput(value: TaskFormValue): Omit<CreateTaskInput, 'projectId'> {
  const input: Omit<CreateTaskInput, 'projectId'> = {
    phaseId: value.phaseId,
    title: value.title.trim(),
    description: value.description.trim(),
    roleKey: value.roleKey,
    priority: value.priority,
  };
  if (value.milestoneId) input.milestoneId = value.milestoneId;
  if (value.waveId) input.waveId = value.waveId;
  if (value.assigneeId) input.assigneeId = value.assigneeId;
  if (value.startDate) input.startDate = value.startDate;
  if (value.dueDate) input.dueDate = value.dueDate;
  if (value.estimateHours !== null) input.estimateHours = value.estimateHours;
  if (value.dependencies.length > 0) input.dependencies = value.dependencies;
  return input;
}

/**
 * Only what the user changed, so that saving one field never overwrites another with what this
 * dialog happened to read. A cleared date, milestone, wave, estimate or assignee is sent as null, which
 * the API reads as "remove it"; for the assignee that hands the task back to the role.
 */
export function taskChanges(task: BoardTaskFragment, value: TaskFormValue): Omit<UpdateTaskInput, 'id' | 'version'> {
  const before = taskFormValue(task);
  const changes: Omit<UpdateTaskInput, 'id' | 'version'> = {};
  const title = value.title.trim();
  const description = value.description.trim();
  if (title !== before.title) changes.title = title;
  if (description !== before.description) changes.description = description;
  if (value.phaseId !== before.phaseId) changes.phaseId = value.phaseId;
  if (value.milestoneId !== before.milestoneId) changes.milestoneId = value.milestoneId || null;
  if (value.waveId !== before.waveId) changes.waveId = value.waveId || null;
  if (value.roleKey !== before.roleKey) changes.roleKey = value.roleKey;
  if (value.priority !== before.priority) changes.priority = value.priority;
  if (value.startDate !== before.startDate) changes.startDate = value.startDate || null;
  if (value.dueDate !== before.dueDate) changes.dueDate = value.dueDate || null;
  if (value.estimateHours !== before.estimateHours) changes.estimateHours = value.estimateHours;
  if (value.assigneeId !== before.assigneeId) changes.assigneeId = value.assigneeId;
  if (!sameLinks(value.dependencies, before.dependencies)) changes.dependencies = value.dependencies;
  return changes;
}

/** The same prerequisites with the same lags, in any order. */
function sameLinks(a: readonly DependencyLink[], b: readonly DependencyLink[]): boolean {
  const key = (link: DependencyLink) => `${link.dependsOnId}:${link.lagDays}`;
  const set = new Set(a.map(key));
  return a.length === b.length && b.every((link) => set.has(key(link)));
}
