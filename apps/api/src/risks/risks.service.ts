import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { riskHeatMap } from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { allInDirectory, findRoleId, noSuchRole, notInDirectory } from '../common/database/reference-checks';
import { versionedUpdate } from '../common/database/versioned-update';
import { badUserInput, FieldError, notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids/is-uuid';
import { ProjectAccessService } from '../projects/project-access.service';
import { CreateRiskInput, UpdateRiskInput } from './dto/risk.inputs';
import { byScore, HeatMapCellModel, RiskModel, RiskRow, RiskStatus, toRisk } from './models/risk.model';

type Row = Record<string, unknown>;

@Injectable()
export class RisksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  async list(projectId: string, includeClosed: boolean, userId: string): Promise<RiskModel[]> {
    await this.access.canView(projectId, userId);
    const rows: RiskRow[] = await this.db.query(
      `SELECT * FROM risks WHERE project_id = $1 AND ($2 OR status <> '${RiskStatus.CLOSED}')`,
      [projectId, includeClosed],
    );
    return rows.map(toRisk).sort(byScore);
  }

  /** Open risks are every risk not closed: those being monitored still threaten the program. */
  async heatMap(projectId: string, userId: string): Promise<HeatMapCellModel[]> {
    await this.access.canView(projectId, userId);
    const rows: { likelihood: number; impact: number }[] = await this.db.query(
      `SELECT likelihood, impact FROM risks WHERE project_id = $1 AND status <> '${RiskStatus.CLOSED}'`,
      [projectId],
    );
    return riskHeatMap(rows);
  }

  async create(input: CreateRiskInput, userId: string): Promise<RiskModel> {
    return this.db.transaction(async (tx) => {
      await this.access.canEdit(input.projectId, userId, tx);
      const refs = await this.checkReferences(tx, input.projectId, input);
      const [row]: RiskRow[] = await tx.query(
        `INSERT INTO risks (project_id, title, description, likelihood, impact, mitigation, role_id, owner_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
        [
          input.projectId,
          input.title.trim(),
          input.description.trim(),
          input.likelihood,
          input.impact,
          input.mitigation.trim(),
          refs.roleId ?? null,
          input.ownerId ?? null,
        ],
      );
      await this.audit.record(tx, { projectId: input.projectId, entityType: 'Risk', entityId: row.id, action: 'CREATED', actorId: userId, after: this.auditShape(row) });
      return toRisk(row);
    });
  }

  async update(input: UpdateRiskInput, userId: string): Promise<RiskModel> {
    return this.db.transaction(async (tx) => {
      const current = await this.riskRow(tx, input.id);
      await this.access.canEdit(current.project_id, userId, tx);
      const refs = await this.checkReferences(tx, current.project_id, input);
      const set: Row = {};
      if (input.title !== undefined) set['title'] = input.title.trim();
      if (input.description !== undefined) set['description'] = input.description.trim();
      if (input.likelihood !== undefined) set['likelihood'] = input.likelihood;
      if (input.impact !== undefined) set['impact'] = input.impact;
      if (input.mitigation !== undefined) set['mitigation'] = input.mitigation.trim();
      if (input.roleKey !== undefined) set['role_id'] = refs.roleId ?? null;
      if (input.ownerId !== undefined) set['owner_id'] = input.ownerId;
      if (input.status !== undefined) set['status'] = input.status;
      const { before, after } = await versionedUpdate<RiskRow & Row>(tx, { table: 'risks', id: input.id, version: input.version, set, what: 'This risk' });
      await this.audit.record(tx, {
        projectId: current.project_id,
        entityType: 'Risk',
        entityId: current.id,
        action: input.status !== undefined && Object.keys(set).length === 1 ? 'STATUS_CHANGED' : 'UPDATED',
        actorId: userId,
        ...changedColumns(this.auditShape(before), this.auditShape(after)),
      });
      return toRisk(after);
    });
  }

  private async checkReferences(
    tx: EntityManager,
    projectId: string,
    refs: { roleKey?: string | null; ownerId?: string | null },
  ): Promise<{ roleId?: string }> {
    const problems: FieldError[] = [];
    let roleId: string | undefined;
    if (refs.roleKey) {
      roleId = await findRoleId(tx, projectId, refs.roleKey);
      if (!roleId) problems.push(noSuchRole('roleKey', refs.roleKey));
    }
    if (refs.ownerId) {
      if (!(await allInDirectory(tx, [refs.ownerId]))) problems.push(notInDirectory('ownerId'));
    }
    if (problems.length) throw badUserInput(problems);
    return { roleId };
  }

  private async riskRow(tx: EntityManager, id: string): Promise<RiskRow> {
    if (!isUuid(id)) throw notFound('This risk');
    const rows: RiskRow[] = await tx.query('SELECT * FROM risks WHERE id = $1', [id]);
    if (!rows[0]) throw notFound('This risk');
    return rows[0];
  }

  private auditShape(row: RiskRow): Row {
    const { version: _version, created_at: _created, ...rest } = row;
    return rest;
  }
}
