import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { overAllocatedPeople } from '@crm/domain';

import { AuditService } from '../audit/audit.service';
import { allInDirectory, notInDirectory } from '../common/database/reference-checks';
import { versionedUpdate } from '../common/database/versioned-update';
import { badUserInput, notFound } from '../common/errors/app-error';
import { toPerson, PersonRow } from '../people/models/person.model';
import { ProjectAccessService } from '../projects/project-access.service';
import { AssignRoleInput, CreateRoleInput, UnassignRoleInput, UpdateRoleAssignmentInput } from './dto/assign-role.input';
import { AssignmentRow, OverAllocationModel, RoleAssignmentModel, RoleModel, RoleRow, TeamModel, toAssignment, toRole } from './models/role.model';

@Injectable()
export class TeamService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  async roles(projectId: string, userId: string): Promise<RoleModel[]> {
    await this.access.canView(projectId, userId);
    const rows: RoleRow[] = await this.db.query('SELECT * FROM roles WHERE project_id = $1 ORDER BY position, name', [projectId]);
    return rows.map(toRole);
  }

  async createRole(input: CreateRoleInput, userId: string): Promise<RoleModel> {
    return this.db.transaction(async (tx) => {
      await this.access.canEdit(input.projectId, userId, tx);
      const key = input.name.trim().toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '');
      if (!key) throw badUserInput([{ field: 'name', message: 'The name needs at least one letter or digit.' }]);
      const rows: RoleRow[] = await tx.query(
        `INSERT INTO roles (project_id, key, name, description, custom, position)
         VALUES ($1, $2, $3, $4, true, (SELECT coalesce(max(position), 0) + 1 FROM roles WHERE project_id = $1))
         ON CONFLICT (project_id, key) DO NOTHING RETURNING *`,
        [input.projectId, key, input.name.trim(), input.description.trim()],
      );
      if (!rows[0]) throw badUserInput([{ field: 'name', message: 'This project already has a role with that name.' }]);
      await this.audit.record(tx, { projectId: input.projectId, entityType: 'Role', entityId: rows[0].id, action: 'CREATED', actorId: userId, after: rows[0] });
      return toRole(rows[0]);
    });
  }

  async assign(input: AssignRoleInput, userId: string): Promise<RoleAssignmentModel> {
    return this.db.transaction(async (tx) => {
      await this.access.canEdit(input.projectId, userId, tx);
      const role = await this.roleByKey(tx, input.projectId, input.roleKey);
      if (!(await allInDirectory(tx, [input.personId]))) throw badUserInput([notInDirectory('personId')]);
      const current: AssignmentRow[] = await tx.query('SELECT * FROM role_assignments WHERE role_id = $1 FOR UPDATE', [role.id]);
      if (current.some((a) => a.person_id === input.personId)) {
        throw badUserInput([{ field: 'personId', message: 'This person already holds the role; change their allocation instead.' }]);
      }
      const primaryNow = current.find((a) => a.is_primary);
      const primary = input.primary ?? !primaryNow;
      if (primary && primaryNow) await this.stepBack(tx, primaryNow, userId);
      const rows: AssignmentRow[] = await tx.query(
        `INSERT INTO role_assignments (project_id, role_id, person_id, allocation_percent, is_primary)
         VALUES ($1, $2, $3, $4, $5) RETURNING *`,
        [input.projectId, role.id, input.personId, input.allocationPercent, primary],
      );
      await this.audit.record(tx, { projectId: input.projectId, entityType: 'RoleAssignment', entityId: rows[0].id, action: 'ASSIGNED', actorId: userId, after: { ...rows[0], role_key: role.key } });
      return toAssignment(rows[0]);
    });
  }

  async unassign(input: UnassignRoleInput, userId: string): Promise<RoleAssignmentModel> {
    return this.db.transaction(async (tx) => {
      await this.access.canEdit(input.projectId, userId, tx);
      const role = await this.roleByKey(tx, input.projectId, input.roleKey);
      // TypeORM answers DELETE … RETURNING with [rows, affected].
      const [rows] = (await tx.query('DELETE FROM role_assignments WHERE role_id = $1 AND person_id = $2 RETURNING *', [role.id, input.personId])) as [AssignmentRow[], number];
      if (!rows[0]) throw notFound('This role assignment');
      await this.audit.record(tx, { projectId: input.projectId, entityType: 'RoleAssignment', entityId: rows[0].id, action: 'UNASSIGNED', actorId: userId, before: { ...rows[0], role_key: role.key } });
      return toAssignment(rows[0]);
    });
  }

  /** Changing the primary holder moves every task that follows the role, in one transaction. */
  async updateAssignment(input: UpdateRoleAssignmentInput, userId: string): Promise<RoleAssignmentModel> {
    return this.db.transaction(async (tx) => {
      const found: AssignmentRow[] = await tx.query('SELECT * FROM role_assignments WHERE id = $1', [input.id]);
      if (!found[0]) throw notFound('This role assignment');
      await this.access.canEdit(found[0].project_id, userId, tx);
      const set: Record<string, unknown> = {};
      if (input.allocationPercent !== undefined) set['allocation_percent'] = input.allocationPercent;
      if (input.primary !== undefined) set['is_primary'] = input.primary;
      if (input.primary) {
        const others: AssignmentRow[] = await tx.query(
          'SELECT * FROM role_assignments WHERE role_id = $1 AND is_primary AND id <> $2 FOR UPDATE',
          [found[0].role_id, input.id],
        );
        for (const other of others) await this.stepBack(tx, other, userId);
      }
      const { before, after } = await versionedUpdate<AssignmentRow & Record<string, unknown>>(tx, {
        table: 'role_assignments',
        id: input.id,
        version: input.version,
        set,
        what: 'This role assignment',
      });
      await this.audit.record(tx, { projectId: found[0].project_id, entityType: 'RoleAssignment', entityId: input.id, action: 'UPDATED', actorId: userId, before, after });
      return toAssignment(after);
    });
  }

  async team(projectId: string, userId: string): Promise<TeamModel> {
    await this.access.canView(projectId, userId);
    const roles: (RoleRow & { holder_count: number })[] = await this.db.query(
      `SELECT r.*, (SELECT count(*)::int FROM role_assignments a WHERE a.role_id = r.id) AS holder_count
       FROM roles r WHERE r.project_id = $1 ORDER BY r.position, r.name`,
      [projectId],
    );
    const overAllocated = await this.overAllocated(projectId);
    return {
      roles: roles.map(toRole),
      unfilledRoles: roles.filter((r) => r.holder_count === 0).map(toRole),
      overAllocated,
    };
  }

  /** People of this project's team whose allocations across active projects exceed 100%. */
  async overAllocated(projectId: string): Promise<OverAllocationModel[]> {
    const allocations: { person_id: string; project_id: string; allocation_percent: number }[] = await this.db.query(
      `SELECT a.person_id, a.project_id, a.allocation_percent
       FROM role_assignments a JOIN projects p ON p.id = a.project_id AND p.status = 'ACTIVE'
       WHERE a.person_id IN (SELECT person_id FROM role_assignments WHERE project_id = $1)`,
      [projectId],
    );
    const over = overAllocatedPeople(
      allocations.map((a) => ({ personId: a.person_id, projectId: a.project_id, allocationPercent: a.allocation_percent })),
    );
    const people: PersonRow[] = over.length ? await this.db.query('SELECT * FROM people WHERE id = ANY($1)', [over.map((o) => o.personId)]) : [];
    const personById = new Map(people.map((p) => [p.id, toPerson(p)]));
    return over.map((o) => ({ person: personById.get(o.personId)!, totalPercent: o.totalPercent }));
  }

  private async roleByKey(tx: EntityManager, projectId: string, key: string): Promise<RoleRow> {
    const rows: RoleRow[] = await tx.query('SELECT * FROM roles WHERE project_id = $1 AND key = $2', [projectId, key.trim().toUpperCase()]);
    if (!rows[0]) throw badUserInput([{ field: 'roleKey', message: `This project has no role with the key ${key}.` }]);
    return rows[0];
  }

  private async stepBack(tx: EntityManager, assignment: AssignmentRow, userId: string): Promise<void> {
    await tx.query('UPDATE role_assignments SET is_primary = false, version = version + 1 WHERE id = $1', [assignment.id]);
    await this.audit.record(tx, {
      projectId: assignment.project_id,
      entityType: 'RoleAssignment',
      entityId: assignment.id,
      action: 'UPDATED',
      actorId: userId,
      before: { is_primary: true },
      after: { is_primary: false },
    });
  }
}
