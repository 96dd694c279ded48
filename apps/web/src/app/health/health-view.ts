import type { HealthArea, HealthPageQuery, HealthStatus } from '@crm/graphql-client';

import { formatDay } from '../shared/dates/calendar-days';
import type { MessageLike } from '../shared/i18n/message-text.pipe';
import { complianceText } from '../training/compliance';

export type HealthData = HealthPageQuery;

/** The sponsor's word for each colour. */
export const STATUS_WORDS: Readonly<Record<HealthStatus, string>> = {
  GREEN: $localize`:@@health.status.onTrack:On track`,
  AMBER: $localize`:@@health.status.needsAttention:Needs attention`,
  RED: $localize`:@@health.status.atRisk:At risk`,
};

export const AREA_LABELS: Readonly<Record<HealthArea, string>> = {
  SCHEDULE: $localize`:@@health.area.schedule:Schedule`,
  OWNERSHIP: $localize`:@@health.area.ownership:Ownership`,
  TRAINING: $localize`:@@health.area.training:Training`,
  COMMUNICATIONS: $localize`:@@health.area.communications:Communications`,
  KPIS: $localize`:@@health.area.kpis:KPIs`,
  RISKS: $localize`:@@health.area.risks:Risks`,
  HYPERCARE: $localize`:@@health.area.hypercare:Hypercare`,
};

/** Areas in the order a status meeting goes through them, for areas equally bad. */
const AREA_ORDER: readonly HealthArea[] = ['SCHEDULE', 'OWNERSHIP', 'TRAINING', 'HYPERCARE', 'COMMUNICATIONS', 'KPIS', 'RISKS'];

const KPI_LABELS: Readonly<Record<string, string>> = {
  ON_TRACK: $localize`:@@health.kpi.onTrack:On track`,
  AT_RISK: $localize`:@@health.kpi.atRisk:At risk`,
  OFF_TRACK: $localize`:@@health.kpi.offTrack:Off track`,
  NO_DATA: $localize`:@@health.kpi.noData:No data yet`,
};
/** Worst first, so the KPIs that need a decision lead the list. */
const KPI_ORDER = ['OFF_TRACK', 'AT_RISK', 'NO_DATA', 'ON_TRACK'];

const PHASE_LABELS: Readonly<Record<string, string>> = {
  NOT_STARTED: $localize`:@@health.phase.notStarted:Not started`,
  IN_PROGRESS: $localize`:@@health.phase.inProgress:In progress`,
  COMPLETED: $localize`:@@health.phase.completed:Completed`,
};

/** Counted words, each its own message: a translator words the one and the many apart. */
const weeks = (n: number) => (n === 1 ? $localize`:@@health.count.oneWeek:1 week` : $localize`:@@health.count.weeks:${n}:count: weeks`);
const workingDays = (n: number) =>
  n === 1 ? $localize`:@@health.count.oneWorkingDay:1 working day` : $localize`:@@health.count.workingDays:${n}:count: working days`;

type ReasonDetail = HealthData['projectHealth']['reasonDetails'][number];
type GoLiveSlip = NonNullable<ReasonDetail['goLiveSlip']>;

/** The go-live warning worded here, so that its driving tasks can be links rather than names in a sentence. */
export interface SlipReason {
  text: string;
  drivers: { id: string; title: string }[];
  moreDrivers: number;
}

export interface HealthReasonView {
  status: HealthStatus;
  message: string;
  /** The reason as the API coded it, for the `messageText` pipe; its English `text` is `message`. */
  reason: MessageLike;
  slip: SlipReason | null;
}

export interface ReasonGroup {
  area: HealthArea;
  label: string;
  /** The worst status among the group's reasons. */
  status: Exclude<HealthStatus, 'GREEN'>;
  reasons: HealthReasonView[];
}

export interface Figure {
  key: string;
  label: string;
  value: string;
  /** True when the figure is one of the reasons the status is not green. */
  attention: boolean;
  detail: string | null;
}

