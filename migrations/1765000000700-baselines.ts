import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Named snapshots of a program's plan ("Steering committee 12 March"), to compare today's plan
 * against. The items are copies, not references: a task removed or re-dated later must still
 * show as it was planned, so `item_id` has no foreign key.
 */
export class Baselines1765000000700 implements MigrationInterface {
  name = 'Baselines1765000000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE baselines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (name = btrim(name) AND length(name) BETWEEN 1 AND 120),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE UNIQUE INDEX baselines_project_name_idx ON baselines (project_id, lower(name))');
    await q.query(`
      CREATE TABLE baseline_items (
        baseline_id uuid NOT NULL REFERENCES baselines(id) ON DELETE CASCADE,
        item_type text NOT NULL CHECK (item_type IN ('TASK', 'MILESTONE')),
        item_id uuid NOT NULL,
        title text NOT NULL,
        start_date date,
        finish_date date,
        duration_days integer CHECK (duration_days IS NULL OR duration_days >= 0),
        PRIMARY KEY (baseline_id, item_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE baseline_items');
    await q.query('DROP TABLE baselines');
  }
}
