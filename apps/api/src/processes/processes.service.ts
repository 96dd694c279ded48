import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { englishText, isBackward, processTransitionBlocker } from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { ProjectAccess } from '../common/access/project-access';
import { noSuchRole } from '../team/role-references';
import { AppError, badUserInput, ErrorCode } from '../common/errors/app-error';
import { RequirementsRepository } from '../requirements/requirements.repository';
import { TeamRepository } from '../team/team.repository';
import { CreateProcessInput, SetProcessStatusInput, UpdateProcessInput } from './dto/process.inputs';
import { ProcessModel, toProcess } from './models/process.model';
import { ProcessChanges, ProcessesRepository } from './processes.repository';

@Injectable()
export class ProcessesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly processes: ProcessesRepository,
    private readonly requirements: RequirementsRepository,
    private readonly team: TeamRepository,
    private readonly audit: AuditService,
  ) {}

  async list(access: ProjectAccess): Promise<ProcessModel[]> {
    return (await this.processes.list(access.projectId)).map(toProcess);
  }

  async create(input: CreateProcessInput, access: ProjectAccess): Promise<ProcessModel> {
    return this.db.transaction(async (tx) => {
      const row = await this.processes.insert(tx, {
        projectId: access.projectId,
        name: input.name,
        department: input.department,
        ownerRoleId: await this.roleId(tx, access.projectId, input.ownerRoleKey),
        asIs: input.asIs.trim(),
        toBe: input.toBe.trim(),
      });
      await this.linkRequirements(tx, access.projectId, row.id, input.requirementIds, false);
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'Process', entityId: row.id, action: 'CREATED', actorId: access.userId, after: { name: row.name, status: row.status } });
      return toProcess(row);
    });
  }

  async update(input: UpdateProcessInput, access: ProjectAccess): Promise<ProcessModel> {
    return this.db.transaction(async (tx) => {
      const set: ProcessChanges = {};
      if (input.name !== undefined) set.name = input.name;
      if (input.department !== undefined) set.department = input.department;
      if (input.ownerRoleKey !== undefined) set.owner_role_id = await this.roleId(tx, access.projectId, input.ownerRoleKey);
      if (input.asIs !== undefined) set.as_is = input.asIs.trim();
      if (input.toBe !== undefined) set.to_be = input.toBe.trim();
      const { before, after } = await this.processes.update(tx, input.id, input.version, set);
      if (input.requirementIds !== undefined) await this.linkRequirements(tx, access.projectId, input.id, input.requirementIds, true);
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'Process', entityId: input.id, action: 'UPDATED', actorId: access.userId, ...changedColumns(before, after) });
      return toProcess(after);
    });
  }

  /** Forward or back; AUTOMATED only from VALIDATED (GATE_BLOCKED with the reason otherwise). */
  async setStatus(input: SetProcessStatusInput, access: ProjectAccess): Promise<ProcessModel> {
    return this.db.transaction(async (tx) => {
      const current = await this.processes.find(tx, input.id);
      const blocker = processTransitionBlocker(current.status, input.status);
      if (blocker) {
        const english = englishText(blocker.code, blocker.params);
        throw new AppError(ErrorCode.GATE_BLOCKED, english, { blockers: [english] }, { ...blocker.params, reason: blocker.code });
      }
      const { after } = await this.processes.update(tx, input.id, input.version, { status: input.status });
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'Process',
        entityId: input.id,
        action: isBackward(current.status, input.status) ? 'STATUS_MOVED_BACK' : 'STATUS_CHANGED',
        actorId: access.userId,
        before: { status: current.status },
        after: { status: input.status },
      });
      return toProcess(after);
    });
  }

  private async linkRequirements(tx: EntityManager, projectId: string, processId: string, requirementIds: string[], replacing: boolean): Promise<void> {
    const ids = [...new Set(requirementIds)];
    if (ids.length && (await this.requirements.countInProject(tx, projectId, ids)) !== ids.length) {
      throw badUserInput([{ field: 'requirementIds', message: 'Link only requirements of this program.', code: 'REQUIREMENTS_OTHER_PROJECT' }]);
    }
    await this.processes.setRequirements(tx, processId, ids, replacing);
  }

  private async roleId(tx: EntityManager, projectId: string, roleKey: string | undefined): Promise<string | null> {
    if (!roleKey?.trim()) return null;
    const roleId = await this.team.findRoleId(tx, projectId, roleKey);
    if (!roleId) throw badUserInput([noSuchRole('ownerRoleKey', roleKey)]);
    return roleId;
  }
}
