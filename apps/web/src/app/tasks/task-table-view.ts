import type { Params } from '@angular/router';

import type { BoardTaskFragment, SortDirection, TaskFilterInput, TaskOrderField, TaskStatus, UpdateTasksInput } from '@crm/graphql-client';

import { BOARD_STATUSES } from './board-columns';
import { BoardFilters, BoardQueryParams, filtersFromQueryParams, queryParamsFromFilters, taskFilterInput } from './board-filters';

/** The columns the table can show besides the title (always shown) and the selection boxes. */
export const TABLE_COLUMNS = ['phase', 'status', 'role', 'owner', 'dueDate', 'estimate'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export const COLUMN_LABELS: Readonly<Record<TableColumn | 'title', string>> = {
  title: $localize`:@@tasks.table.column.title:Title`,
  phase: $localize`:@@tasks.table.column.phase:Phase`,
  status: $localize`:@@tasks.table.column.status:Status`,
  role: $localize`:@@tasks.table.column.role:Role`,
  owner: $localize`:@@tasks.table.column.owner:Owner`,
  dueDate: $localize`:@@tasks.table.column.due:Due`,
  estimate: $localize`:@@tasks.table.column.estimate:Estimate (h)`,
};

/** Each sortable column and the API order it asks for. */
export const ORDER_FIELDS: Readonly<Record<TableColumn | 'title', TaskOrderField>> = {
  title: 'TITLE',
  phase: 'PHASE',
  status: 'STATUS',
  role: 'ROLE',
  owner: 'OWNER',
  dueDate: 'DUE_DATE',
  estimate: 'ESTIMATE',
};

export interface TableSort {
  column: TableColumn | 'title';
  direction: SortDirection;
}

/**
 * Everything the table is showing, kept in the URL so a view can be bookmarked and shared: the
 * board's filters, the statuses, the sort and the columns.
 */
export interface TableView {
  filters: BoardFilters;
  statuses: readonly TaskStatus[];
  /** Null: creation order, as on the board. */
  sort: TableSort | null;
  columns: readonly TableColumn[];
}

/** The board's parameters plus `status=TODO,DONE`, `sort=dueDate` or `sort=-dueDate`, `cols=phase,status`. */
export interface TableQueryParams extends BoardQueryParams {
  status?: string | null;
  sort?: string | null;
  cols?: string | null;
}

const isColumn = (value: string): value is TableColumn => (TABLE_COLUMNS as readonly string[]).includes(value);
const isSortable = (value: string): value is TableColumn | 'title' => value === 'title' || isColumn(value);

export function tableViewFromQueryParams(params: TableQueryParams): TableView {
  const listed = (value: string | null | undefined) => (value ?? '').split(',').map((part) => part.trim()).filter((part) => part !== '');
  const statuses = BOARD_STATUSES.filter((status) => listed(params.status).includes(status));
  const sortParam = params.sort?.trim() ?? '';
  const column = sortParam.replace(/^-/, '');
  const sort: TableSort | null = isSortable(column) ? { column, direction: sortParam.startsWith('-') ? 'DESC' : 'ASC' } : null;
  // An address without `cols` shows every column; one naming none we know shows them all too,
  // rather than a table of titles alone that nobody asked for.
  const chosen = TABLE_COLUMNS.filter((c) => listed(params.cols).includes(c));
  const columns = params.cols != null && chosen.length > 0 ? chosen : params.cols === '' ? [] : [...TABLE_COLUMNS];
  return { filters: filtersFromQueryParams(params), statuses, sort, columns };
}

/** The query parameters for `view`, null for each part at its default so that the address stays clean. */
export function queryParamsFromTableView(view: TableView): Params {
  const allColumns = view.columns.length === TABLE_COLUMNS.length;
  return {
    ...queryParamsFromFilters(view.filters),
    status: view.statuses.length > 0 ? view.statuses.join(',') : null,
    sort: view.sort ? `${view.sort.direction === 'DESC' ? '-' : ''}${view.sort.column}` : null,
    cols: allColumns ? null : TABLE_COLUMNS.filter((c) => view.columns.includes(c)).join(','),
  };
}

/** The API filter of a table view: the board's, with the statuses. */
export function tableFilterInput(view: TableView): TaskFilterInput | null {
  const input: TaskFilterInput = { ...(taskFilterInput(view.filters) ?? {}) };
  if (view.statuses.length > 0) input.statuses = [...view.statuses];
  return Object.keys(input).length > 0 ? input : null;
}

export function sameTableView(a: TableView, b: TableView): boolean {
  return JSON.stringify(queryParamsFromTableView(a)) === JSON.stringify(queryParamsFromTableView(b));
}

/** `columns` with `column` shown or hidden, in the table's own column order. */
export function withColumn(columns: readonly TableColumn[], column: TableColumn, shown: boolean): TableColumn[] {
  return TABLE_COLUMNS.filter((c) => (c === column ? shown : columns.includes(c)));
}

/**
 * The ids a click selects: the row alone, or with Shift the rows from the last clicked one up to
 * it (in the order on screen), all set to what the clicked row becomes.
 */
export function selectionAfterClick(
  selected: ReadonlySet<string>,
  rowIds: readonly string[],
  clickedId: string,
  anchorId: string | null,
  shiftKey: boolean,
): Set<string> {
  const next = new Set(selected);
  const select = !selected.has(clickedId);
  const from = anchorId === null ? -1 : rowIds.indexOf(anchorId);
  const to = rowIds.indexOf(clickedId);
  const range = shiftKey && from >= 0 && to >= 0 ? rowIds.slice(Math.min(from, to), Math.max(from, to) + 1) : [clickedId];
  for (const id of range) {
    if (select) next.add(id);
    else next.delete(id);
  }
  return next;
}

/** One bulk change as the table offers it. */
export type BulkChange = { kind: 'status'; status: TaskStatus } | { kind: 'role'; roleKey: string } | { kind: 'assignee'; assigneeId: string | null };

/** What a task had before `change`, as the same kind of change: what Undo puts back. */
function previousValueOf(task: BoardTaskFragment, change: BulkChange): BulkChange {
  switch (change.kind) {
    case 'status':
      return { kind: 'status', status: task.status };
    case 'role':
      return { kind: 'role', roleKey: task.role.key };
    case 'assignee':
      return { kind: 'assignee', assigneeId: task.assignee?.id ?? null };
  }
}

export function changeFields(change: BulkChange): Pick<UpdateTasksInput, 'status' | 'roleKey' | 'assigneeId'> {
  switch (change.kind) {
    case 'status':
      return { status: change.status };
    case 'role':
      return { roleKey: change.roleKey };
    case 'assignee':
      return { assigneeId: change.assigneeId };
  }
}

/**
 * The changes that undo `change`: the tasks grouped by the value they had before (`before`), each
 * group to be sent with the tasks' new versions (`after`, the server's answer). Tasks the change
 * left as they were are left out, and so is a group with nothing to put back.
 */
export function inverseChanges(
  before: readonly BoardTaskFragment[],
  after: readonly BoardTaskFragment[],
  change: BulkChange,
): { change: BulkChange; items: { id: string; version: number }[] }[] {
  const versions = new Map(after.map((task) => [task.id, task.version]));
  const groups = new Map<string, { change: BulkChange; items: { id: string; version: number }[] }>();
  for (const task of before) {
    const version = versions.get(task.id);
    if (version === undefined || version === task.version) continue;
    const previous = previousValueOf(task, change);
    const key = JSON.stringify(previous);
    const group = groups.get(key) ?? { change: previous, items: [] };
    group.items.push({ id: task.id, version });
    groups.set(key, group);
  }
  return [...groups.values()];
}
