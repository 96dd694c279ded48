import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A removed record leaves its table (so no list, count, rule or health figure has to remember to
 * skip it) and waits here for 30 days: its own row and every row that went with it, parent
 * first, and the references that were cleared because of it (a milestone's task links). Restoring
 * puts them back as they were.
 *
 * Scores and attendance entries had no id of their own; removal and restore name records by id.
 * A session that was cancelled (rather than removed, once invitations went out) keeps its reason.
 */
export class Trash1764800000000 implements MigrationInterface {
  name = 'Trash1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE trash_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid REFERENCES projects(id) ON DELETE CASCADE,
        record_kind text NOT NULL,
        record_id uuid NOT NULL,
        title text NOT NULL,
        rows jsonb NOT NULL,
        relinks jsonb NOT NULL DEFAULT '[]',
        removed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        removed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX trash_entries_project_idx ON trash_entries (project_id, removed_at DESC)');
    await q.query('CREATE INDEX trash_entries_record_idx ON trash_entries (record_id, removed_at DESC)');
    await q.query('ALTER TABLE vendor_scores ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid()');
    await q.query('ALTER TABLE vendor_scores ADD CONSTRAINT vendor_scores_id_key UNIQUE (id)');
    await q.query('ALTER TABLE attendance ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid()');
    await q.query('ALTER TABLE attendance ADD CONSTRAINT attendance_id_key UNIQUE (id)');
    await q.query('ALTER TABLE training_sessions ADD COLUMN cancel_reason text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE training_sessions DROP COLUMN cancel_reason');
    await q.query('ALTER TABLE attendance DROP COLUMN id');
    await q.query('ALTER TABLE vendor_scores DROP COLUMN id');
    await q.query('DROP TABLE trash_entries');
  }
}
