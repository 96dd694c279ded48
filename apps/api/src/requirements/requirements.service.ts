import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Papa from 'papaparse';
import { DataSource, EntityManager } from 'typeorm';

import { DEPARTMENTS, MOSCOW, parseRequirementRow, REQUIREMENT_CSV_COLUMNS, RequirementDraft } from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { allInDirectory, notInDirectory } from '../common/database/reference-checks';
import { bulkInsert } from '../common/database/bulk-insert';
import { versionedUpdate } from '../common/database/versioned-update';
import { badUserInput, notFound } from '../common/errors/app-error';
import { ProjectAccessService } from '../projects/project-access.service';
import {
  CreateRequirementInput,
  ImportRequirementsCsvInput,
  RequirementFilterInput,
  SetRequirementsPriorityInput,
  UpdateRequirementInput,
} from './dto/requirement.inputs';
import {
  Department,
  ImportRowErrorModel,
  MoscowPriority,
  RequirementCountsModel,
  RequirementImportResultModel,
  RequirementModel,
  RequirementRow,
  toRequirement,
} from './models/requirement.model';

type Row = Record<string, unknown>;

const MAX_IMPORT_ROWS = 2000;

@Injectable()
export class RequirementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  async list(projectId: string, filter: RequirementFilterInput, userId: string): Promise<RequirementModel[]> {
    await this.access.canView(projectId, userId);
    const { where, params } = this.filterSql(projectId, filter);
    const rows: RequirementRow[] = await this.db.query(`SELECT * FROM requirements r WHERE ${where} ORDER BY r.seq`, params);
    return rows.map(toRequirement);
  }

  async counts(projectId: string, filter: RequirementFilterInput, userId: string): Promise<RequirementCountsModel> {
    await this.access.canView(projectId, userId);
    const { where, params } = this.filterSql(projectId, filter);
    const rows: { department: Department; priority: MoscowPriority; n: number }[] = await this.db.query(
      `SELECT department, priority, count(*)::int AS n FROM requirements r WHERE ${where} GROUP BY department, priority`,
      params,
    );
    const sum = (match: (r: (typeof rows)[number]) => boolean) => rows.filter(match).reduce((n, r) => n + r.n, 0);
    return {
      total: sum(() => true),
      byDepartment: DEPARTMENTS.map((d) => ({ department: d as Department, count: sum((r) => r.department === d) })),
      byPriority: MOSCOW.map((p) => ({ priority: p as MoscowPriority, count: sum((r) => r.priority === p) })),
    };
  }

  async create(input: CreateRequirementInput, userId: string): Promise<RequirementModel> {
    return this.db.transaction(async (tx) => {
      await this.access.canEdit(input.projectId, userId, tx);
      await this.checkStakeholder(tx, input.stakeholderId);
      const [row]: RequirementRow[] = await tx.query(
        `INSERT INTO requirements (project_id, title, description, department, priority, status, stakeholder_id, gap_note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
        [input.projectId, input.title, input.description.trim(), input.department, input.priority, input.status, input.stakeholderId ?? null, input.gapNote.trim()],
      );
      await this.audit.record(tx, { projectId: input.projectId, entityType: 'Requirement', entityId: row.id, action: 'CREATED', actorId: userId, after: { title: row.title, priority: row.priority } });
      return toRequirement(row);
    });
  }

  async update(input: UpdateRequirementInput, userId: string): Promise<RequirementModel> {
    return this.db.transaction(async (tx) => {
      const current = await this.row(tx, input.id);
      await this.access.canEdit(current.project_id, userId, tx);
      await this.checkStakeholder(tx, input.stakeholderId);
      const set: Row = { updated_at: new Date() };
      if (input.title !== undefined) set['title'] = input.title;
      if (input.description !== undefined) set['description'] = input.description.trim();
      if (input.department !== undefined) set['department'] = input.department;
      if (input.priority !== undefined) set['priority'] = input.priority;
      if (input.status !== undefined) set['status'] = input.status;
      if (input.stakeholderId !== undefined) set['stakeholder_id'] = input.stakeholderId;
      if (input.gapNote !== undefined) set['gap_note'] = input.gapNote.trim();
      const { before, after } = await versionedUpdate<RequirementRow & Row>(tx, { table: 'requirements', id: input.id, version: input.version, set, what: 'This requirement' });
      await this.audit.record(tx, { projectId: current.project_id, entityType: 'Requirement', entityId: input.id, action: 'UPDATED', actorId: userId, ...changedColumns(before, after) });
      return toRequirement(after);
    });
  }

  /** Bulk priority edit: all the selected requirements change, or none does. */
  async setPriority(input: SetRequirementsPriorityInput, userId: string): Promise<RequirementModel[]> {
    return this.db.transaction(async (tx) => {
      await this.access.canEdit(input.projectId, userId, tx);
      const ids = [...new Set(input.ids)];
      const current: RequirementRow[] = await tx.query('SELECT * FROM requirements WHERE project_id = $1 AND id = ANY($2) FOR UPDATE', [input.projectId, ids]);
      if (current.length !== ids.length) throw badUserInput([{ field: 'ids', message: 'Some of the selected requirements are not in this project any more. Reload and try again.' }]);
      const [rows] = (await tx.query(
        'UPDATE requirements SET priority = $3, version = version + 1, updated_at = now() WHERE project_id = $1 AND id = ANY($2) RETURNING *',
        [input.projectId, ids, input.priority],
      )) as [RequirementRow[], number];
      for (const before of current.filter((r) => r.priority !== input.priority)) {
        await this.audit.record(tx, { projectId: input.projectId, entityType: 'Requirement', entityId: before.id, action: 'UPDATED', actorId: userId, before: { priority: before.priority }, after: { priority: input.priority } });
      }
      return rows.sort((a, b) => Number(a.seq) - Number(b.seq)).map(toRequirement);
    });
  }

  /**
   * Validates every row before storing any: a file with one bad row imports nothing, and the
   * answer lists each problem with its spreadsheet row number so it can be fixed in one pass.
   */
  async importCsv(input: ImportRequirementsCsvInput, userId: string): Promise<RequirementImportResultModel> {
    await this.access.canEdit(input.projectId, userId);
    const parsed = Papa.parse<Record<string, string>>(input.csv.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: 'greedy',
      transformHeader: (h) => h.trim().toLowerCase().replace(/\s+/g, '_'),
    });
    const errors: ImportRowErrorModel[] = [];
    const headers = parsed.meta.fields ?? [];
    const missing = ['title', 'department', 'priority'].filter((c) => !headers.includes(c));
    if (missing.length) return { imported: 0, errors: [{ row: 1, message: `Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.` }] };
    if (parsed.data.length === 0) return { imported: 0, errors: [{ row: 2, message: 'The file has a header but no requirements.' }] };
    if (parsed.data.length > MAX_IMPORT_ROWS) return { imported: 0, errors: [{ row: MAX_IMPORT_ROWS + 2, message: `Import at most ${MAX_IMPORT_ROWS} requirements at a time.` }] };
    for (const problem of parsed.errors) {
      if (problem.row !== undefined) errors.push({ row: problem.row + 2, message: `The row could not be read: ${problem.message}.` });
    }
    const drafts: { row: number; draft: RequirementDraft }[] = [];
    parsed.data.forEach((raw, index) => {
      const result = parseRequirementRow(raw);
      if (result.ok) drafts.push({ row: index + 2, draft: result.value });
      else errors.push(...result.problems.map((message) => ({ row: index + 2, message })));
    });
    const emails = [...new Set(drafts.map((d) => d.draft.stakeholderEmail).filter((e): e is string => Boolean(e)))];
    const people: { id: string; email: string }[] = emails.length ? await this.db.query('SELECT id, email FROM people WHERE email = ANY($1)', [emails]) : [];
    const personByEmail = new Map(people.map((p) => [p.email, p.id]));
    for (const { row, draft } of drafts) {
      if (draft.stakeholderEmail && !personByEmail.has(draft.stakeholderEmail)) {
        errors.push({ row, message: `No one with the email ${draft.stakeholderEmail} is in the people directory; add them first or leave stakeholder_email empty.` });
      }
    }
    if (errors.length > 0) return { imported: 0, errors: errors.sort((a, b) => a.row - b.row) };

    await this.db.transaction(async (tx) => {
      await this.access.canEdit(input.projectId, userId, tx);
      for (let i = 0; i < drafts.length; i += 500) {
        await bulkInsert(
          tx,
          'requirements',
          drafts.slice(i, i + 500).map(({ draft }) => ({
            project_id: input.projectId,
            title: draft.title,
            description: draft.description,
            department: draft.department,
            priority: draft.priority,
            status: draft.status,
            stakeholder_id: draft.stakeholderEmail ? personByEmail.get(draft.stakeholderEmail) : null,
            gap_note: draft.gapNote,
          })),
        );
      }
      await this.audit.record(tx, { projectId: input.projectId, entityType: 'Requirement', entityId: input.projectId, action: 'IMPORTED', actorId: userId, after: { count: drafts.length } });
    });
    return { imported: drafts.length, errors: [] };
  }

  async exportCsv(projectId: string, userId: string): Promise<string> {
    await this.access.canView(projectId, userId);
    const rows: (RequirementRow & { stakeholder_email: string | null })[] = await this.db.query(
      'SELECT r.*, p.email AS stakeholder_email FROM requirements r LEFT JOIN people p ON p.id = r.stakeholder_id WHERE r.project_id = $1 ORDER BY r.seq',
      [projectId],
    );
    return Papa.unparse({
      fields: [...REQUIREMENT_CSV_COLUMNS],
      data: rows.map((r) => [r.title, r.description, r.department, r.priority, r.status, r.stakeholder_email ?? '', r.gap_note]),
    });
  }

  private filterSql(projectId: string, filter: RequirementFilterInput): { where: string; params: unknown[] } {
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

  private async checkStakeholder(tx: EntityManager, stakeholderId: string | null | undefined): Promise<void> {
    if (!stakeholderId) return;
    if (!(await allInDirectory(tx, [stakeholderId]))) throw badUserInput([notInDirectory('stakeholderId')]);
  }

  private async row(tx: EntityManager, id: string): Promise<RequirementRow> {
    const rows: RequirementRow[] = await tx.query('SELECT * FROM requirements WHERE id = $1', [id]);
    if (!rows[0]) throw notFound('This requirement');
    return rows[0];
  }
}
