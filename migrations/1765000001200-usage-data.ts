import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adoption data read from the CRM's own exports. `usage_events` holds one row per person, day and
 * source format, so importing the same file again, or an export that overlaps the last one, adds
 * no day twice: a day's count keeps the largest count any import gave it. `usage_imports` keeps
 * who imported what and how much of it matched people. `wave_users` are the people added to a
 * wave by hand, besides those of the business units in its scope.
 */
export class UsageData1765000001200 implements MigrationInterface {
  name = 'UsageData1765000001200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE usage_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        format text NOT NULL CHECK (format IN ('SALESFORCE', 'DYNAMICS', 'HUBSPOT', 'GENERIC')),
        row_count integer NOT NULL CHECK (row_count >= 0),
        matched_count integer NOT NULL CHECK (matched_count >= 0),
        unmatched_count integer NOT NULL CHECK (unmatched_count >= 0),
        imported_count integer NOT NULL CHECK (imported_count >= 0),
        unmatched_emails text[] NOT NULL DEFAULT '{}',
        imported_by uuid REFERENCES users(id) ON DELETE SET NULL,
        imported_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX usage_imports_project_idx ON usage_imports (project_id, imported_at)');
    await q.query(`
      CREATE TABLE usage_events (
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        day date NOT NULL,
        source text NOT NULL CHECK (source IN ('SALESFORCE', 'DYNAMICS', 'HUBSPOT', 'GENERIC')),
        count integer NOT NULL CHECK (count > 0),
        import_id uuid NOT NULL REFERENCES usage_imports(id) ON DELETE CASCADE,
        CONSTRAINT usage_events_once_per_day UNIQUE (project_id, person_id, day, source)
      )`);
    await q.query('CREATE INDEX usage_events_person_idx ON usage_events (person_id)');
    await q.query('CREATE INDEX usage_events_import_idx ON usage_events (import_id)');
    await q.query(`
      CREATE TABLE wave_users (
        wave_id uuid NOT NULL REFERENCES rollout_waves(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        PRIMARY KEY (wave_id, person_id)
      )`);
    await q.query('CREATE INDEX wave_users_person_idx ON wave_users (person_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE wave_users');
    await q.query('DROP TABLE usage_events');
    await q.query('DROP TABLE usage_imports');
  }
}
