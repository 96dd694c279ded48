import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { RequirementDraft } from '@crm/domain';

import { bulkInsert } from '../common/database/bulk-insert';
import { versionedUpdate } from '../common/database/versioned-update';
import { Department, MoscowPriority, RequirementRow, RequirementStatus } from './models/requirement.model';

/** The narrowing a list or a count applies; every part is optional. */
/** A requirement as the CSV export holds it. */
export type RequirementExportRow = Pick<RequirementRow, 'title' | 'description' | 'department' | 'priority' | 'status' | 'stakeholder_id' | 'gap_note'>;

export interface RequirementFilter {
  departments?: Department[];
  priorities?: MoscowPriority[];
  statuses?: RequirementStatus[];
  search?: string;
}

export interface NewRequirement {
  projectId: string;
  title: string;
  description: string;
  department: Department;
  priority: MoscowPriority;
  status: RequirementStatus;
  stakeholderId: string | null;
  gapNote: string;
}

/** A requirement read from an import file, its stakeholder already found in the directory. */
export interface ImportedRequirement extends Omit<RequirementDraft, 'stakeholderEmail'> {
  stakeholderId: string | null;
}

export type RequirementChanges = Partial<
  Pick<RequirementRow, 'title' | 'description' | 'department' | 'priority' | 'status' | 'stakeholder_id' | 'gap_note'>
>;

export interface RequirementCountRow {
  department: Department;
  priority: MoscowPriority;
  n: number;
}

/** Multi-row inserts stay well below PostgreSQL's limit of 65535 parameters per statement. */
const IMPORT_BATCH = 500;

/** The requirements table, and only this file writes it. */
@Injectable()
export class RequirementsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(projectId: string, filter: RequirementFilter): Promise<RequirementRow[]> {
    const { where, params } = filterSql(projectId, filter);
    return this.db.query(`SELECT * FROM requirements r WHERE ${where} ORDER BY r.seq`, params);
  }

  /**
   * Only the columns the CSV holds, board order: the export of a large program is the longest
   * statement a user can loop, and on the embedded database every other request waits behind it.
   */
  exportRows(projectId: string): Promise<RequirementExportRow[]> {
    return this.db.query(
      'SELECT title, description, department, priority, status, stakeholder_id, gap_note FROM requirements WHERE project_id = $1 ORDER BY seq',
      [projectId],
    );
  }

  countsByDepartmentAndPriority(projectId: string, filter: RequirementFilter): Promise<RequirementCountRow[]> {
    const { where, params } = filterSql(projectId, filter);
    return this.db.query(`SELECT department, priority, count(*)::int AS n FROM requirements r WHERE ${where} GROUP BY department, priority`, params);
  }

  /** MUST requirements still in play (not rejected): the ones a vendor evaluation has to cover. */
  openMusts(projectId: string): Promise<RequirementRow[]> {
    return this.db.query("SELECT * FROM requirements WHERE project_id = $1 AND priority = 'MUST' AND status <> 'REJECTED' ORDER BY seq", [projectId]);
  }

  /** How many of the given ids name requirements of the project (for checks before linking them). */
  async countInProject(tx: EntityManager, projectId: string, ids: string[]): Promise<number> {
    const rows: { n: number }[] = await tx.query('SELECT count(*)::int AS n FROM requirements WHERE project_id = $1 AND id = ANY($2)', [projectId, ids]);
    return rows[0].n;
  }

  async insert(tx: EntityManager, requirement: NewRequirement): Promise<RequirementRow> {
    const [row]: RequirementRow[] = await tx.query(
      `INSERT INTO requirements (project_id, title, description, department, priority, status, stakeholder_id, gap_note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [requirement.projectId, requirement.title, requirement.description, requirement.department, requirement.priority, requirement.status, requirement.stakeholderId, requirement.gapNote],
    );
    return row;
  }

  async insertMany(tx: EntityManager, projectId: string, requirements: ImportedRequirement[]): Promise<void> {
    for (let i = 0; i < requirements.length; i += IMPORT_BATCH) {
      await bulkInsert(
        tx,
        'requirements',
        requirements.slice(i, i + IMPORT_BATCH).map((r) => ({
          project_id: projectId,
          title: r.title,
          description: r.description,
          department: r.department,
          priority: r.priority,
          status: r.status,
          stakeholder_id: r.stakeholderId,
          gap_note: r.gapNote,
        })),
      );
    }
  }

  update(tx: EntityManager, id: string, version: number, set: RequirementChanges) {
    return versionedUpdate<RequirementRow & Record<string, unknown>>(tx, {
      table: 'requirements',
      id,
      version,
      set: { ...set, updated_at: new Date() },
      what: 'This requirement',
    });
  }

  /** The project's requirements among `ids`, locked until the transaction ends. */
  lockInProject(tx: EntityManager, projectId: string, ids: string[]): Promise<RequirementRow[]> {
    return tx.query('SELECT * FROM requirements WHERE project_id = $1 AND id = ANY($2) FOR UPDATE', [projectId, ids]);
  }

  async setPriority(tx: EntityManager, projectId: string, ids: string[], priority: MoscowPriority): Promise<RequirementRow[]> {
    const [rows] = (await tx.query(
      'UPDATE requirements SET priority = $3, version = version + 1, updated_at = now() WHERE project_id = $1 AND id = ANY($2) RETURNING *',
      [projectId, ids, priority],
    )) as [RequirementRow[], number];
    return rows.sort((a, b) => Number(a.seq) - Number(b.seq));
  }
}

function filterSql(projectId: string, filter: RequirementFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [projectId];
  const where = ['r.project_id = $1'];
  if (filter.departments?.length) where.push(`r.department = ANY($${params.push(filter.departments)})`);
  if (filter.priorities?.length) where.push(`r.priority = ANY($${params.push(filter.priorities)})`);
  if (filter.statuses?.length) where.push(`r.status = ANY($${params.push(filter.statuses)})`);
  if (filter.search?.trim()) {
    const pattern = `%${filter.search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(`(lower(r.title) LIKE $${params.push(pattern)} OR lower(r.description) LIKE $${params.length})`);
  }
  return { where: where.join(' AND '), params };
}
