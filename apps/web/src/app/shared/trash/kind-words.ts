import type { TrashKind } from '@crm/graphql-client';

/** How a kind of record is named in sentences: one and many, lower case ("milestone", "milestones"). */
export interface KindWords {
  one: string;
  many: string;
}

/**
 * The words for every kind the trash knows and for the link records that go with a removal
 * (RemovalImpact counts name them as the API does, e.g. Task, TaskDependency).
 */
export const KIND_WORDS: Readonly<Record<TrashKind | string, KindWords>> = {
  Phase: { one: 'phase', many: 'phases' },
  ExitCriterion: { one: 'exit criterion', many: 'exit criteria' },
  Milestone: { one: 'milestone', many: 'milestones' },
  Task: { one: 'task', many: 'tasks' },
  TaskDependency: { one: 'dependency link', many: 'dependency links' },
  Role: { one: 'role', many: 'roles' },
  RoleAssignment: { one: 'role assignment', many: 'role assignments' },
  Person: { one: 'person', many: 'people' },
  Requirement: { one: 'requirement', many: 'requirements' },
  Process: { one: 'process', many: 'processes' },
  ProcessRequirementLink: { one: 'process–requirement link', many: 'process–requirement links' },
  Vendor: { one: 'vendor', many: 'vendors' },
  Criterion: { one: 'selection criterion', many: 'selection criteria' },
  CriterionRequirementLink: { one: 'criterion–requirement link', many: 'criterion–requirement links' },
  Score: { one: 'vendor score', many: 'vendor scores' },
  SelectionDecision: { one: 'selection decision', many: 'selection decisions' },
  RolloutWave: { one: 'rollout wave', many: 'rollout waves' },
  WaveKeyUser: { one: 'key-user place', many: 'key-user places' },
  ReadinessItem: { one: 'readiness item', many: 'readiness items' },
  Communication: { one: 'planned message', many: 'planned messages' },
  TrainingSession: { one: 'training session', many: 'training sessions' },
  SessionMaterial: { one: 'training material', many: 'training materials' },
  AttendanceEntry: { one: 'attendance entry', many: 'attendance entries' },
  UsageReview: { one: 'usage review', many: 'usage reviews' },
  Kpi: { one: 'KPI', many: 'KPIs' },
  KpiMeasurement: { one: 'measurement', many: 'measurements' },
  Risk: { one: 'risk', many: 'risks' },
  Comment: { one: 'comment', many: 'comments' },
  CommentRevision: { one: 'earlier version of a comment', many: 'earlier versions of comments' },
  CommentMention: { one: 'mention in a comment', many: 'mentions in comments' },
  Baseline: { one: 'baseline', many: 'baselines' },
  BaselineItem: { one: 'planned date', many: 'planned dates' },
};

/** The words for a kind, made up from its name when the map does not know it ("ProjectMember", "audit_log"). */
export function kindWords(kind: string): KindWords {
  const known = KIND_WORDS[kind];
  if (known) return known;
  const one = kind
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return { one, many: one.endsWith('s') ? one : `${one}s` };
}

/** "1 task", "12 tasks". */
export function countOf(kind: string, count: number): string {
  const words = kindWords(kind);
  return `${count} ${count === 1 ? words.one : words.many}`;
}

/** "3 milestones, 12 tasks and 4 dependency links"; empty when nothing is counted. */
export function countsInWords(counts: readonly { kind: string; count: number }[]): string {
  const parts = counts.filter((c) => c.count > 0).map((c) => countOf(c.kind, c.count));
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
