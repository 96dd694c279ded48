import { englishText, isMessageCode } from '../messages/format-message';
import type { FieldMessage, Message } from '../messages/message';
import type { CadenceStatus } from '../training/cadence-compliance';
import type { KpiDirection } from '../kpis/kpi-status';

/**
 * An exit criterion is either a box someone ticks or a rule the program's own data answers. A rule
 * cannot be ticked: it is met when the facts say so, and it shows the facts (its evidence).
 */
export type ExitCriterionKind = 'CHECKBOX' | 'RULE';

export const GATE_RULE_KINDS = [
  'MUST_REQUIREMENTS_COVERED',
  'SELECTION_DECIDED',
  'PROCESSES_VALIDATED',
  'WAVES_STAFFED',
  'TRAINING_CADENCE_ON_TRACK',
  'KPI_BASELINES_RECORDED',
  'KPI_AT_THRESHOLD',
  'PHASE_ROLES_HELD',
  'NO_SEVERE_SUPPORT_ITEMS',
] as const;
export type GateRuleKind = (typeof GATE_RULE_KINDS)[number];

/** A rule with its settings: a wave to judge (none: every wave), a KPI and the value it must reach (none: its target). */
export interface GateRule {
  kind: GateRuleKind;
  waveId?: string | null;
  kpiKey?: string | null;
  threshold?: number | null;
}

/** Which settings a rule kind takes; any other is refused rather than silently ignored. */
export const GATE_RULE_SETTINGS: Record<GateRuleKind, readonly ('waveId' | 'kpiKey' | 'threshold')[]> = {
  MUST_REQUIREMENTS_COVERED: [],
  SELECTION_DECIDED: [],
  PROCESSES_VALIDATED: [],
  WAVES_STAFFED: [],
  TRAINING_CADENCE_ON_TRACK: ['waveId'],
  KPI_BASELINES_RECORDED: [],
  KPI_AT_THRESHOLD: ['kpiKey', 'threshold'],
  PHASE_ROLES_HELD: [],
  NO_SEVERE_SUPPORT_ITEMS: ['waveId'],
};

/** What a rule checks, in a sentence, for the criterion's default label and its explanation. */
export function gateRuleDescription(rule: GateRule, names: { wave?: string | null; kpi?: string | null } = {}): string {
  switch (rule.kind) {
    case 'MUST_REQUIREMENTS_COVERED':
      return 'Every MUST requirement traces to a selection criterion, scored for every vendor';
    case 'SELECTION_DECIDED':
      return 'The vendor decision and its rationale are recorded';
    case 'PROCESSES_VALIDATED':
      return 'Every process has been validated by its users';
    case 'WAVES_STAFFED':
      return 'Every rollout wave has a scope and named key users';
    case 'TRAINING_CADENCE_ON_TRACK':
      return rule.waveId ? `Training of ${names.wave ?? 'the wave'} keeps the 3–4 sessions cadence` : 'Training of every wave keeps the 3–4 sessions cadence';
    case 'KPI_BASELINES_RECORDED':
      return 'Every KPI has a baseline value';
    case 'KPI_AT_THRESHOLD':
      return rule.threshold === null || rule.threshold === undefined
        ? `${names.kpi ?? rule.kpiKey ?? 'The KPI'} has reached its target`
        : `${names.kpi ?? rule.kpiKey ?? 'The KPI'} has reached ${rule.threshold}`;
    case 'PHASE_ROLES_HELD':
      return 'Every role the phase’s tasks need has someone holding it';
    case 'NO_SEVERE_SUPPORT_ITEMS':
      return rule.waveId ? `No severity 1 or 2 support item is open in ${names.wave ?? 'the wave'}` : 'No severity 1 or 2 support item is open in a live wave';
  }
}

/** One fact behind a verdict: a code with its parameters (the client words it), and whether it is a fact in favour. */
export interface GateEvidence {
  code: string;
  params: Record<string, string | number>;
  ok: boolean;
}