export interface HealthView {
  status: HealthStatus;
  word: string;
  summary: string;
  generatedAt: string;
  groups: ReasonGroup[];
  figures: Figure[];
  phases: { name: string; status: string; percent: number; tasks: string }[];
  nextMilestone: { name: string; due: string; overdue: boolean } | null;
  training: { waveId: string; waveName: string; cadence: string; cadenceStatus: string; gaps: number; retrainingCount: number }[];
  kpis: { name: string; status: string; label: string }[];
  topRisks: { title: string; score: number }[];
}

/** The go-live warning in the page's words, dates as the page shows them. */
export function slipReason(slip: GoLiveSlip): SlipReason {
  const pace = weeks(slip.paceWeeks);
  const target = formatDay(slip.targetDate);
  const forecast = formatDay(slip.forecastDate);
  const text =
    slip.verdict === 'SLIPPING'
      ? $localize`:@@health.slip.slipping:At the pace of the last ${pace}:pace: the go-live lands on ${forecast}:forecast:, ${workingDays(slip.slipDays)}:late: after the target of ${target}:target:.`
      : slip.latestSlipDays === null
        ? $localize`:@@health.slip.stalledWeek:At the pace of the last ${pace}:pace: the go-live lands on ${forecast}:forecast:, within the target of ${target}:target:, but one of those weeks finished nothing, so at its pace the work would not end.`
        : $localize`:@@health.slip.slowestWeek:At the pace of the last ${pace}:pace: the go-live lands on ${forecast}:forecast:, within the target of ${target}:target:, but at the slowest week’s pace it would pass it by ${workingDays(slip.latestSlipDays)}:late:.`;
  return { text, drivers: slip.drivers, moreDrivers: slip.moreDrivers };
}

/** What follows the driving task at `index` in “A, B and C” (or “A, B and 2 more”, the count following). */
export function driverSeparator(index: number, slip: Pick<SlipReason, 'drivers' | 'moreDrivers'>): string {
  const last = slip.drivers.length - 1;
  if (index === last) return '';
  return index === last - 1 && slip.moreDrivers === 0 ? $localize`:@@health.slip.and: and ` : ', ';
}

/**
 * The reasons grouped by area: areas with a red reason first, then the amber ones, each group
 * with its red reasons first. The API already sorts red before amber; grouping must not undo it.
 */
export function reasonGroups(details: readonly (Pick<ReasonDetail, 'area' | 'status' | 'message'> & Partial<Pick<ReasonDetail, 'code' | 'goLiveSlip' | 'reason'>>)[]): ReasonGroup[] {
  const groups = new Map<HealthArea, ReasonGroup>();
  for (const reason of details) {
    if (reason.status === 'GREEN') continue;
    const group = groups.get(reason.area) ?? { area: reason.area, label: AREA_LABELS[reason.area], status: 'AMBER', reasons: [] };
    const slip = reason.code === 'GO_LIVE_FORECAST_SLIP' && reason.goLiveSlip ? slipReason(reason.goLiveSlip) : null;
    group.reasons.push({ status: reason.status, message: reason.message, reason: reason.reason ?? { code: '', text: reason.message }, slip });
    if (reason.status === 'RED') group.status = 'RED';
    groups.set(reason.area, group);
  }
  const rank = (status: HealthStatus) => (status === 'RED' ? 0 : 1);
  for (const group of groups.values()) group.reasons.sort((a, b) => rank(a.status) - rank(b.status));
  return [...groups.values()].sort((a, b) => rank(a.status) - rank(b.status) || AREA_ORDER.indexOf(a.area) - AREA_ORDER.indexOf(b.area));
}

const redIssues = (n: number) =>
  n === 1 ? $localize`:@@health.summary.oneIssue:1 issue needs a decision now;` : $localize`:@@health.summary.issues:${n}:count: issues need a decision now;`;
