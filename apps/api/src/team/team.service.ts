import { forwardRef, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { overAllocatedPeople } from '@crm/domain';

import { AuditService } from '../audit/audit.service';
import { ProjectAccess } from '../common/access/project-access';
import { noSuchRole } from '../team/role-references';
import { notInDirectory } from '../people/person-references';
import { inTransaction, serializeWrites } from '../common/database/transaction';
import { groupedByKey } from '../common/graphql/request-loaders';
import { badUserInput, notFound } from '../common/errors/app-error';
import { toPerson } from '../people/models/person.model';
import { PeopleRepository } from '../people/people.repository';
import { TaskFiguresRepository } from '../tasks/task-figures.repository';
import { AssignRoleInput, CreateRoleInput, UnassignRoleInput, UpdateRoleAssignmentInput } from './dto/assign-role.input';
import { AssignmentRow, OverAllocationModel, RoleAssignmentModel, RoleModel, RoleRow, TeamModel, toAssignment, toRole } from './models/role.model';
import { RoleNotices } from './role-notices';
import { AssignmentChanges, TeamRepository } from './team.repository';

@Injectable()
export class TeamService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly team: TeamRepository,
    private readonly people: PeopleRepository,
    private readonly audit: AuditService,
    private readonly notices: RoleNotices,
    @Inject(forwardRef(() => TaskFiguresRepository)) private readonly figures: TaskFiguresRepository,
  ) {}

  async roles(access: ProjectAccess): Promise<RoleModel[]> {
    return (await this.team.roles(access.projectId)).map(toRole);
  }

  async createRole(input: CreateRoleInput, access: ProjectAccess): Promise<RoleModel> {
    return inTransaction(this.db, async (tx) => {
      const key = input.name.trim().toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '');
      if (!key) throw badUserInput([{ field: 'name', message: 'The name needs at least one letter or digit.', code: 'NAME_NEEDS_LETTER' }]);
      // The new role goes to the end of the catalog: writers take turns so two never get one position.
      await serializeWrites(tx, 'roles', access.projectId);
      const row = await this.team.insertRole(tx, { projectId: access.projectId, key, name: input.name.trim(), description: input.description.trim() });
      if (!row) throw badUserInput([{ field: 'name', message: 'This program already has a role with that name.', code: 'ROLE_NAME_TAKEN' }]);
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'Role', entityId: row.id, action: 'CREATED', actorId: access.userId, after: row });
      return toRole(row);
    });
  }

  async assign(input: AssignRoleInput, access: ProjectAccess): Promise<RoleAssignmentModel> {
    return inTransaction(this.db, async (tx) => {
      const role = await this.roleByKey(tx, access.projectId, input.roleKey);
      const waveId = await this.waveOf(tx, access.projectId, input.waveId);
      if (!(await this.people.allInDirectory(tx, access.projectId, [input.personId]))) throw badUserInput([notInDirectory('personId')]);
      // A role without holders has no rows to lock: parallel assignments would all see no primary.
      await serializeWrites(tx, 'role_assignments', role.id);
      // Each wave has its own holders of the role, and the program-wide holders are the null wave's.
      const current = (await this.team.assignmentsOfRoleForUpdate(tx, role.id)).filter((a) => (a.wave_id ?? null) === waveId);
      if (current.some((a) => a.person_id === input.personId)) {
        throw badUserInput([
          { field: 'personId', message: waveId ? 'This person already holds the role in this wave; change their allocation instead.' : 'This person already holds the role; change their allocation instead.', code: waveId ? 'ALREADY_HOLDS_ROLE_IN_WAVE' : 'ALREADY_HOLDS_ROLE' },
        ]);
      }
      const primaryNow = current.find((a) => a.is_primary);
      const primary = input.primary ?? !primaryNow;
      const row = await this.notices.watch(tx, role, access, async () => {
        if (primary && primaryNow) await this.stepBack(tx, primaryNow, access.userId);
        return this.team.insertAssignment(tx, {
          projectId: access.projectId,
          roleId: role.id,
          personId: input.personId,
          allocationPercent: input.allocationPercent,
          primary,
          waveId,
        });
      }, waveId);
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'RoleAssignment', entityId: row.id, action: 'ASSIGNED', actorId: access.userId, after: { ...row, role_key: role.key } });
      return toAssignment(row);
    });
  }

  async unassign(input: UnassignRoleInput, access: ProjectAccess): Promise<RoleAssignmentModel> {
    return inTransaction(this.db, async (tx) => {
      const role = await this.roleByKey(tx, access.projectId, input.roleKey);
      const waveId = await this.waveOf(tx, access.projectId, input.waveId);
      await serializeWrites(tx, 'role_assignments', role.id);
      const row = await this.notices.watch(tx, role, access, () => this.team.deleteAssignment(tx, role.id, input.personId, waveId), waveId);
      if (!row) throw notFound('This role assignment');
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'RoleAssignment', entityId: row.id, action: 'UNASSIGNED', actorId: access.userId, before: { ...row, role_key: role.key } });
      return toAssignment(row);
    });
  }

  /**
   * A deactivated member stops holding roles: the tasks that followed those roles show as unowned
   * until someone else takes the role. Each program's history says who ended it.
   */
  async endRolesOfDeactivated(tx: EntityManager, organisationId: string, email: string, actorId: string): Promise<number> {
    const ended = await this.team.deleteAssignmentsOfEmail(tx, organisationId, email);
    for (const row of ended) {
      const { project_id: projectId, ...before } = row;
      await this.audit.record(tx, { projectId, entityType: 'RoleAssignment', entityId: row.id, action: 'UNASSIGNED', actorId, before });
    }
    return ended.length;
  }

  /**
   * Changing the primary holder moves every task that follows the role, in one transaction: for a
   * holder in a wave, that wave's tasks only; for the program-wide holder, the tasks of no wave and
   * of waves without a holder of their own.
   */
  async updateAssignment(input: UpdateRoleAssignmentInput, access: ProjectAccess): Promise<RoleAssignmentModel> {
    return inTransaction(this.db, async (tx) => {
      const found = await this.team.assignment(tx, input.id);
      if (!found) throw notFound('This role assignment');
      await serializeWrites(tx, 'role_assignments', found.role_id);
      const set: AssignmentChanges = {};
      if (input.allocationPercent !== undefined) set.allocation_percent = input.allocationPercent;
      if (input.primary !== undefined) set.is_primary = input.primary;
      const change = async () => {
        if (input.primary) {
          for (const other of await this.team.otherPrimariesForUpdate(tx, found.role_id, input.id, found.wave_id ?? null)) await this.stepBack(tx, other, access.userId);
        }
        return this.team.updateAssignment(tx, input.id, input.version, set);
      };
      // An allocation alone changes nobody's roles or tasks: only the primary flag is watched.
      const [role] = input.primary !== undefined ? await this.team.rolesByIds([found.role_id], tx) : [];
      const { before, after } = role ? await this.notices.watch(tx, role, access, change, found.wave_id ?? null) : await change();
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'RoleAssignment', entityId: input.id, action: 'UPDATED', actorId: access.userId, before, after });
      return toAssignment(after);
    });
  }

  async teamOf(access: ProjectAccess): Promise<TeamModel> {
    const roles = await this.team.rolesWithHolderCount(access.projectId);
    const overAllocated = await this.overAllocated(access.projectId);
    const openWaveWork = await this.figures.openTasksByRoleAndWave(access.projectId);
    return {
      roles: roles.map(toRole),
      unfilledRoles: roles.filter((r) => r.holder_count === 0).map(toRole),
      overAllocated,
      openWaveWork: openWaveWork.map((w) => ({ roleId: w.role_id, waveId: w.wave_id, openTaskCount: w.open_task_count })),
    };
  }

  /** People of this project's team whose allocations across active projects exceed 100%. */
  async overAllocated(projectId: string): Promise<OverAllocationModel[]> {
    return (await this.overAllocatedOfProjects([projectId]))[0];
  }

  /** `overAllocated` for several projects in two statements, whatever their number (health of the project list). */
  async overAllocatedOfProjects(projectIds: readonly string[]): Promise<OverAllocationModel[][]> {
    const allocationsOf = groupedByKey(projectIds, await this.team.allocationsOfTeams(projectIds), (a) => a.team_project_id);
    const over = allocationsOf.map((allocations) =>
      overAllocatedPeople(allocations.map((a) => ({ personId: a.person_id, projectId: a.project_id, allocationPercent: a.allocation_percent }))),
    );
    const personIds = [...new Set(over.flat().map((o) => o.personId))];
    const people = personIds.length ? await this.people.byIds(personIds) : [];
    const personById = new Map(people.map((p) => [p.id, toPerson(p)]));
    return over.map((list) => list.map((o) => ({ person: personById.get(o.personId)!, totalPercent: o.totalPercent })));
  }

  /** The wave asked for, when it is one of the program's; null for the whole program. */
  private async waveOf(tx: EntityManager, projectId: string, waveId: string | null | undefined): Promise<string | null> {
    if (!waveId) return null;
    if (!(await this.team.waveInProject(tx, waveId, projectId))) throw badUserInput([{ field: 'waveId', message: 'This program has no such wave.', code: 'NO_SUCH_WAVE' }]);
    return waveId;
  }

  private async roleByKey(tx: EntityManager, projectId: string, key: string): Promise<RoleRow> {
    const role = await this.team.roleByKey(tx, projectId, key);
    if (!role) throw badUserInput([noSuchRole('roleKey', key)]);
    return role;
  }

  private async stepBack(tx: EntityManager, assignment: AssignmentRow, actorId: string): Promise<void> {
    await this.team.stepBack(tx, assignment.id);
    await this.audit.record(tx, {
      projectId: assignment.project_id,
      entityType: 'RoleAssignment',
      entityId: assignment.id,
      action: 'UPDATED',
      actorId,
      before: { is_primary: true },
      after: { is_primary: false },
    });
  }
}
