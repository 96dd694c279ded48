import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { versionedUpdate } from '../common/database/versioned-update';
import { notFound } from '../common/errors/app-error';
import { RequirementRow } from '../requirements/models/requirement.model';
import { ProcessRow } from './models/process.model';

export interface NewProcess {
  projectId: string;
  name: string;
  department: string;
  ownerRoleId: string | null;
  asIs: string;
  toBe: string;
}

export type ProcessChanges = Partial<Pick<ProcessRow, 'name' | 'department' | 'owner_role_id' | 'as_is' | 'to_be' | 'status'>>;

/** The processes table and its links to requirements (process_requirements); only this file writes them. */
@Injectable()
export class ProcessesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(projectId: string): Promise<ProcessRow[]> {
    return this.db.query('SELECT * FROM processes WHERE project_id = $1 ORDER BY created_at, name', [projectId]);
  }

  async find(tx: EntityManager, id: string): Promise<ProcessRow> {
    const rows: ProcessRow[] = await tx.query('SELECT * FROM processes WHERE id = $1', [id]);
    if (!rows[0]) throw notFound('This process');
    return rows[0];
  }

  async insert(tx: EntityManager, process: NewProcess): Promise<ProcessRow> {
    const [row]: ProcessRow[] = await tx.query(
      'INSERT INTO processes (project_id, name, department, owner_role_id, as_is, to_be) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *',
      [process.projectId, process.name, process.department, process.ownerRoleId, process.asIs, process.toBe],
    );
    return row;
  }

  update(tx: EntityManager, id: string, version: number, set: ProcessChanges) {
    return versionedUpdate<ProcessRow & Record<string, unknown>>(tx, { table: 'processes', id, version, set, what: 'This process' });
  }

  /** Links a process to requirements, replacing its earlier links when asked. */
  async setRequirements(tx: EntityManager, processId: string, requirementIds: string[], replacing: boolean): Promise<void> {
    if (replacing) await tx.query('DELETE FROM process_requirements WHERE process_id = $1', [processId]);
    if (requirementIds.length === 0) return;
    await tx.query('INSERT INTO process_requirements (process_id, requirement_id) SELECT $1, unnest($2::uuid[])', [processId, requirementIds]);
  }

  /** The linked requirements of several processes in one statement, in capture order. */
  requirementsOf(processIds: readonly string[]): Promise<(RequirementRow & { process_id: string })[]> {
    return this.db.query(
      `SELECT r.*, l.process_id FROM process_requirements l JOIN requirements r ON r.id = l.requirement_id
       WHERE l.process_id = ANY($1) ORDER BY r.seq`,
      [processIds],
    );
  }
}