const otherPoints = (n: number) =>
  n === 1 ? $localize`:@@health.summary.oneOtherPoint:1 other point to watch.` : $localize`:@@health.summary.otherPoints:${n}:count: other points to watch.`;
const pointsToWatch = (n: number) =>
  n === 1 ? $localize`:@@health.summary.onePoint:1 point to watch before it turns red.` : $localize`:@@health.summary.points:${n}:count: points to watch before they turn red.`;

/** Everything the health page shows, in the order and words it shows them. */
export function healthView(data: HealthData): HealthView {
  const health = data.projectHealth;
  const groups = reasonGroups(health.reasonDetails);
  const reasonCount = groups.reduce((sum, group) => sum + group.reasons.length, 0);
  const red = groups.flatMap((g) => g.reasons).filter((r) => r.status === 'RED').length;
  const summary =
    reasonCount === 0
      ? $localize`:@@health.summary.nothing:Nothing needs the sponsor’s attention.`
      : red > 0
        ? `${redIssues(red)} ${otherPoints(reasonCount - red)}`
        : pointsToWatch(reasonCount);

  return {
    status: health.status,
    word: STATUS_WORDS[health.status],
    summary,
    generatedAt: health.generatedAt,
    groups,
    figures: [
      { key: 'done', label: $localize`:@@health.figure.workDone:Work done`, value: `${health.percentDone}%`, attention: false, detail: $localize`:@@health.figure.ofAllTasks:of all tasks` },
      {
        key: 'overdue',
        label: $localize`:@@health.figure.overdueMilestones:Overdue milestones`,
        value: String(health.overdueMilestones),
        attention: health.overdueMilestones > 0,
        detail: null,
      },
      { key: 'unowned', label: $localize`:@@health.figure.unowned:Open tasks without an owner`, value: String(health.unownedOpenTasks), attention: health.unownedOpenTasks > 0, detail: null },
      {
        key: 'unfilled',
        label: $localize`:@@health.figure.unfilledRoles:Roles nobody holds`,
        value: String(health.unfilledRoles.length),
        attention: health.unfilledRoles.length > 0,
        detail: health.unfilledRoles.length > 0 ? health.unfilledRoles.join(', ') : null,
      },
      {
        key: 'overallocated',
        label: $localize`:@@health.figure.overallocated:People booked over 100%`,
        value: String(health.overAllocatedPeople),
        attention: health.overAllocatedPeople > 0,
        detail: null,
      },
    ],
    phases: data.project.phases.map((phase) => ({
      name: phase.name,
      status: PHASE_LABELS[phase.status] ?? phase.status,
      percent: Math.round(phase.progress.ratio * 100),
      tasks:
        phase.progress.totalTasks === 0
          ? $localize`:@@health.phase.noTasks:No tasks`
          : phase.progress.totalTasks === 1
            ? $localize`:@@health.phase.tasksOne:${phase.progress.doneTasks}:done: of 1 task done`
            : $localize`:@@health.phase.tasks:${phase.progress.doneTasks}:done: of ${phase.progress.totalTasks}:total: tasks done`,
    })),
    nextMilestone: data.project.nextMilestone
      ? { name: data.project.nextMilestone.name, due: formatDay(data.project.nextMilestone.dueDate), overdue: data.project.nextMilestone.overdue }
      : null,
    training: health.training.map((wave) => ({
      waveId: wave.waveId,
      waveName: wave.waveName,
      cadence: complianceText({ status: wave.cadence, sessionsInWindow: wave.sessionsInWindow }),
      cadenceStatus: wave.cadence,
      gaps: wave.gaps,
      retrainingCount: wave.retrainingCount,
    })),
    kpis: [...health.kpis]
      .sort((a, b) => KPI_ORDER.indexOf(a.status) - KPI_ORDER.indexOf(b.status))
      .map((kpi) => ({ name: kpi.name, status: kpi.status, label: KPI_LABELS[kpi.status] ?? kpi.status })),
    topRisks: [...health.topRisks].sort((a, b) => b.score - a.score),
  };
}
