import { DataSource, EntityManager } from 'typeorm';

import {
  checkboxEvidence,
  criterionBlocker,
  criterionVerdict,
  CriterionVerdict,
  evaluateGateRule,
  evidenceKey,
  GateCriterion,
  GateEvidence,
  GateRule,
  GateRuleVerdict,
} from '@crm/domain';

import { GateFactsRepository } from './gate-facts.repository';
import { ExitCriterionRow } from './models/phase.model';
import { SignOffRow, SignOffsRepository } from './sign-offs.repository';

/** An exit criterion with the facts it was judged on, its sign-off and whether it holds. */
export interface JudgedCriterion {
  row: ExitCriterionRow;
  rule: GateRule | null;
  ruleVerdict: GateRuleVerdict | null;
  evidence: GateEvidence[];
  verdict: CriterionVerdict;
  signOff: SignOffRow | null;
  signOffRoleName: string | null;
}

/**
 * Judges exit criteria the one way the gate, the overview, completion and the gate notices all
 * share: a box by its tick, a rule by the program's facts, a sign-off by the evidence it was given
 * on. A fixed number of statements however many criteria, phases or programs; none for facts when
 * no criterion is a rule.
 */
export async function judgeExitCriteria(db: DataSource | EntityManager, rows: readonly ExitCriterionRow[]): Promise<Map<string, JudgedCriterion>> {
  const signOffsRepo = new SignOffsRepository(db);
  const signOffs = await signOffsRepo.ofCriteria(rows.map((r) => r.id));
  const roleIds = [...new Set(rows.flatMap((r) => (r.sign_off_role_id ? [r.sign_off_role_id] : [])))];
  const roleNames = roleIds.length ? await signOffsRepo.roleNames(roleIds) : new Map<string, string>();
  const rules = rows.filter((r) => r.kind === 'RULE' && r.rule);
  const facts = new GateFactsRepository(db);
  const programs = rules.length ? await facts.ofPrograms([...new Set(rules.map((r) => r.project_id as string))], new Set(rules.map((r) => (r.rule as GateRule).kind))) : new Map();
  const rolePhases = [...new Set(rules.filter((r) => r.rule?.kind === 'PHASE_ROLES_HELD').map((r) => r.phase_id))];
  const phaseRoles = rolePhases.length ? await facts.rolesOfPhases(rolePhases) : new Map();

  return new Map(
    rows.map((row) => {
      const rule = row.kind === 'RULE' ? row.rule : null;
      const ruleVerdict = rule ? evaluateGateRule(rule, { ...programs.get(row.project_id as string), phaseRoles: phaseRoles.get(row.phase_id) ?? [] }) : null;
      const evidence = ruleVerdict ? ruleVerdict.evidence : checkboxEvidence(row.done);
      const signOff = signOffs.get(row.id) ?? null;
      // A removed signing role asks for no sign-off: the criterion is judged on its facts alone.
      const needsSignOff = !!row.sign_off_role_id;
      const verdict = criterionVerdict({ kind: row.kind, done: row.done, needsSignOff }, ruleVerdict, signOff ? { evidenceKey: signOff.evidence_key } : null, evidenceKey(evidence));
      const judged: JudgedCriterion = { row, rule, ruleVerdict, evidence, verdict, signOff, signOffRoleName: row.sign_off_role_id ? (roleNames.get(row.sign_off_role_id) ?? null) : null };
      return [row.id, judged];
    }),
  );
}

/** The criteria as the gate rule takes them: held or not, named with what a sign-off still waits for. */
export function gateCriteria(rows: readonly ExitCriterionRow[], judged: Map<string, JudgedCriterion>): GateCriterion[] {
  return rows.map((row) => {
    const j = judged.get(row.id) as JudgedCriterion;
    return { label: row.label, done: j.verdict.met, blocker: criterionBlocker(row.label, j.verdict, j.signOffRoleName) };
  });
}
