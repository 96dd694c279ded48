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
  Phase: { one: $localize`:@@shared.kind.phase.one:phase`, many: $localize`:@@shared.kind.phase.many:phases` },
  ExitCriterion: { one: $localize`:@@shared.kind.exitCriterion.one:exit criterion`, many: $localize`:@@shared.kind.exitCriterion.many:exit criteria` },
  Milestone: { one: $localize`:@@shared.kind.milestone.one:milestone`, many: $localize`:@@shared.kind.milestone.many:milestones` },
  Task: { one: $localize`:@@shared.kind.task.one:task`, many: $localize`:@@shared.kind.task.many:tasks` },
  TaskDependency: { one: $localize`:@@shared.kind.taskDependency.one:dependency link`, many: $localize`:@@shared.kind.taskDependency.many:dependency links` },
  Role: { one: $localize`:@@shared.kind.role.one:role`, many: $localize`:@@shared.kind.role.many:roles` },
  RoleAssignment: { one: $localize`:@@shared.kind.roleAssignment.one:role assignment`, many: $localize`:@@shared.kind.roleAssignment.many:role assignments` },
  Person: { one: $localize`:@@shared.kind.person.one:person`, many: $localize`:@@shared.kind.person.many:people` },
  Requirement: { one: $localize`:@@shared.kind.requirement.one:requirement`, many: $localize`:@@shared.kind.requirement.many:requirements` },
  Process: { one: $localize`:@@shared.kind.process.one:process`, many: $localize`:@@shared.kind.process.many:processes` },
  ProcessRequirementLink: { one: $localize`:@@shared.kind.processRequirementLink.one:process–requirement link`, many: $localize`:@@shared.kind.processRequirementLink.many:process–requirement links` },
  Vendor: { one: $localize`:@@shared.kind.vendor.one:vendor`, many: $localize`:@@shared.kind.vendor.many:vendors` },
  Criterion: { one: $localize`:@@shared.kind.criterion.one:selection criterion`, many: $localize`:@@shared.kind.criterion.many:selection criteria` },
  CriterionRequirementLink: { one: $localize`:@@shared.kind.criterionRequirementLink.one:criterion–requirement link`, many: $localize`:@@shared.kind.criterionRequirementLink.many:criterion–requirement links` },
  Score: { one: $localize`:@@shared.kind.score.one:vendor score`, many: $localize`:@@shared.kind.score.many:vendor scores` },
  SelectionDecision: { one: $localize`:@@shared.kind.selectionDecision.one:selection decision`, many: $localize`:@@shared.kind.selectionDecision.many:selection decisions` },
  RolloutWave: { one: $localize`:@@shared.kind.rolloutWave.one:rollout wave`, many: $localize`:@@shared.kind.rolloutWave.many:rollout waves` },
  WaveKeyUser: { one: $localize`:@@shared.kind.waveKeyUser.one:key-user place`, many: $localize`:@@shared.kind.waveKeyUser.many:key-user places` },
  ReadinessItem: { one: $localize`:@@shared.kind.readinessItem.one:readiness item`, many: $localize`:@@shared.kind.readinessItem.many:readiness items` },
  Communication: { one: $localize`:@@shared.kind.communication.one:planned message`, many: $localize`:@@shared.kind.communication.many:planned messages` },
  TrainingSession: { one: $localize`:@@shared.kind.trainingSession.one:training session`, many: $localize`:@@shared.kind.trainingSession.many:training sessions` },
  SessionMaterial: { one: $localize`:@@shared.kind.sessionMaterial.one:training material`, many: $localize`:@@shared.kind.sessionMaterial.many:training materials` },
  AttendanceEntry: { one: $localize`:@@shared.kind.attendanceEntry.one:attendance entry`, many: $localize`:@@shared.kind.attendanceEntry.many:attendance entries` },
  UsageReview: { one: $localize`:@@shared.kind.usageReview.one:usage review`, many: $localize`:@@shared.kind.usageReview.many:usage reviews` },
  Kpi: { one: $localize`:@@shared.kind.kpi.one:KPI`, many: $localize`:@@shared.kind.kpi.many:KPIs` },
  KpiMeasurement: { one: $localize`:@@shared.kind.kpiMeasurement.one:measurement`, many: $localize`:@@shared.kind.kpiMeasurement.many:measurements` },
  Risk: { one: $localize`:@@shared.kind.risk.one:risk`, many: $localize`:@@shared.kind.risk.many:risks` },
  Comment: { one: $localize`:@@shared.kind.comment.one:comment`, many: $localize`:@@shared.kind.comment.many:comments` },
  CommentRevision: { one: $localize`:@@shared.kind.commentRevision.one:earlier version of a comment`, many: $localize`:@@shared.kind.commentRevision.many:earlier versions of comments` },
  CommentMention: { one: $localize`:@@shared.kind.commentMention.one:mention in a comment`, many: $localize`:@@shared.kind.commentMention.many:mentions in comments` },
  Baseline: { one: $localize`:@@shared.kind.baseline.one:baseline`, many: $localize`:@@shared.kind.baseline.many:baselines` },
  BaselineItem: { one: $localize`:@@shared.kind.baselineItem.one:planned date`, many: $localize`:@@shared.kind.baselineItem.many:planned dates` },
};

