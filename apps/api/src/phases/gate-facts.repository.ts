import { DataSource, EntityManager } from 'typeorm';

import { cadenceCompliance, CadenceStatus, GATE_RULE_KINDS, GateFacts, GateRuleKind, KpiDirection, SUPPORT_STATUSES, supportItemOpen } from '@crm/domain';

import { NOT_CANCELLED } from '../training/training.repository';

/** The facts of a program that every phase shares; the roles a phase needs come per phase. */
export type ProgramGateFacts = Omit<GateFacts, 'phaseRoles'>;

interface ProgramFactRows {
  must: { project_id: string; title: string; traced: boolean }[];
  vendors: { project_id: string; name: string }[];
  criteria: { project_id: string; name: string }[];
  scores: { project_id: string; vendor: string; criterion: string }[];
  decisions: { project_id: string }[];
  processes: { project_id: string; name: string; status: string }[];
  waves: { project_id: string; id: string; name: string; go_live_date: string; scope_count: number; key_user_count: number; status: string; open_severe: number }[];
  sessions: { wave_id: string; starts_at: Date; time_zone: string; retraining: boolean }[];
  kpis: { project_id: string; key: string | null; name: string; baseline: string | null; target: string; direction: KpiDirection; latest: string | null }[];
}

/**
 * Reads what the self-checking exit criteria are judged on: requirements and their tracing,
 * vendors and scores, the decision, processes, waves with their training, KPIs, and the roles of
 * each phase's open tasks. Read-only, across areas, as health reads them; a fixed number of
 * statements for any number of programs, phases or records.
 */