/**
 * The program's data a rule is judged on, gathered once per program. Lists name records so the
 * evidence can say which ones fall short.
 */
export interface GateFacts {
  mustRequirements: readonly { title: string; traced: boolean }[];
  /** Vendors under evaluation, and the criteria that trace to a MUST requirement. */
  vendors: readonly string[];
  mustCriteria: readonly string[];
  /** Scores given, as `vendor|criterion` pairs of the names above. */
  scored: ReadonlySet<string>;
  decisionRecorded: boolean;
  processes: readonly { name: string; status: string }[];
  waves: readonly { id: string; name: string; scopeCount: number; keyUserCount: number; cadence: CadenceStatus; live: boolean; openSevereItems: number }[];
  kpis: readonly { key: string; name: string; baseline: number | null; target: number; direction: KpiDirection; latest: number | null }[];
  /** Roles the phase's open tasks follow, and whether each has a primary holder. */
  phaseRoles: readonly { name: string; held: boolean }[];
}

/** How many records an evidence list names before it counts the rest. */
export const EVIDENCE_NAMED = 10;

export interface GateRuleVerdict {
  met: boolean;
  evidence: GateEvidence[];
}

/** Names the first few that fall short, then how many more. */
function shortfalls(code: string, names: readonly string[], param: string): GateEvidence[] {
  const named = names.slice(0, EVIDENCE_NAMED).map((name) => ({ code, params: { [param]: name }, ok: false }));
  const more = names.length - named.length;
  return more > 0 ? [...named, { code: `${code}_MORE`, params: { count: more }, ok: false }] : named;
}

/**
 * Judges a rule on the program's facts. Met means every fact is in favour and there is at least one:
 * a rule over nothing (no MUST requirement, no wave, no process) is not met, since nothing was shown.
 */
export function evaluateGateRule(rule: GateRule, facts: GateFacts): GateRuleVerdict {
  const evidence = evidenceOf(rule, facts);
  return { met: evidence.length > 0 && evidence.every((e) => e.ok), evidence };
}

