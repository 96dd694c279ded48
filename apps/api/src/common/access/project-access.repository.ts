import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { ProjectPermission } from './project-access';
import { RECORD_KINDS, RecordKindName } from './record-kinds';

export interface Membership {
  projectId: string;
  permission: ProjectPermission | null;
}

/** Membership lookups for the project-access guard: one statement per operation. */
@Injectable()
export class ProjectAccessRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The project of the record and the user's permission in it; undefined when there is no such record. */
  async membershipVia(kind: RecordKindName, recordId: string, userId: string): Promise<Membership | undefined> {
    const rows: { project_id: string; permission: ProjectPermission | null }[] = await this.db.query(
      `SELECT r.project_id, m.permission FROM (${RECORD_KINDS[kind].projectOf}) r
       LEFT JOIN project_members m ON m.project_id = r.project_id AND m.user_id = $2`,
      [recordId, userId],
    );
    return rows[0] ? { projectId: rows[0].project_id, permission: rows[0].permission } : undefined;
  }

  /** For the few operations that must look inside a transaction (e.g. listing members while sharing). */
  async permissionOf(projectId: string, userId: string): Promise<ProjectPermission | null> {
    const rows: { permission: ProjectPermission }[] = await this.db.query(
      'SELECT permission FROM project_members WHERE project_id = $1 AND user_id = $2',
      [projectId, userId],
    );
    return rows[0]?.permission ?? null;
  }
}