/**
 * How a sentence points at one record of a kind ("this milestone"), whole per kind: Dutch picks
 * deze or dit by the noun (de/het) and Italian questo or questa by its gender, which a "this" put
 * before the kind's word cannot do.
 */
export const THIS_RECORD: Readonly<Record<TrashKind, string>> = {
  AttendanceEntry: $localize`:@@shared.kind.attendanceEntry.this:this attendance entry`,
  Baseline: $localize`:@@shared.kind.baseline.this:this baseline`,
  Communication: $localize`:@@shared.kind.communication.this:this planned message`,
  Criterion: $localize`:@@shared.kind.criterion.this:this selection criterion`,
  ExitCriterion: $localize`:@@shared.kind.exitCriterion.this:this exit criterion`,
  Kpi: $localize`:@@shared.kind.kpi.this:this KPI`,
  KpiMeasurement: $localize`:@@shared.kind.kpiMeasurement.this:this measurement`,
  Milestone: $localize`:@@shared.kind.milestone.this:this milestone`,
  Person: $localize`:@@shared.kind.person.this:this person`,
  Phase: $localize`:@@shared.kind.phase.this:this phase`,
  Process: $localize`:@@shared.kind.process.this:this process`,
  ReadinessItem: $localize`:@@shared.kind.readinessItem.this:this readiness item`,
  Requirement: $localize`:@@shared.kind.requirement.this:this requirement`,
  Risk: $localize`:@@shared.kind.risk.this:this risk`,
  Role: $localize`:@@shared.kind.role.this:this role`,
  RoleAssignment: $localize`:@@shared.kind.roleAssignment.this:this role assignment`,
  RolloutWave: $localize`:@@shared.kind.rolloutWave.this:this rollout wave`,
  Score: $localize`:@@shared.kind.score.this:this vendor score`,
  Task: $localize`:@@shared.kind.task.this:this task`,
  TrainingSession: $localize`:@@shared.kind.trainingSession.this:this training session`,
  UsageReview: $localize`:@@shared.kind.usageReview.this:this usage review`,
  Vendor: $localize`:@@shared.kind.vendor.this:this vendor`,
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
  const word = count === 1 ? words.one : words.many;
  return $localize`:@@shared.kind.count:${count}:count: ${word}:kind:`;
}

/** "3 milestones, 12 tasks and 4 dependency links"; empty when nothing is counted. */
export function countsInWords(counts: readonly { kind: string; count: number }[]): string {
  const parts = counts.filter((c) => c.count > 0).map((c) => countOf(c.kind, c.count));
  if (parts.length <= 1) return parts[0] ?? '';
  const head = parts.slice(0, -1).join(', ');
  const last = parts[parts.length - 1];
  return $localize`:@@shared.list.and:${head}:head: and ${last}:last:`;
}
