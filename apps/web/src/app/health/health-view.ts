import type { HealthArea, HealthPageQuery, HealthStatus } from '@crm/graphql-client';

import { formatDay } from '../shared/dates/calendar-days';
import type { MessageLike } from '../shared/i18n/message-text.pipe';
import { complianceText } from '../training/compliance';

export type HealthData = HealthPageQuery;

/** The sponsor's word for each colour. */
export const STATUS_WORDS: Readonly<Record<HealthStatus, string>> = {
  GREEN: 'On track',
  AMBER: 'Needs attention',
  RED: 'At risk',
};

export const AREA_LABELS: Readonly<Record<HealthArea, string>> = {
  SCHEDULE: 'Schedule',
  OWNERSHIP: 'Ownership',
  TRAINING: 'Training',
  COMMUNICATIONS: 'Communications',
  KPIS: 'KPIs',
  RISKS: 'Risks',
  HYPERCARE: 'Hypercare',
};

/** Areas in the order a status meeting goes through them, for areas equally bad. */
const AREA_ORDER: readonly HealthArea[] = ['SCHEDULE', 'OWNERSHIP', 'TRAINING', 'HYPERCARE', 'COMMUNICATIONS', 'KPIS', 'RISKS'];

const KPI_LABELS: Readonly<Record<string, string>> = { ON_TRACK: 'On track', AT_RISK: 'At risk', OFF_TRACK: 'Off track', NO_DATA: 'No data yet' };
/** Worst first, so the KPIs that need a decision lead the list. */
const KPI_ORDER = ['OFF_TRACK', 'AT_RISK', 'NO_DATA', 'ON_TRACK'];

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const PHASE_LABELS: Readonly<Record<string, string>> = { NOT_STARTED: 'Not started', IN_PROGRESS: 'In progress', COMPLETED: 'Completed' };

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
  const pace = `At the pace of the last ${count(slip.paceWeeks, 'week')}`;
  const target = formatDay(slip.targetDate);
  const text =
    slip.verdict === 'SLIPPING'
      ? `${pace} the go-live lands on ${formatDay(slip.forecastDate)}, ${count(slip.slipDays, 'working day')} after the target of ${target}.`
      : slip.latestSlipDays === null
        ? `${pace} the go-live lands on ${formatDay(slip.forecastDate)}, within the target of ${target}, but one of those weeks finished nothing, so at its pace the work would not end.`
        : `${pace} the go-live lands on ${formatDay(slip.forecastDate)}, within the target of ${target}, but at the slowest week’s pace it would pass it by ${count(slip.latestSlipDays, 'working day')}.`;
  return { text, drivers: slip.drivers, moreDrivers: slip.moreDrivers };
}

/** What follows the driving task at `index` in “A, B and C” (or “A, B and 2 more”, the count following). */
export function driverSeparator(index: number, slip: Pick<SlipReason, 'drivers' | 'moreDrivers'>): string {
  const last = slip.drivers.length - 1;
  if (index === last) return '';
  return index === last - 1 && slip.moreDrivers === 0 ? ' and ' : ', ';
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

/** Everything the health page shows, in the order and words it shows them. */
export function healthView(data: HealthData): HealthView {
  const health = data.projectHealth;
  const groups = reasonGroups(health.reasonDetails);
  const reasonCount = groups.reduce((sum, group) => sum + group.reasons.length, 0);
  const red = groups.flatMap((g) => g.reasons).filter((r) => r.status === 'RED').length;
  const summary =
    reasonCount === 0
      ? 'Nothing needs the sponsor’s attention.'
      : red > 0
        ? `${count(red, 'issue')} ${red === 1 ? 'needs' : 'need'} a decision now; ${count(reasonCount - red, 'other point')} to watch.`
        : `${count(reasonCount, 'point')} to watch before ${reasonCount === 1 ? 'it turns' : 'they turn'} red.`;

  return {
    status: health.status,
    word: STATUS_WORDS[health.status],
    summary,
    generatedAt: health.generatedAt,
    groups,
    figures: [
      { key: 'done', label: 'Work done', value: `${health.percentDone}%`, attention: false, detail: 'of all tasks' },
      {
        key: 'overdue',
        label: 'Overdue milestones',
        value: String(health.overdueMilestones),
        attention: health.overdueMilestones > 0,
        detail: null,
      },
      { key: 'unowned', label: 'Open tasks without an owner', value: String(health.unownedOpenTasks), attention: health.unownedOpenTasks > 0, detail: null },
      {
        key: 'unfilled',
        label: 'Roles nobody holds',
        value: String(health.unfilledRoles.length),
        attention: health.unfilledRoles.length > 0,
        detail: health.unfilledRoles.length > 0 ? health.unfilledRoles.join(', ') : null,
      },
      {
        key: 'overallocated',
        label: 'People booked over 100%',
        value: String(health.overAllocatedPeople),
        attention: health.overAllocatedPeople > 0,
        detail: null,
      },
    ],
    phases: data.project.phases.map((phase) => ({
      name: phase.name,
      status: PHASE_LABELS[phase.status] ?? phase.status,
      percent: Math.round(phase.progress.ratio * 100),
      tasks: phase.progress.totalTasks === 0 ? 'No tasks' : `${phase.progress.doneTasks} of ${count(phase.progress.totalTasks, 'task')} done`,
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
