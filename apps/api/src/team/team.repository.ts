import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { versionedUpdate } from '../common/database/versioned-update';
import { AssignmentRow, RoleRow } from './models/role.model';

export interface NewRole {
  projectId: string;
  key: string;
  name: string;
  description: string;
}

export interface NewAssignment {
  projectId: string;
  roleId: string;
  personId: string;
  allocationPercent: number;
  primary: boolean;
  /** Null for the program-wide holder. */
  waveId: string | null;
}

export type AssignmentChanges = Partial<Pick<AssignmentRow, 'allocation_percent' | 'is_primary'>>;

export interface Allocation {
  person_id: string;
  project_id: string;
  allocation_percent: number;
}

/** Roles are matched by key whatever the case the client typed. */
const roleKeyOf = (key: string) => key.trim().toUpperCase();

/** The roles and role_assignments tables, and only this file writes them. */
@Injectable()
export class TeamRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  roles(projectId: string, tx: EntityManager | DataSource = this.db): Promise<RoleRow[]> {
    return tx.query('SELECT * FROM roles WHERE project_id = $1 ORDER BY position, name', [projectId]);
  }

  rolesWithHolderCount(projectId: string): Promise<(RoleRow & { holder_count: number })[]> {
    return this.rolesWithHolderCountOfProjects([projectId]);
  }

  /** Each role of several projects with its number of holders, in one statement; by project, then position and name. */
  rolesWithHolderCountOfProjects(projectIds: readonly string[]): Promise<(RoleRow & { holder_count: number })[]> {
    return this.db.query(
      `SELECT r.*, (SELECT count(*)::int FROM role_assignments a WHERE a.role_id = r.id AND a.wave_id IS NULL) AS holder_count
       FROM roles r WHERE r.project_id = ANY($1) ORDER BY r.project_id, r.position, r.name`,
      [projectIds],
    );
  }

  rolesByIds(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<RoleRow[]> {
    return tx.query('SELECT * FROM roles WHERE id = ANY($1)', [ids]);
  }

  /** A project's role by its key (case-insensitive), or undefined when the project has none. */
  async roleByKey(tx: EntityManager, projectId: string, key: string): Promise<RoleRow | undefined> {
    const rows: RoleRow[] = await tx.query('SELECT * FROM roles WHERE project_id = $1 AND key = $2', [projectId, roleKeyOf(key)]);
    return rows[0];
  }

  async findRoleId(tx: EntityManager, projectId: string, key: string): Promise<string | undefined> {
    return (await this.roleByKey(tx, projectId, key))?.id;
  }

  /** Undefined when the project already has a role with this key. New roles go last. */
  async insertRole(tx: EntityManager, role: NewRole): Promise<RoleRow | undefined> {
    const rows: RoleRow[] = await tx.query(
      `INSERT INTO roles (project_id, key, name, description, custom, position)
       VALUES ($1, $2, $3, $4, true, (SELECT coalesce(max(position), 0) + 1 FROM roles WHERE project_id = $1))
       ON CONFLICT (project_id, key) DO NOTHING RETURNING *`,
      [role.projectId, role.key, role.name, role.description],
    );
    return rows[0];
  }

  /** Locks the role's assignments so two primaries cannot be chosen at once. */
  assignmentsOfRoleForUpdate(tx: EntityManager, roleId: string): Promise<AssignmentRow[]> {
    return tx.query('SELECT * FROM role_assignments WHERE role_id = $1 FOR UPDATE', [roleId]);
  }

  /** The other primary holders of the role in the same wave (or program-wide, for a null wave). */
  otherPrimariesForUpdate(tx: EntityManager, roleId: string, exceptId: string, waveId: string | null): Promise<AssignmentRow[]> {
    return tx.query('SELECT * FROM role_assignments WHERE role_id = $1 AND is_primary AND id <> $2 AND wave_id IS NOT DISTINCT FROM $3 FOR UPDATE', [
      roleId,
      exceptId,
      waveId,
    ]);
  }

  /** Whether the wave is one of the program's; reads rollout_waves, which the rollout area writes. */
  async waveInProject(tx: EntityManager, waveId: string, projectId: string): Promise<boolean> {
    return (await tx.query('SELECT 1 FROM rollout_waves WHERE id = $1 AND project_id = $2', [waveId, projectId])).length > 0;
  }

  async assignment(tx: EntityManager, id: string): Promise<AssignmentRow | undefined> {
    const rows: AssignmentRow[] = await tx.query('SELECT * FROM role_assignments WHERE id = $1', [id]);
    return rows[0];
  }

  async insertAssignment(tx: EntityManager, a: NewAssignment): Promise<AssignmentRow> {
    const [row]: AssignmentRow[] = await tx.query(
      `INSERT INTO role_assignments (project_id, role_id, person_id, allocation_percent, is_primary, wave_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [a.projectId, a.roleId, a.personId, a.allocationPercent, a.primary, a.waveId],
    );
    return row;
  }

  /** Undefined when the person does not hold the role in that wave (or program-wide, for a null wave). */
  async deleteAssignment(tx: EntityManager, roleId: string, personId: string, waveId: string | null): Promise<AssignmentRow | undefined> {
    // TypeORM answers DELETE … RETURNING with [rows, affected].
    const [rows] = (await tx.query('DELETE FROM role_assignments WHERE role_id = $1 AND person_id = $2 AND wave_id IS NOT DISTINCT FROM $3 RETURNING *', [
      roleId,
      personId,
      waveId,
    ])) as [AssignmentRow[], number];
    return rows[0];
  }

  /** Every role the person with this email holds in the organisation's programs, ended at once. */
  async deleteAssignmentsOfEmail(tx: EntityManager, organisationId: string, email: string): Promise<(AssignmentRow & { project_id: string; role_key: string })[]> {
    const [rows] = (await tx.query(
      `DELETE FROM role_assignments a USING people p, roles r
       WHERE p.id = a.person_id AND r.id = a.role_id AND p.organisation_id = $1 AND p.email = $2
       RETURNING a.*, r.project_id, r.key AS role_key`,
      [organisationId, email],
    )) as [(AssignmentRow & { project_id: string; role_key: string })[], number];
    return rows;
  }

  /** Not versioned: the holder steps back because someone else became primary in the same transaction. */
  async stepBack(tx: EntityManager, assignmentId: string): Promise<void> {
    await tx.query('UPDATE role_assignments SET is_primary = false, version = version + 1 WHERE id = $1', [assignmentId]);
  }

  updateAssignment(tx: EntityManager, id: string, version: number, set: AssignmentChanges) {
    return versionedUpdate<AssignmentRow & Record<string, unknown>>(tx, { table: 'role_assignments', id, version, set, what: 'This role assignment' });
  }

  /** The program-wide holders of several roles (`inWaves`: the holders in a wave instead), primary first. */
  holdersByRoleIds(roleIds: readonly string[], options: { inWaves?: boolean } = {}): Promise<AssignmentRow[]> {
    return this.db.query(
      `SELECT * FROM role_assignments WHERE role_id = ANY($1) AND wave_id IS ${options.inWaves ? 'NOT NULL' : 'NULL'} ORDER BY is_primary DESC, created_at`,
      [roleIds],
    );
  }

  /**
   * The program-wide primary holder of each role; with `inWaves`, each wave's primary holder too
   * (`wave_id` says which), for resolving work of a wave (`ownerFor`).
   */
  primaryHoldersByRoleIds(
    roleIds: readonly string[],
    tx: EntityManager | DataSource = this.db,
    options: { inWaves?: boolean } = {},
  ): Promise<{ role_id: string; person_id: string; wave_id: string | null }[]> {
    return tx.query(
      `SELECT role_id, person_id, wave_id FROM role_assignments WHERE role_id = ANY($1) AND is_primary${options.inWaves ? '' : ' AND wave_id IS NULL'}`,
      [roleIds],
    );
  }

  /** Every allocation in an active, unarchived project of the people on this project's team. */
  allocationsOfTeam(projectId: string): Promise<Allocation[]> {
    return this.allocationsOfTeams([projectId]);
  }

  /**
   * `allocationsOfTeam` for several projects in one statement: each row says which project's team
   * (`team_project_id`) it was read for, since one person's allocations count for every team they are on.
   */
  allocationsOfTeams(projectIds: readonly string[]): Promise<(Allocation & { team_project_id: string })[]> {
    return this.db.query(
      `SELECT t.project_id AS team_project_id, a.person_id, a.project_id, a.allocation_percent
       FROM (SELECT DISTINCT project_id, person_id FROM role_assignments WHERE project_id = ANY($1)) t
       JOIN role_assignments a ON a.person_id = t.person_id
       JOIN projects p ON p.id = a.project_id AND p.status = 'ACTIVE' AND p.archived_at IS NULL`,
      [projectIds],
    );
  }
}
