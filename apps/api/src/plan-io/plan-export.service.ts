import { Injectable } from '@nestjs/common';
import { XMLBuilder } from 'fast-xml-parser';

import { csvHeaderRow, MSPDI_BUILDER_OPTIONS, mspdiDocument, planCsvRows, PlanExport } from '@crm/domain';

import { ProjectAccess } from '../common/access/project-access';
import { csvInSlices } from '../common/csv/csv-in-slices';
import { type ReaderFormats } from '../common/i18n/reader-language';
import { MilestonesRepository } from '../phases/milestones.repository';
import { PhasesRepository } from '../phases/phases.repository';
import { ProjectsRepository } from '../projects/projects.repository';
import { TasksRepository } from '../tasks/tasks.repository';
import { PlanFormat } from './models/plan-import-result.model';

/**
 * Plans out as MS Project XML (MSPDI) and CSV, written by the rules in `libs/domain/src/plan-io`
 * so that each file imports back into the same plan.
 */
@Injectable()
export class PlanExportService {
  constructor(
    private readonly projects: ProjectsRepository,
    private readonly phases: PhasesRepository,
    private readonly milestones: MilestonesRepository,
    private readonly tasks: TasksRepository,
  ) {}

  /** The program's plan as a file, in five statements whatever its size; a CSV file has its header row in the reader's language and their spreadsheet's separator. */
  async exportPlan(format: PlanFormat, access: ProjectAccess, formats: ReaderFormats): Promise<string> {
    const project = await this.projects.find(access.projectId);
    const phases = await this.phases.byProjects([access.projectId]);
    const milestones = await this.milestones.byProjects([access.projectId]);
    const tasks = await this.tasks.planRows(access.projectId);
    const links = await this.tasks.dependencyEdgesOfProjects([access.projectId]);
    const waitsFor = new Map<string, { id: string; lagDays: number }[]>();
    for (const link of links) waitsFor.set(link.task_id, [...(waitsFor.get(link.task_id) ?? []), { id: link.depends_on_id, lagDays: link.lag_days }]);
    const plan: PlanExport = {
      programName: project.name,
      phases: phases.map((p) => ({ id: p.id, name: p.name, startDate: p.planned_start, endDate: p.planned_end })),
      milestones: milestones.map((m) => ({ id: m.id, name: m.name, phaseId: m.phase_id, dueDate: m.due_date })),
      tasks: tasks.map((t) => ({
        id: t.id,
        title: t.title,
        phaseId: t.phase_id,
        roleName: t.role_name,
        startDate: t.start_date,
        dueDate: t.due_date,
        durationDays: t.duration_days,
        predecessors: waitsFor.get(t.id) ?? [],
      })),
    };
    if (format === PlanFormat.CSV) return csvInSlices(csvHeaderRow('plan', formats.language), planCsvRows(plan).slice(1), (cells) => cells, formats.separator);
    return new XMLBuilder(MSPDI_BUILDER_OPTIONS).build(mspdiDocument(plan));
  }
}
