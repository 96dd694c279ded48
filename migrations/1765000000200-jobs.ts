import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Durable jobs (reminders first): one row per thing to do later, taken by one runner at a time
 * with FOR UPDATE SKIP LOCKED, so several replicas on one database run each job once, and a
 * restart loses nothing. `key` names what the job is about (`milestone-due:<id>`): scheduling the
 * same key again moves the job instead of adding one. `subject_id` is the record the job is about,
 * without a foreign key since it may be any kind: removing that record to the trash deletes its
 * jobs in the same transaction (jobs are not restorable state; a restore schedules them anew).
 * The program and organisation keys cascade, so jobs go with a program deleted for good.
 *
 * Milestones get an owning role (who is reminded); none means the program's project manager.
 */
export class Jobs1765000000200 implements MigrationInterface {
  name = 'Jobs1765000000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        key text NOT NULL,
        run_at timestamptz NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        revision integer NOT NULL DEFAULT 1,
        subject_id uuid,
        organisation_id uuid REFERENCES organisations(id) ON DELETE CASCADE,
        project_id uuid REFERENCES projects(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT jobs_key_key UNIQUE (key)
      )`);
    await q.query('CREATE INDEX jobs_due_idx ON jobs (run_at)');
    await q.query('CREATE INDEX jobs_subject_idx ON jobs (subject_id) WHERE subject_id IS NOT NULL');
    await q.query('CREATE INDEX jobs_project_idx ON jobs (project_id)');
    await q.query('CREATE INDEX jobs_organisation_idx ON jobs (organisation_id)');
    await q.query('ALTER TABLE milestones ADD COLUMN owner_role_id uuid REFERENCES roles(id) ON DELETE SET NULL');
    await q.query('CREATE INDEX milestones_owner_role_idx ON milestones (owner_role_id) WHERE owner_role_id IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX milestones_owner_role_idx');
    await q.query('ALTER TABLE milestones DROP COLUMN owner_role_id');
    await q.query('DROP TABLE jobs');
  }
}
