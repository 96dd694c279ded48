import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { forbidden, notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids/is-uuid';
import { ProjectPermission } from './project-member.entity';

const RANK: Record<ProjectPermission, number> = { VIEWER: 1, EDITOR: 2, OWNER: 3 };

/**
 * The one place that decides who may see and change a project. Someone who is not a member gets
 * NOT_FOUND, exactly as for a project that does not exist, so a project's existence never leaks.
 */
@Injectable()
export class ProjectAccessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async permissionOf(
    projectId: string,
    userId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<ProjectPermission | null> {
    if (!isUuid(projectId)) return null;
    const rows: { permission: ProjectPermission }[] = await manager.query(
      'SELECT permission FROM project_members WHERE project_id = $1 AND user_id = $2',
      [projectId, userId],
    );
    return rows[0]?.permission ?? null;
  }

  async require(
    projectId: string,
    userId: string,
    needed: ProjectPermission,
    manager?: EntityManager,
  ): Promise<ProjectPermission> {
    const permission = await this.permissionOf(projectId, userId, manager);
    if (!permission) throw notFound('Project');
    if (RANK[permission] < RANK[needed]) {
      throw forbidden(
        needed === ProjectPermission.OWNER
          ? 'Only the project owner can do this.'
          : 'You can view this project but not change it. Ask its owner for editor access.',
      );
    }
    return permission;
  }

  canView = (projectId: string, userId: string, manager?: EntityManager) =>
    this.require(projectId, userId, ProjectPermission.VIEWER, manager);

  canEdit = (projectId: string, userId: string, manager?: EntityManager) =>
    this.require(projectId, userId, ProjectPermission.EDITOR, manager);
}
