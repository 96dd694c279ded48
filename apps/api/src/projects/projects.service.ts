import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { normalizeEmail, projectScheduleProblems } from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { versionedUpdate } from '../common/database/versioned-update';
import { badUserInput } from '../common/errors/app-error';
import { CreateProjectInput } from './dto/create-project.input';
import { AddProjectMemberInput, UpdateProjectInput } from './dto/update-project.input';
import { ProjectMemberModel } from './models/project-extras.model';
import { ProjectAccessService } from './project-access.service';
import { ProjectMemberEntity, ProjectPermission } from './project-member.entity';
import { ProjectTemplateService } from './project-template.service';
import { ProjectEntity } from './project.entity';

interface ProjectRow extends Record<string, unknown> {
  id: string;
  name: string;
  crm_product: string;
  start_date: string;
  target_go_live_date: string;
  status: string;
  version: number;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

function toProject(row: ProjectRow): ProjectEntity {
  return Object.assign(new ProjectEntity(), {
    id: row.id,
    name: row.name,
    crmProduct: row.crm_product,
    startDate: row.start_date,
    targetGoLiveDate: row.target_go_live_date,
    status: row.status,
    version: row.version,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
    private readonly template: ProjectTemplateService,
    private readonly audit: AuditService,
  ) {}

  async create(input: CreateProjectInput, userId: string): Promise<ProjectEntity> {
    const problems = projectScheduleProblems(input.startDate, input.targetGoLiveDate);
    if (problems.length > 0) throw badUserInput(problems);
    return this.db.transaction(async (tx) => {
      const project = await tx.save(
        tx.create(ProjectEntity, {
          name: input.name.trim(),
          crmProduct: input.crmProduct.trim(),
          startDate: input.startDate,
          targetGoLiveDate: input.targetGoLiveDate,
          createdBy: userId,
        }),
      );
      await tx.insert(ProjectMemberEntity, { projectId: project.id, userId, permission: ProjectPermission.OWNER });
      await this.template.apply(tx, project, input.template);
      await this.audit.record(tx, {
        projectId: project.id,
        entityType: 'Project',
        entityId: project.id,
        action: 'CREATED',
        actorId: userId,
        after: { name: project.name, crm_product: project.crmProduct, template: input.template },
      });
      return project;
    });
  }

  async update(input: UpdateProjectInput, userId: string): Promise<ProjectEntity> {
    return this.db.transaction(async (tx) => {
      await this.access.canEdit(input.id, userId, tx);
      const [current]: ProjectRow[] = await tx.query('SELECT * FROM projects WHERE id = $1', [input.id]);
      const problems = projectScheduleProblems(input.startDate ?? current.start_date, input.targetGoLiveDate ?? current.target_go_live_date);
      if (problems.length > 0) throw badUserInput(problems);
      const set: Record<string, unknown> = {};
      if (input.name !== undefined) set['name'] = input.name.trim();
      if (input.crmProduct !== undefined) set['crm_product'] = input.crmProduct.trim();
      if (input.startDate !== undefined) set['start_date'] = input.startDate;
      if (input.targetGoLiveDate !== undefined) set['target_go_live_date'] = input.targetGoLiveDate;
      if (input.status !== undefined) set['status'] = input.status;
      set['updated_at'] = new Date();
      const { before, after } = await versionedUpdate<ProjectRow>(tx, { table: 'projects', id: input.id, version: input.version, set, what: 'This project' });
      await this.audit.record(tx, { projectId: input.id, entityType: 'Project', entityId: input.id, action: 'UPDATED', actorId: userId, ...changedColumns(before, after) });
      return toProject(after);
    });
  }

  /** Owners share a project with people who have signed up; adding an existing member changes their permission. */
  async addMember(input: AddProjectMemberInput, userId: string): Promise<ProjectMemberModel> {
    return this.db.transaction(async (tx) => {
      await this.access.require(input.projectId, userId, ProjectPermission.OWNER, tx);
      const users: { id: string; email: string; name: string }[] = await tx.query('SELECT id, email, name FROM users WHERE email = $1', [
        normalizeEmail(input.email),
      ]);
      const member = users[0];
      if (!member) throw badUserInput([{ field: 'email', message: 'Nobody has signed up with this email yet.' }]);
      if (member.id === userId) throw badUserInput([{ field: 'email', message: 'You already own this project.' }]);
      const previous: { permission: string }[] = await tx.query(
        'SELECT permission FROM project_members WHERE project_id = $1 AND user_id = $2',
        [input.projectId, member.id],
      );
      if (previous[0]?.permission === ProjectPermission.OWNER) throw badUserInput([{ field: 'email', message: 'This person owns the project.' }]);
      await tx.query(
        `INSERT INTO project_members (project_id, user_id, permission) VALUES ($1, $2, $3)
         ON CONFLICT (project_id, user_id) DO UPDATE SET permission = EXCLUDED.permission`,
        [input.projectId, member.id, input.permission],
      );
      await this.audit.record(tx, {
        projectId: input.projectId,
        entityType: 'ProjectMember',
        entityId: member.id,
        action: previous[0] ? 'UPDATED' : 'ADDED',
        actorId: userId,
        before: previous[0] ? { email: member.email, permission: previous[0].permission } : null,
        after: { email: member.email, permission: input.permission },
      });
      return { user: member, permission: input.permission };
    });
  }

  async members(projectId: string): Promise<ProjectMemberModel[]> {
    const rows: { id: string; email: string; name: string; permission: ProjectPermission }[] = await this.db.query(
      `SELECT u.id, u.email, u.name, m.permission FROM project_members m JOIN users u ON u.id = m.user_id
       WHERE m.project_id = $1 ORDER BY m.permission DESC, u.name`,
      [projectId],
    );
    return rows.map((r) => ({ user: { id: r.id, email: r.email, name: r.name }, permission: r.permission }));
  }

  /** The projects the user is a member of, newest first. */
  listFor(userId: string): Promise<ProjectEntity[]> {
    return this.db
      .getRepository(ProjectEntity)
      .createQueryBuilder('p')
      .innerJoin(ProjectMemberEntity, 'm', 'm.project_id = p.id AND m.user_id = :userId', { userId })
      .orderBy('p.created_at', 'DESC')
      .getMany();
  }

  async get(projectId: string, userId: string): Promise<ProjectEntity> {
    await this.access.canView(projectId, userId);
    return this.db.getRepository(ProjectEntity).findOneByOrFail({ id: projectId });
  }
}