function evidenceOf(rule: GateRule, facts: GateFacts): GateEvidence[] {
  switch (rule.kind) {
    case 'MUST_REQUIREMENTS_COVERED': {
      if (facts.mustRequirements.length === 0) return [{ code: 'NO_MUST_REQUIREMENTS', params: {}, ok: false }];
      const untraced = facts.mustRequirements.filter((r) => !r.traced).map((r) => r.title);
      const traced = facts.mustRequirements.length - untraced.length;
      const missing = facts.vendors.flatMap((vendor) => facts.mustCriteria.filter((criterion) => !facts.scored.has(`${vendor}|${criterion}`)).map((criterion) => `${vendor} on ${criterion}`));
      return [
        { code: 'MUST_REQUIREMENTS_TRACED', params: { traced, total: facts.mustRequirements.length }, ok: untraced.length === 0 },
        ...shortfalls('MUST_REQUIREMENT_UNTRACED', untraced, 'requirement'),
        facts.vendors.length === 0
          ? { code: 'NO_VENDORS', params: {}, ok: false }
          : { code: 'VENDOR_SCORES_GIVEN', params: { given: facts.vendors.length * facts.mustCriteria.length - missing.length, total: facts.vendors.length * facts.mustCriteria.length }, ok: missing.length === 0 },
        ...shortfalls('VENDOR_SCORE_MISSING', missing, 'score'),
      ];
    }
    case 'SELECTION_DECIDED':
      return [{ code: facts.decisionRecorded ? 'DECISION_RECORDED' : 'NO_DECISION', params: {}, ok: facts.decisionRecorded }];
    case 'PROCESSES_VALIDATED': {
      if (facts.processes.length === 0) return [{ code: 'NO_PROCESSES', params: {}, ok: false }];
      const pending = facts.processes.filter((p) => p.status !== 'VALIDATED' && p.status !== 'AUTOMATED').map((p) => p.name);
      return [
        { code: 'PROCESSES_VALIDATED', params: { validated: facts.processes.length - pending.length, total: facts.processes.length }, ok: pending.length === 0 },
        ...shortfalls('PROCESS_NOT_VALIDATED', pending, 'process'),
      ];
    }
    case 'WAVES_STAFFED': {
      if (facts.waves.length === 0) return [{ code: 'NO_WAVES', params: {}, ok: false }];
      return facts.waves.flatMap((wave): GateEvidence[] => [
        ...(wave.scopeCount === 0 ? [{ code: 'WAVE_WITHOUT_SCOPE', params: { wave: wave.name }, ok: false }] : []),
        ...(wave.keyUserCount === 0 ? [{ code: 'WAVE_WITHOUT_KEY_USERS', params: { wave: wave.name }, ok: false }] : []),
        ...(wave.scopeCount > 0 && wave.keyUserCount > 0 ? [{ code: 'WAVE_STAFFED', params: { wave: wave.name, keyUsers: wave.keyUserCount }, ok: true }] : []),
      ]);
    }
    case 'TRAINING_CADENCE_ON_TRACK': {
      const waves = rule.waveId ? facts.waves.filter((w) => w.id === rule.waveId) : facts.waves;
      if (waves.length === 0) return [{ code: rule.waveId ? 'WAVE_GONE' : 'NO_WAVES', params: {}, ok: false }];
      return waves.map((wave) => ({ code: 'WAVE_CADENCE', params: { wave: wave.name, status: wave.cadence }, ok: wave.cadence === 'ON_TRACK' }));
    }
    case 'NO_SEVERE_SUPPORT_ITEMS': {
      // Hypercare is about waves that are live; a wave named by the rule is judged whatever its state.
      const waves = rule.waveId ? facts.waves.filter((w) => w.id === rule.waveId) : facts.waves.filter((w) => w.live);
      if (waves.length === 0) return [{ code: rule.waveId ? 'WAVE_GONE' : 'NO_LIVE_WAVES', params: {}, ok: false }];
      return waves.map((wave) => ({ code: 'WAVE_SEVERE_ITEMS', params: { wave: wave.name, open: wave.openSevereItems }, ok: wave.openSevereItems === 0 }));
    }
    case 'KPI_BASELINES_RECORDED': {
      if (facts.kpis.length === 0) return [{ code: 'NO_KPIS', params: {}, ok: false }];
      const missing = facts.kpis.filter((k) => k.baseline === null).map((k) => k.name);
      return [
        { code: 'KPI_BASELINES', params: { recorded: facts.kpis.length - missing.length, total: facts.kpis.length }, ok: missing.length === 0 },
        ...shortfalls('KPI_WITHOUT_BASELINE', missing, 'kpi'),
      ];
    }
    case 'KPI_AT_THRESHOLD': {
      const kpi = facts.kpis.find((k) => k.key === rule.kpiKey);
      if (!kpi) return [{ code: 'KPI_GONE', params: { kpi: rule.kpiKey ?? '' }, ok: false }];
      const threshold = rule.threshold ?? kpi.target;
      if (kpi.latest === null) return [{ code: 'KPI_NOT_MEASURED', params: { kpi: kpi.name, threshold }, ok: false }];
      const reached = kpi.direction === 'UP' ? kpi.latest >= threshold : kpi.latest <= threshold;
      return [{ code: 'KPI_LATEST', params: { kpi: kpi.name, latest: kpi.latest, threshold }, ok: reached }];
    }
    case 'PHASE_ROLES_HELD': {
      if (facts.phaseRoles.length === 0) return [{ code: 'NO_ROLES_NEEDED', params: {}, ok: true }];
      const unheld = facts.phaseRoles.filter((r) => !r.held).map((r) => r.name);
      return [{ code: 'ROLES_HELD', params: { held: facts.phaseRoles.length - unheld.length, total: facts.phaseRoles.length }, ok: unheld.length === 0 }, ...shortfalls('ROLE_NOT_HELD', unheld, 'role')];
    }
  }
}

