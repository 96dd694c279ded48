import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { projectScheduleProblems } from '@crm/domain';

import { badUserInput } from '../common/errors/app-error';
import { CreateProjectInput } from './dto/create-project.input';
import { ProjectAccessService } from './project-access.service';
import { ProjectMemberEntity, ProjectPermission } from './project-member.entity';
import { ProjectEntity } from './project.entity';

@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
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
      return project;
    });
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
