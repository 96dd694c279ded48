import { Params } from '@angular/router';

import type { DueGroup } from '@crm/domain';

import { MilestoneStatus, MyWorkKind, MyWorkQuery, MyWorkReason } from '@crm/graphql-client';

import { RISK_STATUS_LABELS } from '../risks/heat-map';
import { STATUS_LABELS } from '../tasks/board-columns';
import { SESSION_STATUS_LABELS } from '../training/attendance-roster';

export type MyWorkItem = MyWorkQuery['myWork']['items'][number];

/** The kind filter: everything, or one kind. */
export type KindFilter = MyWorkKind | 'ALL';

/** `inText` is the many as it reads inside a sentence ("more tasks and risks"). */
export const KIND_LABELS: Readonly<Record<MyWorkKind, { one: string; many: string; inText: string; none: string }>> = {
  TASK: {
    one: $localize`:@@myWork.kind.task:Task`,
    many: $localize`:@@myWork.kind.tasks:Tasks`,
    inText: $localize`:@@myWork.kind.tasksInText:tasks`,
    none: $localize`:@@myWork.kind.noTasks:No tasks are yours right now.`,
  },
  TRAINING_SESSION: {
    one: $localize`:@@myWork.kind.session:Training session`,
    many: $localize`:@@myWork.kind.sessions:Training sessions`,
    inText: $localize`:@@myWork.kind.sessionsInText:training sessions`,
    none: $localize`:@@myWork.kind.noSessions:No training sessions are yours right now.`,
  },
  RISK: {
    one: $localize`:@@myWork.kind.risk:Risk`,
    many: $localize`:@@myWork.kind.risks:Risks`,
    inText: $localize`:@@myWork.kind.risksInText:risks`,
    none: $localize`:@@myWork.kind.noRisks:No risks are yours right now.`,
  },
  MILESTONE: {
    one: $localize`:@@myWork.kind.milestone:Milestone`,
    many: $localize`:@@myWork.kind.milestones:Milestones`,
    inText: $localize`:@@myWork.kind.milestonesInText:milestones`,
    none: $localize`:@@myWork.kind.noMilestones:No milestones are yours right now.`,
  },
};

/** The domain's due groups (shared with the API) in the page's language. */
export const DUE_GROUP_WORDS: Readonly<Record<DueGroup, string>> = {
  OVERDUE: $localize`:@@myWork.due.overdue:Overdue`,
  TODAY: $localize`:@@myWork.due.today:Today`,
  THIS_WEEK: $localize`:@@myWork.due.thisWeek:This week`,
  LATER: $localize`:@@myWork.due.later:Later`,
  NO_DATE: $localize`:@@myWork.due.noDate:No date`,
};

export const KIND_ORDER: readonly MyWorkKind[] = ['TASK', 'TRAINING_SESSION', 'RISK', 'MILESTONE'];

/** Why the item is on your list, in the words of the row. */
export const REASON_LABELS: Readonly<Record<MyWorkReason, string>> = {
  ASSIGNED: $localize`:@@myWork.reason.assigned:Assigned to you`,
  ROLE: $localize`:@@myWork.reason.role:Your role owns it`,
  TRAINER: $localize`:@@myWork.reason.trainer:You give it`,
  ATTENDEE: $localize`:@@myWork.reason.attendee:You are invited`,
  PROGRAM_OWNER: $localize`:@@myWork.reason.programOwner:Your program`,
  TEAM_MEMBER: $localize`:@@myWork.reason.teamMember:Your team’s program`,
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

const MILESTONE_STATUS_LABELS: Readonly<Record<MilestoneStatus, string>> = {
  PLANNED: $localize`:@@myWork.status.milestonePlanned:Planned`,
  DONE: $localize`:@@myWork.status.milestoneDone:Done`,
};

const STATUS_LABELS_BY_KIND: Readonly<Record<MyWorkKind, Readonly<Record<string, string>>>> = {
  TASK: STATUS_LABELS,
  MILESTONE: MILESTONE_STATUS_LABELS,
  RISK: RISK_STATUS_LABELS,
  TRAINING_SESSION: SESSION_STATUS_LABELS,
};

/** An item's status in the words its own page uses ("To do", "Monitoring", "Scheduled"); an unknown code as it came. */
export function statusLabel(item: Pick<MyWorkItem, 'kind' | 'status'>): string {
  const labels: Readonly<Record<string, string>> = STATUS_LABELS_BY_KIND[item.kind];
  return labels[item.status] ?? item.status;
}
