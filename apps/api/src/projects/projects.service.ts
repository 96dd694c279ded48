import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { DEFAULT_LANGUAGE, type Language, projectScheduleProblems } from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { ProjectAccess, ProjectPermission } from '../common/access/project-access';
import { inTransaction } from '../common/database/transaction';
import { badUserInput, FieldError, invalidState, ruleProblem } from '../common/errors/app-error';
import { JobsService } from '../jobs/jobs.service';
import { milestoneReminderJobs, weeklyStatusJob } from '../reminders/reminder-jobs';
import { ArchiveProjectInput, DeleteProjectInput, RestoreProjectInput, UnarchiveProjectInput } from './dto/archive-project.inputs';
import { CreateProjectInput } from './dto/create-project.input';
import { UpdateProjectInput } from './dto/update-project.input';
import { ProjectMemberModel, ProjectMemberStatus } from './models/project-extras.model';
import { ProjectModel, toProject } from './models/project.model';
import { ProgramTemplatesService } from '../templates/program-templates.service';
import { ProjectTemplateKind, ProjectTemplateService } from './project-template.service';
import { ProjectChanges, ProjectsRepository } from './projects.repository';

@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectsRepository,
    private readonly template: ProjectTemplateService,
    private readonly templates: ProgramTemplatesService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
  ) {}

  /** Not project-scoped: whoever creates a program becomes its owner; a built-in template's texts come in `language`. */
  async create(input: CreateProjectInput, userId: string, language: Language = DEFAULT_LANGUAGE): Promise<ProjectModel> {
    const problems = projectScheduleProblems(input.startDate, input.targetGoLiveDate);
    const fields: FieldError[] = problems.map((p) => ruleProblem(p));
    if (input.template === ProjectTemplateKind.EMPTY && input.templateId) fields.push({ field: 'templateId', message: 'An empty program starts from no template: leave templateId out or choose template STANDARD.', code: 'EMPTY_PROGRAM_NO_TEMPLATE' });
    if (fields.length > 0) throw badUserInput(fields);
    return this.db.transaction(async (tx) => {
      const template = input.template === ProjectTemplateKind.EMPTY ? null : await this.templates.resolve(tx, input.templateId, userId, language);
      const project = await this.projects.insert(tx, {
        name: input.name.trim(),
        crmProduct: input.crmProduct.trim(),
        startDate: input.startDate,
        targetGoLiveDate: input.targetGoLiveDate,
        createdBy: userId,
      });
      await this.projects.setMember(tx, project.id, userId, ProjectPermission.OWNER);
      const milestones = await this.template.apply(tx, { id: project.id, startDate: project.start_date, targetGoLiveDate: project.target_go_live_date }, template);
      const reminders = milestones.map((m) => milestoneReminderJobs({ id: m.id, project_id: project.id, due_date: m.dueDate, status: 'PLANNED' }).schedule);
      await this.jobs.scheduleMany(tx, [weeklyStatusJob(project), ...reminders.flat()]);
      await this.audit.record(tx, {
        projectId: project.id,
        entityType: 'Project',
        entityId: project.id,
        action: 'CREATED',
        actorId: userId,
        after: { name: project.name, crm_product: project.crm_product, template: input.template, template_id: template ? (input.templateId ?? 'builtin:standard') : null },
      });
      return toProject(project);
    });
  }

  async update(input: UpdateProjectInput, access: ProjectAccess): Promise<ProjectModel> {
    return this.db.transaction(async (tx) => {
      const current = await this.projects.find(access.projectId, tx);
      const problems = projectScheduleProblems(input.startDate ?? current.start_date, input.targetGoLiveDate ?? current.target_go_live_date);
      if (problems.length > 0) throw badUserInput(problems.map((p) => ruleProblem(p)));
      const set: ProjectChanges = {};
      if (input.name !== undefined) set.name = input.name.trim();
      if (input.crmProduct !== undefined) set.crm_product = input.crmProduct.trim();
      if (input.startDate !== undefined) set.start_date = input.startDate;
      if (input.targetGoLiveDate !== undefined) set.target_go_live_date = input.targetGoLiveDate;
      if (input.status !== undefined) set.status = input.status;
      if (input.teamModel !== undefined) set.team_model = input.teamModel;
      const { before, after } = await this.projects.update(tx, access.projectId, input.version, set);
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'Project', entityId: access.projectId, action: 'UPDATED', actorId: access.userId, ...changedColumns(before, after) });
      return toProject(after);
    });
  }

  /** The guard has already refused an archived program (every mutation into one is refused). */
  archive(input: ArchiveProjectInput, access: ProjectAccess): Promise<ProjectModel> {
    return this.setArchived(input.version, new Date(), access, 'ARCHIVED');
  }

  /** The one change an archived program takes. */
  unarchive(input: UnarchiveProjectInput, access: ProjectAccess): Promise<ProjectModel> {
    return this.setArchived(input.version, null, access, 'UNARCHIVED');
  }

  /**
   * Removes the program for everyone at once (the guard answers NOT_FOUND from now on); its owners
   * can restore it for 30 days. Programs removed longer ago are deleted here, with everything in them.
   */
  remove(input: DeleteProjectInput, access: ProjectAccess): Promise<ProjectModel> {
    return inTransaction(this.db, async (tx) => {
      const { before } = await this.projects.update(tx, access.projectId, input.version, {});
      const at = new Date();
      await this.projects.setRemoved(tx, access.projectId, access.userId, at);
      await this.projects.purgeRemoved(tx);
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'Project', entityId: access.projectId, action: 'DELETED', actorId: access.userId, before: { name: before.name } });
      return toProject(await this.projects.find(access.projectId, tx));
    });
  }

  restore(_input: RestoreProjectInput, access: ProjectAccess): Promise<ProjectModel> {
    return inTransaction(this.db, async (tx) => {
      const current = await this.projects.find(access.projectId, tx);
      if (!current.removed_at) throw invalidState('This program was not removed.', 'IN_USE', {}, { reason: 'NOT_REMOVED' });
      await this.projects.update(tx, access.projectId, current.version, {});
      await this.projects.setRemoved(tx, access.projectId, null, null);
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'Project', entityId: access.projectId, action: 'RESTORED', actorId: access.userId, after: { name: current.name } });
      return toProject(await this.projects.find(access.projectId, tx));
    });
  }

  async removedFor(userId: string): Promise<ProjectModel[]> {
    return (await this.projects.removedOwnedBy(userId)).map(toProject);
  }

  private setArchived(version: number, archivedAt: Date | null, access: ProjectAccess, action: 'ARCHIVED' | 'UNARCHIVED'): Promise<ProjectModel> {
    return inTransaction(this.db, async (tx) => {
      const { before, after } = await this.projects.update(tx, access.projectId, version, { archived_at: archivedAt });
      if (archivedAt === null && before.archived_at === null) throw invalidState('This program is not archived.', 'IN_USE', {}, { reason: 'NOT_ARCHIVED' });
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'Project',
        entityId: access.projectId,
        action,
        actorId: access.userId,
        before: { archived_at: before.archived_at },
        after: { archived_at: after.archived_at },
      });
      return toProject(after);
    });
  }

  async members(projectId: string): Promise<ProjectMemberModel[]> {
    const rows = await this.projects.members(projectId);
    return rows.map((r) => ({
      user: { id: r.id, email: r.email, name: r.name },
      email: r.email,
      permission: r.permission,
      status: ProjectMemberStatus.ACTIVE,
      invitationId: null,
    }));
  }

  /** The projects the user is a member of, newest first; archived ones only when asked for. */
  async listFor(userId: string, includeArchived = false): Promise<ProjectModel[]> {
    return (await this.projects.listFor(userId, includeArchived)).map(toProject);
  }

  async get(access: ProjectAccess): Promise<ProjectModel> {
    return toProject(await this.projects.find(access.projectId));
  }
}
