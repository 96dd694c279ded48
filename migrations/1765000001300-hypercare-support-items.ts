import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hypercare: the support items users report after their wave goes live, numbered per program
 * (#1, #2, … as the desk speaks of them), and each program's response and resolution targets per
 * severity (rows only for the severities a program changed; the rest use the defaults of
 * libs/domain). A removed wave takes its items along; a removed reporter or owner role is cleared
 * from them (SET NULL, put back on restore).
 */
export class HypercareSupportItems1765000001300 implements MigrationInterface {
  name = 'HypercareSupportItems1765000001300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE support_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        wave_id uuid NOT NULL REFERENCES rollout_waves(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number > 0),
        title text NOT NULL CHECK (title = btrim(title) AND length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        severity smallint NOT NULL CHECK (severity BETWEEN 1 AND 4),
        category text NOT NULL CHECK (category IN ('HOW_TO', 'DEFECT', 'DATA', 'ACCESS', 'REQUEST')),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED')),
        reporter_id uuid REFERENCES people(id) ON DELETE SET NULL,
        owner_role_id uuid REFERENCES roles(id) ON DELETE SET NULL,
        responded_at timestamptz,
        resolved_at timestamptz,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT support_items_project_number_key UNIQUE (project_id, number)
      )`);
    await q.query('CREATE INDEX support_items_wave_idx ON support_items (wave_id, created_at)');
    await q.query("CREATE INDEX support_items_open_idx ON support_items (project_id) WHERE status NOT IN ('RESOLVED', 'CLOSED')");
    await q.query('CREATE INDEX support_items_reporter_idx ON support_items (reporter_id)');
    await q.query('CREATE INDEX support_items_owner_role_idx ON support_items (owner_role_id)');
    await q.query(`
      CREATE TABLE hypercare_targets (
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        severity smallint NOT NULL CHECK (severity BETWEEN 1 AND 4),
        response_minutes integer NOT NULL CHECK (response_minutes > 0),
        resolution_minutes integer NOT NULL CHECK (resolution_minutes >= response_minutes),
        PRIMARY KEY (project_id, severity)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE hypercare_targets');
    await q.query('DROP TABLE support_items');
  }
}
