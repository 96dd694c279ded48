import type { CadenceStatus } from '../training/cadence-compliance';
import type { KpiStatus } from '../kpis/kpi-status';
import type { GoLiveSlip } from '../planning/go-live-slip';
import { englishText } from '../messages/format-message';
import type { Message, MessageParams } from '../messages/message';
import type { HealthMessageCode } from '../messages/message-codes';
import { listParams } from '../messages/message-wording';
import { CADENCE_MIN_SESSIONS } from '../training/cadence-target';

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
  /** The English sentence (project list, weekly status mail), worded from `reason`. */
  message: string;
  /** What the reason says, as a code and its facts, for a client to word in its reader's language. */
  reason: Message;
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
  wavesGoingLiveOutsidePhase?: { name: string; warning: Message }[];
  /** Live waves with open support items past a response or resolution target (`openSupportBreaches`). */
  supportBreaches?: { name: string; openBreaches: number; urgentBreaches: number }[];
  /** The go-live forecast's warning (`goLiveSlip`), null when it fits or there is no pace to forecast from. */
  goLiveSlip?: GoLiveSlip<NamedTask> | null;
  /** Messages of the waves' communications plans still planned after their day. */
  overdueCommunications?: { title: string; waveName: string; daysLate: number }[];
}

/** A milestone this many days late turns the schedule red rather than amber. */
export const SERIOUSLY_LATE_DAYS = 14;

/** The forecast's warning as a message: the drivers travel as `driver1`…, the rest as a count. */
export function goLiveSlipReason(slip: GoLiveSlip<NamedTask>): Message {
  return {
    code: 'GO_LIVE_FORECAST_SLIP',
    params: {
      verdict: slip.verdict,
      paceWeeks: slip.paceWeeks,
      forecastDate: slip.forecastDate,
      targetDate: slip.targetDate,
      slipDays: slip.slipDays,
      latestSlipDays: slip.latestSlipDays,
      moreDrivers: slip.moreDrivers,
      ...listParams('driver', slip.drivers.map((d) => d.title)),
    },
  };
}

/**
 * The forecast's warning in words. Slipping is red: at the pace the team kept, the go-live will
 * be missed unless someone decides something. At risk is amber: it fits at the average pace only.
 */
export function goLiveSlipMessage(slip: GoLiveSlip<NamedTask>): string {
  const reason = goLiveSlipReason(slip);
  return englishText(reason.code, reason.params);
}

/**
 * The sponsor's one-word answer — green, amber or red — with every reason behind it. Each rule
 * below adds a reason; the worst reason sets the colour. Red means the program needs a decision
 * now; amber means something needs attention before it becomes red.
 */
export function programHealth(input: HealthInputs): { status: HealthStatus; reasons: HealthReason[] } {
  const reasons: HealthReason[] = [];
  const add = (area: HealthArea, status: HealthReason['status'], code: HealthMessageCode, params: MessageParams) =>
    reasons.push({ area, status, message: englishText(code, params), reason: { code, params } });

  const late = [...input.overdueMilestones].sort((a, b) => b.daysLate - a.daysLate);
  if (late.length > 0) {
    const worst = late[0];
    add(
      'SCHEDULE',
      worst.daysLate >= SERIOUSLY_LATE_DAYS ? 'RED' : 'AMBER',
      'MILESTONES_OVERDUE',
      { count: late.length, milestone: worst.name, days: worst.daysLate },
    );
  }

  if (input.unownedCriticalTasks > 0) add('OWNERSHIP', 'RED', 'CRITICAL_TASKS_UNOWNED', { count: input.unownedCriticalTasks });
  else if (input.unownedOpenTasks > 0) add('OWNERSHIP', 'AMBER', 'OPEN_TASKS_UNOWNED', { count: input.unownedOpenTasks });
  if (input.unfilledRoles.length > 0) add('OWNERSHIP', 'AMBER', 'ROLES_UNFILLED', { count: input.unfilledRoles.length, ...listParams('role', input.unfilledRoles) });
  for (const person of input.overAllocatedPeople) add('OWNERSHIP', 'AMBER', 'PERSON_OVERBOOKED', { person: person.name, percent: person.totalPercent });

  for (const wave of input.liveWaves) {
    if (wave.cadence === 'NOT_PLANNED') add('TRAINING', 'RED', 'WAVE_TRAINING_NOT_PLANNED', { wave: wave.name });
    else if (wave.cadence === 'UNDER') add('TRAINING', 'AMBER', 'WAVE_TRAINING_UNDER', { wave: wave.name, min: CADENCE_MIN_SESSIONS });
    if (wave.gaps > 0) add('TRAINING', 'AMBER', 'WAVE_TRAINING_GAPS', { wave: wave.name, count: wave.gaps });
    if (wave.retrainingCount > 0) add('TRAINING', 'AMBER', 'WAVE_RETRAINING_NEEDED', { wave: wave.name, count: wave.retrainingCount });
  }

  for (const wave of input.wavesGoingLiveOutsidePhase ?? []) add('SCHEDULE', 'AMBER', wave.warning.code as HealthMessageCode, wave.warning.params);

  const slip = input.goLiveSlip;
  if (slip) {
    const reason = goLiveSlipReason(slip);
    reasons.push({ area: 'SCHEDULE', status: slip.verdict === 'SLIPPING' ? 'RED' : 'AMBER', message: englishText(reason.code, reason.params), reason, code: 'GO_LIVE_FORECAST_SLIP', goLiveSlip: slip });
  }

  const unsent = [...(input.overdueCommunications ?? [])].sort((a, b) => b.daysLate - a.daysLate);
  if (unsent.length > 0) {
    // A go-live nobody was told about is a decision for the sponsor; a late tip is worth a nudge.
    const worst = unsent[0];
    add(
      'COMMUNICATIONS',
      worst.daysLate >= SERIOUSLY_LATE_DAYS ? 'RED' : 'AMBER',
      'COMMUNICATIONS_OVERDUE',
      { count: unsent.length, title: worst.title, wave: worst.waveName, days: worst.daysLate },
    );
  }

  for (const kpi of input.kpis) {
    if (kpi.status === 'OFF_TRACK') add('KPIS', 'RED', 'KPI_OFF_TRACK', { kpi: kpi.name });
    else if (kpi.status === 'AT_RISK') add('KPIS', 'AMBER', 'KPI_AT_RISK', { kpi: kpi.name });
  }

  for (const risk of [...input.openRisks].sort((a, b) => b.score - a.score)) {
    if (risk.score >= 20) add('RISKS', 'RED', 'RISK_HIGH', { risk: risk.title, score: risk.score, max: 25 });
    else if (risk.score >= 15) add('RISKS', 'AMBER', 'RISK_HIGH', { risk: risk.title, score: risk.score, max: 25 });
  }

  for (const wave of input.supportBreaches ?? []) {
    if (wave.openBreaches === 0) continue;
    add('HYPERCARE', wave.urgentBreaches > 0 ? 'RED' : 'AMBER', 'SUPPORT_TARGETS_MISSED', { wave: wave.name, count: wave.openBreaches, urgent: wave.urgentBreaches });
  }

  reasons.sort((a, b) => (a.status === b.status ? 0 : a.status === 'RED' ? -1 : 1));
  const status: HealthStatus = reasons.some((r) => r.status === 'RED') ? 'RED' : reasons.length > 0 ? 'AMBER' : 'GREEN';
  return { status, reasons };
}
