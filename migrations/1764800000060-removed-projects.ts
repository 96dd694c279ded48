import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A program can be removed by its owners: it disappears for everyone at once and can be restored
 * by an owner for 30 days, after which it is deleted with everything in it. A removed program is
 * also archived (so every cross-program sum and list that skips archived programs skips it);
 * `archived_at = removed_at` says the removal archived it, so restoring un-archives it again.
 */
export class RemovedProjects1764800000060 implements MigrationInterface {
  name = 'RemovedProjects1764800000060';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE projects ADD COLUMN removed_at timestamptz');
    await q.query('ALTER TABLE projects ADD COLUMN removed_by uuid REFERENCES users(id) ON DELETE SET NULL');
    await q.query('CREATE INDEX projects_removed_idx ON projects (removed_at) WHERE removed_at IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX projects_removed_idx');
    await q.query('ALTER TABLE projects DROP COLUMN removed_by');
    await q.query('ALTER TABLE projects DROP COLUMN removed_at');
  }
}
