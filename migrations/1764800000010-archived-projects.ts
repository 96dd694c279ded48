import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A program can be archived: read-only, left out of lists by default and out of a person's
 * allocation across programs. `archived_at` is null while the program is in use.
 */
export class ArchivedProjects1764800000010 implements MigrationInterface {
  name = 'ArchivedProjects1764800000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE projects ADD COLUMN archived_at timestamptz');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE projects DROP COLUMN archived_at');
  }
}