/** Evidence in English, for the API's `text` and for mail; the client words the codes itself (same catalogue). */
export function gateEvidenceText(e: GateEvidence): string {
  return isMessageCode(e.code) ? englishText(e.code, e.params) : e.code;
}

/**
 * A stable fingerprint of the evidence: a sign-off records it, and lapses once the facts it was
 * given on are no longer the facts.
 */
export function evidenceKey(evidence: readonly GateEvidence[]): string {
  return JSON.stringify(evidence.map((e) => [e.code, Object.keys(e.params).sort().map((k) => [k, e.params[k]]), e.ok]));
}

export type SignOffState = 'NOT_REQUIRED' | 'AWAITING' | 'SIGNED' | 'LAPSED';

export interface CriterionVerdict {
  /** The criterion holds, its sign-off included. */
  met: boolean;
  /** Its box is ticked or its rule met, whatever the sign-off. */
  factsMet: boolean;
  signOff: SignOffState;
}

/**
 * Whether an exit criterion holds: its box is ticked or its rule met, and, when it asks for a
 * role's sign-off, that sign-off was given on the evidence as it stands now. A sign-off given on
 * other facts has lapsed and must be given again.
 */
export function criterionVerdict(
  criterion: { kind: ExitCriterionKind; done: boolean; needsSignOff: boolean },
  rule: GateRuleVerdict | null,
  signOff: { evidenceKey: string } | null,
  currentEvidenceKey: string,
): CriterionVerdict {
  const factsMet = criterion.kind === 'RULE' ? (rule?.met ?? false) : criterion.done;
  if (!criterion.needsSignOff) return { met: factsMet, factsMet, signOff: 'NOT_REQUIRED' };
  const state: SignOffState = !signOff ? 'AWAITING' : signOff.evidenceKey === currentEvidenceKey ? 'SIGNED' : 'LAPSED';
  return { met: factsMet && state === 'SIGNED', factsMet, signOff: state };
}

/** The evidence of a ticked box: whether it is ticked, which is what a sign-off on it vouches for. */
export function checkboxEvidence(done: boolean): GateEvidence[] {
  return [{ code: done ? 'TICKED' : 'NOT_TICKED', params: {}, ok: done }];
}

/** How the gate names a criterion that does not hold, saying what is missing when it is a sign-off. */
export function criterionBlocker(label: string, verdict: CriterionVerdict, signOffRoleName: string | null): Message {
  if (!verdict.factsMet || verdict.met) return { code: 'EXIT_CRITERION_NOT_MET', params: { criterion: label } };
  const role = signOffRoleName ?? '';
  return { code: verdict.signOff === 'LAPSED' ? 'EXIT_CRITERION_SIGN_OFF_LAPSED' : 'EXIT_CRITERION_AWAITING_SIGN_OFF', params: { criterion: label, role } };
}

/** What is wrong with a rule's settings, field by field: a setting its kind does not take, or one it needs and lacks. */
export function gateRuleProblems(rule: GateRule): FieldMessage<'waveId' | 'kpiKey' | 'threshold'>[] {
  const takes = GATE_RULE_SETTINGS[rule.kind];
  const problems: FieldMessage<'waveId' | 'kpiKey' | 'threshold'>[] = [];
  for (const field of ['waveId', 'kpiKey', 'threshold'] as const) {
    if (rule[field] !== null && rule[field] !== undefined && !takes.includes(field)) problems.push({ field, code: 'RULE_SETTING_NOT_TAKEN', params: { kind: rule.kind, setting: field } });
  }
  if (rule.kind === 'KPI_AT_THRESHOLD' && !rule.kpiKey?.trim()) problems.push({ field: 'kpiKey', code: 'RULE_NEEDS_KPI', params: {} });
  if (rule.threshold !== null && rule.threshold !== undefined && !Number.isFinite(rule.threshold)) problems.push({ field: 'threshold', code: 'NOT_A_NUMBER', params: {} });
  return problems;
}
