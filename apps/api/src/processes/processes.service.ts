import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { isBackward, processTransitionBlocker } from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { findRoleId, noSuchRole } from '../common/database/reference-checks';
import { versionedUpdate } from '../common/database/versioned-update';
import { AppError, badUserInput, ErrorCode, notFound } from '../common/errors/app-error';
import { ProjectAccessService } from '../projects/project-access.service';
import { CreateProcessInput, SetProcessStatusInput, UpdateProcessInput } from './dto/process.inputs';
import { ProcessModel, ProcessRow, toProcess } from './models/process.model';

type Row = Record<string, unknown>;

@Injectable()
export class ProcessesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  async list(projectId: string, userId: string): Promise<ProcessModel[]> {
    await this.access.canView(projectId, userId);
    const rows: ProcessRow[] = await this.db.query('SELECT * FROM processes WHERE project_id = $1 ORDER BY created_at, name', [projectId]);
    return rows.map(toProcess);
  }

  async create(input: CreateProcessInput, userId: string): Promise<ProcessModel> {
    return this.db.transaction(async (tx) => {
      await this.access.canEdit(input.projectId, userId, tx);
      const roleId = await this.roleId(tx, input.projectId, input.ownerRoleKey);
      const [row]: ProcessRow[] = await tx.query(
        'INSERT INTO processes (project_id, name, department, owner_role_id, as_is, to_be) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *',
        [input.projectId, input.name, input.department, roleId, input.asIs.trim(), input.toBe.trim()],
      );
      await this.linkRequirements(tx, input.projectId, row.id, input.requirementIds);
      await this.audit.record(tx, { projectId: input.projectId, entityType: 'Process', entityId: row.id, action: 'CREATED', actorId: userId, after: { name: row.name, status: row.status } });
      return toProcess(row);
    });
  }

  async update(input: UpdateProcessInput, userId: string): Promise<ProcessModel> {
    return this.db.transaction(async (tx) => {
      const current = await this.row(tx, input.id);
      await this.access.canEdit(current.project_id, userId, tx);
      const set: Row = {};
      if (input.name !== undefined) set['name'] = input.name;
      if (input.department !== undefined) set['department'] = input.department;
      if (input.ownerRoleKey !== undefined) set['owner_role_id'] = await this.roleId(tx, current.project_id, input.ownerRoleKey);
      if (input.asIs !== undefined) set['as_is'] = input.asIs.trim();
      if (input.toBe !== undefined) set['to_be'] = input.toBe.trim();
      const { before, after } = await versionedUpdate<ProcessRow & Row>(tx, { table: 'processes', id: input.id, version: input.version, set, what: 'This process' });
      if (input.requirementIds !== undefined) {
        await tx.query('DELETE FROM process_requirements WHERE process_id = $1', [input.id]);
        await this.linkRequirements(tx, current.project_id, input.id, input.requirementIds);
      }
      await this.audit.record(tx, { projectId: current.project_id, entityType: 'Process', entityId: input.id, action: 'UPDATED', actorId: userId, ...changedColumns(before, after) });
      return toProcess(after);
    });
  }

  /** Forward or back; AUTOMATED only from VALIDATED (GATE_BLOCKED with the reason otherwise). */
  async setStatus(input: SetProcessStatusInput, userId: string): Promise<ProcessModel> {
    return this.db.transaction(async (tx) => {
      const current = await this.row(tx, input.id);
      await this.access.canEdit(current.project_id, userId, tx);
      const blocker = processTransitionBlocker(current.status, input.status);
      if (blocker) throw new AppError(ErrorCode.GATE_BLOCKED, blocker, { blockers: [blocker] });
      const { after } = await versionedUpdate<ProcessRow & Row>(tx, { table: 'processes', id: input.id, version: input.version, set: { status: input.status }, what: 'This process' });
      await this.audit.record(tx, {
        projectId: current.project_id,
        entityType: 'Process',
        entityId: input.id,
        action: isBackward(current.status, input.status) ? 'STATUS_MOVED_BACK' : 'STATUS_CHANGED',
        actorId: userId,
        before: { status: current.status },
        after: { status: input.status },
      });
      return toProcess(after);
    });
  }

  private async linkRequirements(tx: EntityManager, projectId: string, processId: string, requirementIds: string[]): Promise<void> {
    const ids = [...new Set(requirementIds)];
    if (ids.length === 0) return;
    const found: { id: string }[] = await tx.query('SELECT id FROM requirements WHERE project_id = $1 AND id = ANY($2)', [projectId, ids]);
    if (found.length !== ids.length) throw badUserInput([{ field: 'requirementIds', message: 'Link only requirements of this project.' }]);
    await tx.query('INSERT INTO process_requirements (process_id, requirement_id) SELECT $1, unnest($2::uuid[])', [processId, ids]);
  }

  private async roleId(tx: EntityManager, projectId: string, roleKey: string | undefined): Promise<string | null> {
    if (!roleKey?.trim()) return null;
    const roleId = await findRoleId(tx, projectId, roleKey);
    if (!roleId) throw badUserInput([noSuchRole('ownerRoleKey', roleKey)]);
    return roleId;
  }

  private async row(tx: EntityManager, id: string): Promise<ProcessRow> {
    const rows: ProcessRow[] = await tx.query('SELECT * FROM processes WHERE id = $1', [id]);
    if (!rows[0]) throw notFound('This process');
    return rows[0];
  }
}
