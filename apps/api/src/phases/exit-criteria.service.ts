import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { evidenceKey, GateRule, gateEvidenceText, gateRuleProblems } from '@crm/domain';

import { AuditService } from '../audit/audit.service';
import { ProjectAccess } from '../common/access/project-access';
import { inTransaction } from '../common/database/transaction';
import { badUserInput, FieldError, forbidden, invalidState, ruleProblem } from '../common/errors/app-error';
import { noSuchRole } from '../team/role-references';
import { TeamRepository } from '../team/team.repository';
import { GateRuleInput, SignOffInput } from './dto/exit-criterion.inputs';
import { ExitCriteriaRepository } from './exit-criteria.repository';
import { judgeExitCriteria } from './exit-criterion-verdicts';
import { GateFactsRepository } from './gate-facts.repository';
import { ExitCriterionModel, toExitCriterion } from './models/phase.model';
import { PhaseGates } from './phase-gates';
import { SignOffsRepository } from './sign-offs.repository';

/**
 * The parts of an exit criterion that make it check itself: the rule it is judged by, the role
 * that signs it off, and the sign-off. Ticking, wording and adding stay with the phases service.
 */
@Injectable()
export class ExitCriteriaService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly criteria: ExitCriteriaRepository,
    private readonly team: TeamRepository,
    private readonly gates: PhaseGates,
    private readonly audit: AuditService,
  ) {}

  /** The rule as stored, checked against its kind and against the program's waves and KPIs. */
  async ruleOf(tx: EntityManager, projectId: string, input: GateRuleInput | null | undefined): Promise<GateRule | null> {
    if (!input) return null;
    const rule: GateRule = { kind: input.kind, waveId: input.waveId ?? null, kpiKey: input.kpiKey?.trim() || null, threshold: input.threshold ?? null };
    const problems: FieldError[] = gateRuleProblems(rule).map((p) => ruleProblem(p, 'rule.'));
    if (problems.length) throw badUserInput(problems);
    const targets = await new GateFactsRepository(tx).ruleTargets(projectId, rule.waveId ?? null, rule.kpiKey ?? null);
    if (rule.waveId && !targets.waveFound) problems.push({ field: 'rule.waveId', message: 'This program has no such wave.', code: 'NO_SUCH_WAVE' });
    if (rule.kpiKey && !targets.kpiFound) problems.push({ field: 'rule.kpiKey', message: `This program has no KPI with the key ${rule.kpiKey}.`, code: 'NO_SUCH_KPI', params: { kpiKey: rule.kpiKey } });
    if (problems.length) throw badUserInput(problems);
    return rule;
  }

  async signOffRoleId(tx: EntityManager, projectId: string, roleKey: string | null | undefined): Promise<string | null> {
    if (!roleKey?.trim()) return null;
    const roleId = await this.team.findRoleId(tx, projectId, roleKey);
    if (!roleId) throw badUserInput([noSuchRole('signOffRoleKey', roleKey)]);
    return roleId;
  }

  async dropSignOff(tx: EntityManager, criterionId: string): Promise<void> {
    await new SignOffsRepository(tx).remove(criterionId);
  }

  /**
   * Only someone holding the criterion's signing role in the program signs, and only once its box
   * is ticked or its rule met: the sign-off keeps the evidence it was given on, so it lapses when
   * those facts change. Signing again replaces the earlier sign-off.
   */
  async signOff(input: SignOffInput, access: ProjectAccess): Promise<ExitCriterionModel> {
    return inTransaction(this.db, async (tx) => {
      const row = await this.criteria.find(tx, input.criterionId);
      if (!row.sign_off_role_id) throw invalidState('This criterion asks for no sign-off.', 'NO_SIGN_OFF', {}, { reason: 'NO_SIGN_OFF_ASKED' });
      const signOffs = new SignOffsRepository(tx);
      const signer = await signOffs.signerPersonId(row.sign_off_role_id, access.userId);
      const judged = (await judgeExitCriteria(tx, [row])).get(row.id)!;
      if (!signer) throw forbidden(`Only someone holding the role ${judged.signOffRoleName ?? 'asked for'} in this program can sign this criterion off.`, { reason: 'SIGNING_ROLE_NEEDED', role: judged.signOffRoleName ?? '' });
      if (!judged.verdict.factsMet) {
        const shortfalls = judged.evidence.filter((e) => !e.ok).map(gateEvidenceText);
        throw invalidState(`This criterion is not met yet, so it cannot be signed off: ${shortfalls.join(' ')}`, 'NOT_MET', { evidence: judged.evidence }, { reason: 'CRITERION_NOT_MET_YET' });
      }
      await this.gates.watch(tx, [row.phase_id], access, () =>
        signOffs.upsert({ criterionId: row.id, personId: signer, userId: access.userId, comment: input.comment.trim(), evidence: judged.evidence, evidenceKey: evidenceKey(judged.evidence) }),
      );
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'ExitCriterion',
        entityId: row.id,
        action: 'SIGNED_OFF',
        actorId: access.userId,
        after: { label: row.label, comment: input.comment.trim(), evidence: judged.evidence.map(gateEvidenceText) },
      });
      return toExitCriterion(row);
    });
  }
}
