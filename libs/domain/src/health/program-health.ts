import type { CadenceStatus } from '../training/cadence-compliance';
import type { KpiStatus } from '../kpis/kpi-status';
import type { GoLiveSlip } from '../planning/go-live-slip';

export type HealthStatus = 'GREEN' | 'AMBER' | 'RED';
export type HealthArea = 'SCHEDULE' | 'OWNERSHIP' | 'TRAINING' | 'KPIS' | 'RISKS' | 'HYPERCARE' | 'COMMUNICATIONS';

/** Reasons a client may word or link itself carry a code and their facts besides the sentence. */
export type HealthReasonCode = 'GO_LIVE_FORECAST_SLIP';

/** A task a reason names, so that a client can link it. */
export interface NamedTask {
  id: string;
  title: string;
}

export interface HealthReason {
  area: HealthArea;
  status: Exclude<HealthStatus, 'GREEN'>;
  message: string;
  code?: HealthReasonCode;
  /** With GO_LIVE_FORECAST_SLIP: the forecast against the target and the tasks driving it. */
  goLiveSlip?: GoLiveSlip<NamedTask>;
}

export interface HealthInputs {
  overdueMilestones: { name: string; daysLate: number }[];
  unownedOpenTasks: number;
  unownedCriticalTasks: number;
  unfilledRoles: string[];
  overAllocatedPeople: { name: string; totalPercent: number }[];
  /** Waves that are live (their 90-day window has started). */
  liveWaves: { name: string; cadence: CadenceStatus; gaps: number; retrainingCount: number }[];
  kpis: { name: string; status: KpiStatus }[];
  openRisks: { title: string; score: number }[];
  /** Waves whose go-live falls outside the rollout phase's planned dates, with the warning to show. */
  wavesGoingLiveOutsidePhase?: { name: string; warning: string }[];
  /** Live waves with open support items past a response or resolution target (`openSupportBreaches`). */
  supportBreaches?: { name: string; openBreaches: number; urgentBreaches: number }[];
  /** The go-live forecast's warning (`goLiveSlip`), null when it fits or there is no pace to forecast from. */
  goLiveSlip?: GoLiveSlip<NamedTask> | null;
  /** Messages of the waves' communications plans still planned after their day. */
  overdueCommunications?: { title: string; waveName: string; daysLate: number }[];
}

/** A milestone this many days late turns the schedule red rather than amber. */
export const SERIOUSLY_LATE_DAYS = 14;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** “A”, “B” and 2 more tasks. */
function drivenBy(slip: GoLiveSlip<NamedTask>): string {
  const names = slip.drivers.map((d) => `“${d.title}”`);
  if (slip.moreDrivers > 0) return `${names.join(', ')} and ${plural(slip.moreDrivers, 'more task')}`;
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names.join('');
}

/**
 * The forecast's warning in words. Slipping is red: at the pace the team kept, the go-live will
 * be missed unless someone decides something. At risk is amber: it fits at the average pace only.
 */
export function goLiveSlipMessage(slip: GoLiveSlip<NamedTask>): string {
  const pace = `At the pace of the last ${plural(slip.paceWeeks, 'week')}`;
  const drivers = slip.drivers.length > 0 ? `; driven by ${drivenBy(slip)}` : '';
  if (slip.verdict === 'SLIPPING') {
    return `${pace} the go-live lands on ${slip.forecastDate}, ${plural(slip.slipDays, 'working day')} after the target of ${slip.targetDate}${drivers}.`;
  }
  const slowEnd =
    slip.latestSlipDays === null
      ? 'one of those weeks finished nothing, so at its pace the work would not end'
      : `at the slowest week’s pace it would pass it by ${plural(slip.latestSlipDays, 'working day')}`;
  return `${pace} the go-live lands on ${slip.forecastDate}, within the target of ${slip.targetDate}, but ${slowEnd}${drivers}.`;
}

/**
 * The sponsor's one-word answer — green, amber or red — with every reason behind it. Each rule
 * below adds a reason; the worst reason sets the colour. Red means the program needs a decision
 * now; amber means something needs attention before it becomes red.
 */
