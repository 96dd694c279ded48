import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Papa from 'papaparse';
import { DataSource, EntityManager } from 'typeorm';

import { csvColumnOf, DEPARTMENTS, MOSCOW, parseRequirementRow, RequirementDraft, type RowMessage } from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { ProjectAccess } from '../common/access/project-access';
import { type ReaderFormats } from '../common/i18n/reader-language';
import { notInDirectory } from '../people/person-references';
import { badUserInput } from '../common/errors/app-error';
import { toRowProblem } from '../common/graphql/message.model';
import { PeopleRepository } from '../people/people.repository';
import {
  CreateRequirementInput,
  ImportRequirementsCsvInput,
  RequirementFilterInput,
  SetRequirementsPriorityInput,
  UpdateRequirementInput,
} from './dto/requirement.inputs';
import {
  Department,
  MoscowPriority,
  RequirementCountsModel,
  RequirementImportResultModel,
  RequirementModel,
  toRequirement,
} from './models/requirement.model';
import { requirementsCsv } from './requirements-csv';
import { RequirementChanges, RequirementCountRow, RequirementsRepository } from './requirements.repository';

const MAX_IMPORT_ROWS = 2000;

@Injectable()
export class RequirementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly requirements: RequirementsRepository,
    private readonly people: PeopleRepository,
    private readonly audit: AuditService,
  ) {}

  async list(access: ProjectAccess, filter: RequirementFilterInput): Promise<RequirementModel[]> {
    return (await this.requirements.list(access.projectId, filter)).map(toRequirement);
  }

  async counts(access: ProjectAccess, filter: RequirementFilterInput): Promise<RequirementCountsModel> {
    const rows = await this.requirements.countsByDepartmentAndPriority(access.projectId, filter);
    const sum = (match: (r: RequirementCountRow) => boolean) => rows.filter(match).reduce((n, r) => n + r.n, 0);
    return {
      total: sum(() => true),
      byDepartment: DEPARTMENTS.map((d) => ({ department: d as Department, count: sum((r) => r.department === d) })),
      byPriority: MOSCOW.map((p) => ({ priority: p as MoscowPriority, count: sum((r) => r.priority === p) })),
    };
  }

  async create(input: CreateRequirementInput, access: ProjectAccess): Promise<RequirementModel> {
    return this.db.transaction(async (tx) => {
      await this.checkStakeholder(tx, access.projectId, input.stakeholderId);
      const row = await this.requirements.insert(tx, {
        projectId: access.projectId,
        title: input.title,
        description: input.description.trim(),
        department: input.department,
        priority: input.priority,
        status: input.status,
        stakeholderId: input.stakeholderId ?? null,
        gapNote: input.gapNote.trim(),
      });
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'Requirement', entityId: row.id, action: 'CREATED', actorId: access.userId, after: { title: row.title, priority: row.priority } });
      return toRequirement(row);
    });
  }

  async update(input: UpdateRequirementInput, access: ProjectAccess): Promise<RequirementModel> {
    return this.db.transaction(async (tx) => {
      await this.checkStakeholder(tx, access.projectId, input.stakeholderId);
      const set: RequirementChanges = {};
      if (input.title !== undefined) set.title = input.title;
      if (input.description !== undefined) set.description = input.description.trim();
      if (input.department !== undefined) set.department = input.department;
      if (input.priority !== undefined) set.priority = input.priority;
      if (input.status !== undefined) set.status = input.status;
      if (input.stakeholderId !== undefined) set.stakeholder_id = input.stakeholderId;
      if (input.gapNote !== undefined) set.gap_note = input.gapNote.trim();
      const { before, after } = await this.requirements.update(tx, input.id, input.version, set);
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'Requirement', entityId: input.id, action: 'UPDATED', actorId: access.userId, ...changedColumns(before, after) });
      return toRequirement(after);
    });
  }

  /** Bulk priority edit: all the selected requirements change, or none does. */
  async setPriority(input: SetRequirementsPriorityInput, access: ProjectAccess): Promise<RequirementModel[]> {
    return this.db.transaction(async (tx) => {
      const ids = [...new Set(input.ids)];
      const current = await this.requirements.lockInProject(tx, access.projectId, ids);
      if (current.length !== ids.length) throw badUserInput([{ field: 'ids', message: 'Some of the selected requirements are not in this program any more. Reload and try again.', code: 'REQUIREMENTS_GONE' }]);
      const rows = await this.requirements.setPriority(tx, access.projectId, ids, input.priority);
      for (const before of current.filter((r) => r.priority !== input.priority)) {
        await this.audit.record(tx, { projectId: access.projectId, entityType: 'Requirement', entityId: before.id, action: 'UPDATED', actorId: access.userId, before: { priority: before.priority }, after: { priority: input.priority } });
      }
      return rows.map(toRequirement);
    });
  }

  /**
   * Validates every row before storing any: a file with one bad row imports nothing, and the
   * answer lists each problem with its spreadsheet row number so it can be fixed in one pass.
   */
  async importCsv(input: ImportRequirementsCsvInput, access: ProjectAccess): Promise<RequirementImportResultModel> {
    const parsed = Papa.parse<Record<string, string>>(input.csv.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: 'greedy',
      // A header in any language we export in reads back, so a Dutch export imports as it is.
      transformHeader: (h) => csvColumnOf('requirements', h),
    });
    const refuse = (problems: RowMessage[]): RequirementImportResultModel => ({ imported: 0, errors: problems.sort((a, b) => a.row - b.row).map(toRowProblem) });
    const errors: RowMessage[] = [];
    const headers = parsed.meta.fields ?? [];
    const missing = ['title', 'department', 'priority'].filter((c) => !headers.includes(c));
    if (missing.length) return refuse([{ row: 1, code: 'IMPORT_MISSING_COLUMNS', params: { table: 'requirements', columns: missing.join(', '), count: missing.length } }]);
    if (parsed.data.length === 0) return refuse([{ row: 2, code: 'REQUIREMENTS_FILE_EMPTY', params: {} }]);
    if (parsed.data.length > MAX_IMPORT_ROWS) return refuse([{ row: MAX_IMPORT_ROWS + 2, code: 'REQUIREMENTS_TOO_MANY', params: { max: MAX_IMPORT_ROWS } }]);
    for (const problem of parsed.errors) {
      if (problem.row !== undefined) errors.push({ row: problem.row + 2, code: 'IMPORT_ROW_UNREADABLE', params: { detail: problem.message } });
    }
    const drafts: { row: number; draft: RequirementDraft }[] = [];
    parsed.data.forEach((raw, index) => {
      const result = parseRequirementRow(raw);
      if (result.ok) drafts.push({ row: index + 2, draft: result.value });
      else errors.push(...result.problems.map((problem) => ({ row: index + 2, ...problem })));
    });
    const emails = [...new Set(drafts.map((d) => d.draft.stakeholderEmail).filter((e): e is string => Boolean(e)))];
    const personByEmail = new Map((await this.people.byEmails(access.projectId, emails)).map((p) => [p.email, p.id]));
    for (const { row, draft } of drafts) {
      if (draft.stakeholderEmail && !personByEmail.has(draft.stakeholderEmail)) {
        errors.push({ row, code: 'STAKEHOLDER_NOT_IN_DIRECTORY', params: { email: draft.stakeholderEmail } });
      }
    }
    if (errors.length > 0) return refuse(errors);

    await this.db.transaction(async (tx) => {
      await this.requirements.insertMany(
        tx,
        access.projectId,
        drafts.map(({ draft: { stakeholderEmail, ...draft } }) => ({ ...draft, stakeholderId: stakeholderEmail ? (personByEmail.get(stakeholderEmail) ?? null) : null })),
      );
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'Requirement', entityId: access.projectId, action: 'IMPORTED', actorId: access.userId, after: { count: drafts.length } });
    });
    return { imported: drafts.length, errors: [] };
  }

  /** One statement for the rows, one for their stakeholders' e-mails; requirements-csv.ts builds the text in slices. */
  async exportCsv(access: ProjectAccess, formats: ReaderFormats): Promise<string> {
    const rows = await this.requirements.exportRows(access.projectId);
    const stakeholderIds = [...new Set(rows.map((r) => r.stakeholder_id).filter((id): id is string => id !== null))];
    const emailOf = new Map(stakeholderIds.length ? (await this.people.byIds(stakeholderIds)).map((p) => [p.id, p.email]) : []);
    return requirementsCsv(rows, emailOf, formats);
  }

  private async checkStakeholder(tx: EntityManager, projectId: string, stakeholderId: string | null | undefined): Promise<void> {
    if (!stakeholderId) return;
    if (!(await this.people.allInDirectory(tx, projectId, [stakeholderId]))) throw badUserInput([notInDirectory('stakeholderId')]);
  }
}
