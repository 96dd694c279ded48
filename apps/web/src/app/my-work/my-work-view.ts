import { Params } from '@angular/router';

import { MyWorkKind, MyWorkQuery, MyWorkReason } from '@crm/graphql-client';

export type MyWorkItem = MyWorkQuery['myWork']['items'][number];

/** The kind filter: everything, or one kind. */
export type KindFilter = MyWorkKind | 'ALL';

export const KIND_LABELS: Readonly<Record<MyWorkKind, { one: string; many: string }>> = {
  TASK: { one: 'Task', many: 'Tasks' },
  TRAINING_SESSION: { one: 'Training session', many: 'Training sessions' },
  RISK: { one: 'Risk', many: 'Risks' },
  MILESTONE: { one: 'Milestone', many: 'Milestones' },
};

export const KIND_ORDER: readonly MyWorkKind[] = ['TASK', 'TRAINING_SESSION', 'RISK', 'MILESTONE'];

/** Why the item is on your list, in the words of the row. */
export const REASON_LABELS: Readonly<Record<MyWorkReason, string>> = {
  ASSIGNED: 'Assigned to you',
  ROLE: 'Your role owns it',
  TRAINER: 'You give it',
  ATTENDEE: 'You are invited',
  PROGRAM_OWNER: 'Your program',
  TEAM_MEMBER: 'Your team’s program',
};

/** Where an item opens: the record in its program, through the links every area page follows. */
export function linkOf(item: MyWorkItem): { commands: string[]; queryParams: Params } {
  const program = ['/projects', item.projectId];
  switch (item.kind) {
    case 'TASK':
      return { commands: [...program, 'board'], queryParams: { task: item.id } };
    case 'TRAINING_SESSION':
      // The training page opens on the session's wave; the session is in its calendar.
      return { commands: [...program, 'training'], queryParams: item.waveId ? { wave: item.waveId } : {} };
    case 'RISK':
      return { commands: [...program, 'risks'], queryParams: { risk: item.id } };
    case 'MILESTONE':
      return { commands: [...program, 'overview'], queryParams: { milestone: item.id } };
  }
}

export function withKind(items: readonly MyWorkItem[], kind: KindFilter): MyWorkItem[] {
  return kind === 'ALL' ? [...items] : items.filter((i) => i.kind === kind);
}

/** How many items of each kind there are, for the filter's labels. */
export function countsByKind(items: readonly MyWorkItem[]): Record<MyWorkKind, number> {
  const counts = Object.fromEntries(KIND_ORDER.map((k) => [k, 0])) as Record<MyWorkKind, number>;
  for (const item of items) counts[item.kind] += 1;
  return counts;
}

/** The kind a `?kind=` parameter names, or everything when it names none. */
export function kindFromParam(value: string | undefined): KindFilter {
  return KIND_ORDER.includes(value as MyWorkKind) ? (value as MyWorkKind) : 'ALL';
}