export class GateFactsRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /**
   * The facts the given rule kinds read, and only those: a gate watched around every task change
   * should not read vendors and KPIs when its rules look at neither.
   */
  async ofPrograms(projectIds: readonly string[], kinds: ReadonlySet<GateRuleKind> = new Set(GATE_RULE_KINDS)): Promise<Map<string, ProgramGateFacts>> {
    const ids = [...projectIds];
    const needs = (...any: GateRuleKind[]) => any.some((k) => kinds.has(k));
    const none = Promise.resolve([]);
    const coverage = needs('MUST_REQUIREMENTS_COVERED');
    const waves = needs('WAVES_STAFFED', 'TRAINING_CADENCE_ON_TRACK', 'NO_SEVERE_SUPPORT_ITEMS');
    const rows: ProgramFactRows = {
      // Rejected requirements are out of play, as the selection's coverage counts them.
      must: await (coverage
        ? this.db.query(
            `SELECT r.project_id, r.title, EXISTS (SELECT 1 FROM criterion_requirements cr WHERE cr.requirement_id = r.id) AS traced
             FROM requirements r WHERE r.project_id = ANY($1) AND r.priority = 'MUST' AND r.status <> 'REJECTED' ORDER BY r.seq`,
            [ids],
          )
        : none),
      vendors: await (coverage ? this.db.query('SELECT project_id, name FROM vendors WHERE project_id = ANY($1) ORDER BY lower(name)', [ids]) : none),
      // Only the criteria that trace to a MUST requirement in play must be scored for the rule.
      criteria: await (coverage
        ? this.db.query(
            `SELECT c.project_id, c.name FROM selection_criteria c
             WHERE c.project_id = ANY($1) AND EXISTS (
               SELECT 1 FROM criterion_requirements cr JOIN requirements r ON r.id = cr.requirement_id
               WHERE cr.criterion_id = c.id AND r.priority = 'MUST' AND r.status <> 'REJECTED')
             ORDER BY c.position, lower(c.name)`,
            [ids],
          )
        : none),
      scores: await (coverage
        ? this.db.query(
            `SELECT s.project_id, v.name AS vendor, c.name AS criterion FROM vendor_scores s
             JOIN vendors v ON v.id = s.vendor_id JOIN selection_criteria c ON c.id = s.criterion_id WHERE s.project_id = ANY($1)`,
            [ids],
          )
        : none),
      decisions: await (needs('SELECTION_DECIDED') ? this.db.query('SELECT project_id FROM selection_decisions WHERE project_id = ANY($1)', [ids]) : none),
      processes: await (needs('PROCESSES_VALIDATED')
        ? this.db.query('SELECT project_id, name, status FROM processes WHERE project_id = ANY($1) ORDER BY lower(name)', [ids])
        : none),
      waves: await (waves
        ? this.db.query(
            `SELECT w.project_id, w.id, w.name, w.status, to_char(w.go_live_date, 'YYYY-MM-DD') AS go_live_date, cardinality(w.scope) AS scope_count,
                    (SELECT count(*)::int FROM wave_key_users k WHERE k.wave_id = w.id) AS key_user_count,
                    (SELECT count(*)::int FROM support_items s WHERE s.wave_id = w.id AND s.severity <= 2 AND s.status = ANY($2)) AS open_severe
             FROM rollout_waves w WHERE w.project_id = ANY($1) ORDER BY w.go_live_date, w.name`,
            // The open statuses come from the hypercare rule, so this count cannot drift from it.
            [ids, SUPPORT_STATUSES.filter((status) => supportItemOpen(status))],
          )
        : none),
      sessions: await (needs('TRAINING_CADENCE_ON_TRACK')
        ? this.db.query(`SELECT s.wave_id, s.starts_at, s.time_zone, s.retraining FROM training_sessions s WHERE s.project_id = ANY($1) AND s.${NOT_CANCELLED}`, [ids])
        : none),
      kpis: await (needs('KPI_BASELINES_RECORDED', 'KPI_AT_THRESHOLD')
        ? this.db.query(
            `SELECT k.project_id, k.key, k.name, k.baseline, k.target, k.direction, m.value AS latest
             FROM kpis k LEFT JOIN LATERAL (
               SELECT value FROM kpi_measurements WHERE kpi_id = k.id ORDER BY measured_on DESC, created_at DESC, id DESC LIMIT 1
             ) m ON true
             WHERE k.project_id = ANY($1) ORDER BY lower(k.name)`,
            [ids],
          )
        : none),
    };
    return new Map(ids.map((id) => [id, factsOf(id, rows)]));
  }

  /** Whether a rule's wave and KPI are the program's own, checked when the rule is set. */
  async ruleTargets(projectId: string, waveId: string | null, kpiKey: string | null): Promise<{ waveFound: boolean; kpiFound: boolean }> {
    const [row]: { wave_found: boolean; kpi_found: boolean }[] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM rollout_waves WHERE project_id = $1 AND id = $2) AS wave_found,
              EXISTS (SELECT 1 FROM kpis WHERE project_id = $1 AND key = $3) AS kpi_found`,
      [projectId, waveId, kpiKey],
    );
    return { waveFound: row.wave_found, kpiFound: row.kpi_found };
  }

  /** The roles the open tasks of each phase follow, and whether each has a primary holder. */
  async rolesOfPhases(phaseIds: readonly string[]): Promise<Map<string, GateFacts['phaseRoles']>> {
    const rows: { phase_id: string; name: string; held: boolean }[] = await this.db.query(
      `SELECT t.phase_id, r.name, EXISTS (SELECT 1 FROM role_assignments a WHERE a.role_id = r.id AND a.is_primary) AS held
       FROM (SELECT DISTINCT phase_id, role_id FROM tasks WHERE phase_id = ANY($1) AND status <> 'DONE') t
       JOIN roles r ON r.id = t.role_id ORDER BY t.phase_id, r.position, r.name`,
      [[...phaseIds]],
    );
    const byPhase = new Map<string, { name: string; held: boolean }[]>(phaseIds.map((id) => [id, []]));
    for (const row of rows) byPhase.get(row.phase_id)?.push({ name: row.name, held: row.held });
    return byPhase;
  }
}

function factsOf(projectId: string, rows: ProgramFactRows): ProgramGateFacts {
  const own = <T extends { project_id: string }>(list: T[]) => list.filter((r) => r.project_id === projectId);
  const waves = own(rows.waves);
  const sessionsOf = (waveId: string) =>
    rows.sessions.filter((s) => s.wave_id === waveId).map((s) => ({ startsAt: new Date(s.starts_at).toISOString(), timeZone: s.time_zone, catchUp: s.retraining }));
  return {
    mustRequirements: own(rows.must).map((r) => ({ title: r.title, traced: r.traced })),
    vendors: own(rows.vendors).map((v) => v.name),
    mustCriteria: own(rows.criteria).map((c) => c.name),
    scored: new Set(own(rows.scores).map((s) => `${s.vendor}|${s.criterion}`)),
    decisionRecorded: own(rows.decisions).length > 0,
    processes: own(rows.processes).map((p) => ({ name: p.name, status: p.status })),
    waves: waves.map((w) => ({
      id: w.id,
      name: w.name,
      scopeCount: w.scope_count ?? 0,
      keyUserCount: w.key_user_count,
      cadence: cadenceCompliance(w.go_live_date, sessionsOf(w.id)).status as CadenceStatus,
      live: w.status === 'LIVE',
      openSevereItems: w.open_severe,
    })),
    kpis: own(rows.kpis).map((k) => ({
      key: k.key ?? '',
      name: k.name,
      baseline: k.baseline === null ? null : Number(k.baseline),
      target: Number(k.target),
      direction: k.direction,
      latest: k.latest === null ? null : Number(k.latest),
    })),
  };
}
