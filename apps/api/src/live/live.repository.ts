import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The checks a live subscription repeats for every event it delivers. */
@Injectable()
export class LiveRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Whether the account may still watch the program: still its member, the program not removed and
   * of the account's organisation, the account active and its sessions not ended since the token
   * was issued. One statement, run per event per subscriber.
   */
  async mayStillWatch(projectId: string, userId: string, tokenVersion: number): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM project_members m
       JOIN projects p ON p.id = m.project_id AND p.removed_at IS NULL
       JOIN users u ON u.id = m.user_id AND u.organisation_id = p.organisation_id
       WHERE m.project_id = $1 AND m.user_id = $2 AND u.deactivated_at IS NULL AND u.token_version = $3`,
      [projectId, userId, tokenVersion],
    );
    return rows.length > 0;
  }
}
