import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { DataSource } from 'typeorm';

import {
  csvColumnOf,
  mergedErrors,
  MSPDI_PARSER_OPTIONS,
  PlanPhaseRef,
  PlanReading,
  PlanRowError,
  planTooLarge,
  readMspdi,
  readPlanCsv,
  resolvePlan,
  sortedErrors,
  type MessageCode,
  type MessageParams,
} from '@crm/domain';

import { ProjectAccess } from '../common/access/project-access';
import { inTransaction } from '../common/database/transaction';
import { badUserInput, fieldProblem } from '../common/errors/app-error';
import { PhasesRepository } from '../phases/phases.repository';
import { PhasesService } from '../phases/phases.service';
import { ProgramCalendars } from '../planning/program-calendars';
import { TaskPriority, TaskStatus } from '../tasks/models/task.model';
import { TasksService } from '../tasks/tasks.service';
import { TeamRepository } from '../team/team.repository';
import { PlanFormat, PlanImportResultModel, toPlanImportErrors } from './models/plan-import-result.model';

const NOTHING_IMPORTED = { imported: false, taskCount: 0, milestoneCount: 0, phaseCount: 0, dependencyCount: 0 };

/**
 * Plans in from MS Project (MSPDI XML) and CSV. The files are read by the rules in
 * `libs/domain/src/plan-io`; this service parses the text, loads the program the plan
 * goes into, and stores it through the areas that own phases, milestones and tasks, all in one
 * transaction: a file with one bad row imports nothing, and the answer names every problem.
 */
@Injectable()
export class PlanImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly phases: PhasesRepository,
    private readonly team: TeamRepository,
    private readonly calendars: ProgramCalendars,
    private readonly phaseChanges: PhasesService,
    private readonly taskChanges: TasksService,
  ) {}

  async importPlan(input: { format: PlanFormat; content: string }, access: ProjectAccess): Promise<PlanImportResultModel> {
    const reading = input.format === PlanFormat.CSV ? readCsv(input.content) : readXml(input.content);
    const tooLarge = planTooLarge(reading.draft);
    if (tooLarge) throw badUserInput([fieldProblem('content', tooLarge.code, tooLarge.params)]);
    // A file that could not be read at all has nothing to check against the program.
    const rows = reading.draft.tasks.length + reading.draft.milestones.length;
    if (reading.errors.length > 0 && rows === 0) return { ...NOTHING_IMPORTED, errors: toPlanImportErrors(sortedErrors(reading.errors)), warnings: toPlanImportErrors(reading.warnings) };

    return inTransaction(
      this.db,
      async (tx) => {
        const phases = await this.phases.byProjects([access.projectId], tx);
        const roles = await this.team.roles(access.projectId, tx);
        const calendar = await this.calendars.of(tx, access.projectId);
        const resolution = resolvePlan(reading.draft, { phases, roles }, calendar);
        const warnings = [...reading.warnings, ...resolution.warnings];
        // Every problem at once, those of reading the file and those against the program, so the file is fixed in one pass.
        const errors = mergedErrors(reading.errors, resolution.ok ? [] : resolution.errors);
        if (!resolution.ok || errors.length > 0) return { ...NOTHING_IMPORTED, errors: toPlanImportErrors(errors), warnings: toPlanImportErrors(warnings) };
        const { plan } = resolution;

        const created = await this.phaseChanges.importPhasesIn(tx, plan.newPhases, access);
        const phaseId = (ref: PlanPhaseRef) => ('phaseId' in ref ? ref.phaseId : created[ref.newPhase].id);
        const ids = plan.tasks.map(() => randomUUID());
        await this.taskChanges.importIn(
          tx,
          plan.tasks.map((task, i) => ({
            id: ids[i],
            phaseId: phaseId(task.phase),
            milestoneId: null,
            roleId: task.roleId,
            assigneeId: null,
            title: task.title,
            description: '',
            status: TaskStatus.TODO,
            priority: TaskPriority.MEDIUM,
            startDate: task.startDate,
            dueDate: task.dueDate,
            estimateHours: null,
            durationDays: task.durationDays,
          })),
          plan.dependencies.map((d) => ({ taskId: ids[d.task], dependsOnId: ids[d.dependsOn], lagDays: d.lagDays })),
          access,
        );
        await this.phaseChanges.importMilestonesIn(
          tx,
          plan.milestones.map((m) => ({ phaseId: phaseId(m.phase), name: m.name, dueDate: m.dueDate })),
          access,
        );
        return {
          imported: true,
          taskCount: plan.tasks.length,
          milestoneCount: plan.milestones.length,
          phaseCount: created.length,
          dependencyCount: plan.dependencies.length,
          errors: [],
          warnings: toPlanImportErrors(warnings),
        };
      },
      { retryOnConstraints: ['phases_project_position_key'] },
    );
  }
}

/** A file that is not what its format says, told apart from one with bad rows. */
function notThis(code: MessageCode, params: MessageParams = {}): PlanReading {
  return { draft: { phases: [], tasks: [], milestones: [] }, errors: [{ row: 1, field: 'content', code, params }], warnings: [] };
}

function readCsv(content: string): PlanReading {
  const text = content.replace(/^\uFEFF/, '');
  if (text.trimStart().startsWith('<')) return notThis('PLAN_XML_NOT_CSV');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => csvColumnOf('plan', h) });
  const reading = readPlanCsv(parsed.meta.fields ?? [], parsed.data);
  const unreadable: PlanRowError[] = parsed.errors
    .filter((problem) => problem.row !== undefined)
    .map((problem) => ({ row: (problem.row as number) + 2, field: 'content', code: 'IMPORT_ROW_UNREADABLE' as const, params: { detail: problem.message } }));
  return { ...reading, errors: [...unreadable, ...reading.errors] };
}

function readXml(content: string): PlanReading {
  const text = content.replace(/^\uFEFF/, '');
  if (!text.trimStart().startsWith('<')) return notThis('PLAN_NOT_XML');
  // MS Project never writes a DTD; refusing one keeps entity expansion out of the parser.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return notThis('PLAN_XML_DOCTYPE');
  const valid = XMLValidator.validate(text);
  if (valid !== true) return notThis('PLAN_XML_MALFORMED', { line: valid.err.line, detail: valid.err.msg });
  return readMspdi(new XMLParser(MSPDI_PARSER_OPTIONS).parse(text));
}
