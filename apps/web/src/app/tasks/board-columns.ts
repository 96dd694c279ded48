import type { BoardTaskFragment, TaskPriority, TaskStatus } from '@crm/graphql-client';

/** The board's columns, left to right, in the order work moves through them. */
export const BOARD_STATUSES: readonly TaskStatus[] = ['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'];

export const STATUS_LABELS: Readonly<Record<TaskStatus, string>> = {
  TODO: $localize`:@@tasks.status.todo:To do`,
  IN_PROGRESS: $localize`:@@tasks.status.inProgress:In progress`,
  BLOCKED: $localize`:@@tasks.status.blocked:Blocked`,
  DONE: $localize`:@@tasks.status.done:Done`,
};

/**
 * The column beside `status` in `direction` (-1 left, +1 right), or null at the board's edge:
 * where a card goes with Alt+Left Arrow or Alt+Right Arrow.
 */
export function neighbourStatus(status: TaskStatus, direction: -1 | 1): TaskStatus | null {
  return BOARD_STATUSES[BOARD_STATUSES.indexOf(status) + direction] ?? null;
}

export const PRIORITIES: readonly TaskPriority[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

export const PRIORITY_LABELS: Readonly<Record<TaskPriority, string>> = {
  CRITICAL: $localize`:@@tasks.priority.critical:Critical`,
  HIGH: $localize`:@@tasks.priority.high:High`,
  MEDIUM: $localize`:@@tasks.priority.medium:Medium`,
  LOW: $localize`:@@tasks.priority.low:Low`,
};

export interface BoardColumn {
  status: TaskStatus;
  label: string;
  tasks: readonly BoardTaskFragment[];
}

/** One column per status, every status present even when empty, tasks kept in the order given. */
export function boardColumns(tasks: readonly BoardTaskFragment[]): BoardColumn[] {
  return BOARD_STATUSES.map((status) => ({
    status,
    label: STATUS_LABELS[status],
    tasks: tasks.filter((task) => task.status === status),
  }));
}

/** The list with one task moved to another status, as the board shows it before the server confirms. */
export function withStatus(tasks: readonly BoardTaskFragment[], taskId: string, status: TaskStatus): BoardTaskFragment[] {
  return tasks.map((task) => (task.id === taskId ? { ...task, status } : task));
}

/** The list with `task` in place of the entry of the same id; a task not in the list is left out. */
export function replaceTask(tasks: readonly BoardTaskFragment[], task: BoardTaskFragment): BoardTaskFragment[] {
  return tasks.map((current) => (current.id === task.id ? task : current));
}

/** Adds tasks from the next page, skipping any already shown (a task created meanwhile can shift pages). */
export function appendPage(tasks: readonly BoardTaskFragment[], page: readonly BoardTaskFragment[]): BoardTaskFragment[] {
  const shown = new Set(tasks.map((task) => task.id));
  return [...tasks, ...page.filter((task) => !shown.has(task.id))];
}

/**
 * Every card on the board is this tall (its title clamped to two lines, room for the role and owner
 * chips to take a second line in Dutch or Italian), so a column can put only the cards in view into
 * the page and still know where each one sits.
 */
export const CARD_HEIGHT = 196;
export const CARD_GAP = 8;
export const CARD_SLOT = CARD_HEIGHT + CARD_GAP;
/** Cards drawn beyond each edge of a column's viewport, and the step its window moves by. */
export const CARD_WINDOW_STEP = 4;

/** How close to the last loaded card of a column the user may scroll before the next page is fetched. */
export const AUTO_LOAD_LOOKAHEAD = 12;

/**
 * Whether a column whose cards up to `drawnUpTo` (exclusive) are drawn is near enough its end that
 * the next page should be on its way, so scrolling never stops at a "Load more" wall.
 */
export function wantsNextPage(drawnUpTo: number, columnLength: number, lookahead = AUTO_LOAD_LOOKAHEAD): boolean {
  return columnLength - drawnUpTo <= lookahead;
}