export function programHealth(input: HealthInputs): { status: HealthStatus; reasons: HealthReason[] } {
  const reasons: HealthReason[] = [];
  const add = (area: HealthArea, status: HealthReason['status'], message: string) => reasons.push({ area, status, message });

  const late = [...input.overdueMilestones].sort((a, b) => b.daysLate - a.daysLate);
  if (late.length > 0) {
    const worst = late[0];
    add(
      'SCHEDULE',
      worst.daysLate >= SERIOUSLY_LATE_DAYS ? 'RED' : 'AMBER',
      `${plural(late.length, 'milestone')} overdue; “${worst.name}” is furthest behind, ${plural(worst.daysLate, 'day')} late.`,
    );
  }

  if (input.unownedCriticalTasks > 0) add('OWNERSHIP', 'RED', `${plural(input.unownedCriticalTasks, 'critical task')} without an owner.`);
  else if (input.unownedOpenTasks > 0) add('OWNERSHIP', 'AMBER', `${plural(input.unownedOpenTasks, 'open task')} without an owner.`);
  if (input.unfilledRoles.length > 0) add('OWNERSHIP', 'AMBER', `Nobody holds ${input.unfilledRoles.length === 1 ? 'the role' : 'the roles'} ${input.unfilledRoles.join(', ')}.`);
  for (const person of input.overAllocatedPeople) add('OWNERSHIP', 'AMBER', `${person.name} is booked at ${person.totalPercent}% across active projects.`);

  for (const wave of input.liveWaves) {
    if (wave.cadence === 'NOT_PLANNED') add('TRAINING', 'RED', `${wave.name} is live with no training planned in its first 90 days.`);
    else if (wave.cadence === 'UNDER') add('TRAINING', 'AMBER', `${wave.name} has fewer than the 3 training sessions its first 90 days need.`);
    if (wave.gaps > 0) add('TRAINING', 'AMBER', `${wave.name} has ${plural(wave.gaps, 'stretch', 'stretches')} of more than 30 days without training.`);
    if (wave.retrainingCount > 0) add('TRAINING', 'AMBER', `${plural(wave.retrainingCount, 'person', 'people')} in ${wave.name} ${wave.retrainingCount === 1 ? 'needs' : 'need'} re-training.`);
  }

  for (const wave of input.wavesGoingLiveOutsidePhase ?? []) add('SCHEDULE', 'AMBER', wave.warning);

  const slip = input.goLiveSlip;
  if (slip) {
    reasons.push({ area: 'SCHEDULE', status: slip.verdict === 'SLIPPING' ? 'RED' : 'AMBER', message: goLiveSlipMessage(slip), code: 'GO_LIVE_FORECAST_SLIP', goLiveSlip: slip });
  }

  const unsent = [...(input.overdueCommunications ?? [])].sort((a, b) => b.daysLate - a.daysLate);
  if (unsent.length > 0) {
    // A go-live nobody was told about is a decision for the sponsor; a late tip is worth a nudge.
    const worst = unsent[0];
    add(
      'COMMUNICATIONS',
      worst.daysLate >= SERIOUSLY_LATE_DAYS ? 'RED' : 'AMBER',
      `${plural(unsent.length, 'planned message')} not sent on time; “${worst.title}” for ${worst.waveName} is furthest behind, ${plural(worst.daysLate, 'day')} late.`,
    );
  }

  for (const kpi of input.kpis) {
    if (kpi.status === 'OFF_TRACK') add('KPIS', 'RED', `${kpi.name} is off track.`);
    else if (kpi.status === 'AT_RISK') add('KPIS', 'AMBER', `${kpi.name} is at risk.`);
  }

  for (const risk of [...input.openRisks].sort((a, b) => b.score - a.score)) {
    if (risk.score >= 20) add('RISKS', 'RED', `Risk “${risk.title}” scores ${risk.score} of 25.`);
    else if (risk.score >= 15) add('RISKS', 'AMBER', `Risk “${risk.title}” scores ${risk.score} of 25.`);
  }

  for (const wave of input.supportBreaches ?? []) {
    if (wave.openBreaches === 0) continue;
    const what = `${plural(wave.openBreaches, 'support item')} in ${wave.name} ${wave.openBreaches === 1 ? 'has' : 'have'} missed ${wave.openBreaches === 1 ? 'its' : 'their'} target`;
    add('HYPERCARE', wave.urgentBreaches > 0 ? 'RED' : 'AMBER', wave.urgentBreaches > 0 ? `${what}, ${wave.urgentBreaches} of severity 1 or 2.` : `${what}.`);
  }

  reasons.sort((a, b) => (a.status === b.status ? 0 : a.status === 'RED' ? -1 : 1));
  const status: HealthStatus = reasons.some((r) => r.status === 'RED') ? 'RED' : reasons.length > 0 ? 'AMBER' : 'GREEN';
  return { status, reasons };
}
