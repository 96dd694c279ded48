import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { riskHeatMap } from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { ProjectAccess } from '../common/access/project-access';
import { noSuchRole } from '../team/role-references';
import { PeopleRepository } from '../people/people.repository';
import { notInDirectory } from '../people/person-references';
import { TeamRepository } from '../team/team.repository';
import { badUserInput, FieldError } from '../common/errors/app-error';
import { CreateRiskInput, UpdateRiskInput } from './dto/risk.inputs';
import { byScore, HeatMapCellModel, RiskModel, RiskRow, toRisk } from './models/risk.model';
import { RiskChanges, RisksRepository } from './risks.repository';

type Row = Record<string, unknown>;

@Injectable()
export class RisksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly risks: RisksRepository,
    private readonly audit: AuditService,
    private readonly team: TeamRepository,
    private readonly people: PeopleRepository,
  ) {}

  async list(access: ProjectAccess, includeClosed: boolean): Promise<RiskModel[]> {
    return (await this.risks.list(access.projectId, includeClosed)).map(toRisk).sort(byScore);
  }

  /** Open risks are every risk not closed: those being monitored still threaten the program. */
  async heatMap(access: ProjectAccess): Promise<HeatMapCellModel[]> {
    return riskHeatMap(await this.risks.openByProjects([access.projectId]));
  }

  async create(input: CreateRiskInput, access: ProjectAccess): Promise<RiskModel> {
    return this.db.transaction(async (tx) => {
      const refs = await this.checkReferences(tx, access.projectId, input);
      const row = await this.risks.insert(tx, {
        projectId: access.projectId,
        title: input.title.trim(),
        description: input.description.trim(),
        likelihood: input.likelihood,
        impact: input.impact,
        mitigation: input.mitigation.trim(),
        roleId: refs.roleId ?? null,
        ownerId: input.ownerId ?? null,
      });
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'Risk', entityId: row.id, action: 'CREATED', actorId: access.userId, after: this.auditShape(row) });
      return toRisk(row);
    });
  }

  async update(input: UpdateRiskInput, access: ProjectAccess): Promise<RiskModel> {
    return this.db.transaction(async (tx) => {
      const refs = await this.checkReferences(tx, access.projectId, input);
      const set: RiskChanges = {};
      if (input.title !== undefined) set.title = input.title.trim();
      if (input.description !== undefined) set.description = input.description.trim();
      if (input.likelihood !== undefined) set.likelihood = input.likelihood;
      if (input.impact !== undefined) set.impact = input.impact;
      if (input.mitigation !== undefined) set.mitigation = input.mitigation.trim();
      if (input.roleKey !== undefined) set.role_id = refs.roleId ?? null;
      if (input.ownerId !== undefined) set.owner_id = input.ownerId;
      if (input.status !== undefined) set.status = input.status;
      const { before, after } = await this.risks.update(tx, input.id, input.version, set);
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'Risk',
        entityId: input.id,
        action: input.status !== undefined && Object.keys(set).length === 1 ? 'STATUS_CHANGED' : 'UPDATED',
        actorId: access.userId,
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
      roleId = await this.team.findRoleId(tx, projectId, refs.roleKey);
      if (!roleId) problems.push(noSuchRole('roleKey', refs.roleKey));
    }
    if (refs.ownerId) {
      if (!(await this.people.allInDirectory(tx, projectId, [refs.ownerId]))) problems.push(notInDirectory('ownerId'));
    }
    if (problems.length) throw badUserInput(problems);
    return { roleId };
  }

  private auditShape(row: RiskRow): Row {
    const { version: _version, created_at: _created, ...rest } = row;
    return rest;
  }
}
