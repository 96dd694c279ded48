import { MigrationInterface, QueryRunner } from 'typeorm';

/** Training sessions and their follow-through, KPI measurements, risk owners and calendar feeds. */
export class TrainingKpisRisks1764300000000 implements MigrationInterface {
  name = 'TrainingKpisRisks1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kpi_measurements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kpi_id uuid NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,
        measured_on date NOT NULL,
        value numeric NOT NULL,
        note text NOT NULL DEFAULT '',
        recorded_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX kpi_measurements_kpi_idx ON kpi_measurements (kpi_id, measured_on)');

    await q.query('ALTER TABLE risks ADD COLUMN owner_id uuid REFERENCES people(id)');
    await q.query("ALTER TABLE risks ADD CONSTRAINT risks_status_check CHECK (status IN ('OPEN', 'MONITORING', 'CLOSED'))");

    await q.query(`
      CREATE TABLE training_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        wave_id uuid NOT NULL REFERENCES rollout_waves(id) ON DELETE CASCADE,
        topic text NOT NULL,
        starts_at timestamptz NOT NULL,
        time_zone text NOT NULL,
        duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 15 AND 600),
        trainer_id uuid NOT NULL REFERENCES people(id),
        audience text NOT NULL DEFAULT '',
        location text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
        retraining boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX training_sessions_wave_idx ON training_sessions (wave_id, starts_at)');
    await q.query('CREATE INDEX training_sessions_trainer_idx ON training_sessions (trainer_id, starts_at)');
    await q.query(`
      CREATE TABLE session_materials (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES training_sessions(id) ON DELETE CASCADE,
        title text NOT NULL,
        url text NOT NULL,
        position integer NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE TABLE attendance (
        session_id uuid NOT NULL REFERENCES training_sessions(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people(id),
        status text NOT NULL CHECK (status IN ('INVITED', 'ATTENDED', 'EXCUSED', 'ABSENT')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, person_id)
      )`);
    await q.query(`
      CREATE TABLE usage_reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        wave_id uuid NOT NULL REFERENCES rollout_waves(id) ON DELETE CASCADE,
        person_id uuid REFERENCES people(id),
        business_unit text,
        active boolean NOT NULL,
        note text NOT NULL DEFAULT '',
        reviewed_on date NOT NULL,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (person_id IS NOT NULL OR business_unit IS NOT NULL)
      )`);
    await q.query('CREATE INDEX usage_reviews_wave_idx ON usage_reviews (wave_id, reviewed_on)');

    // Calendar apps cannot send a bearer token: each user gets a revocable token for feed URLs.
    await q.query('ALTER TABLE users ADD COLUMN feed_token text UNIQUE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE users DROP COLUMN feed_token');
    for (const table of ['usage_reviews', 'attendance', 'session_materials', 'training_sessions', 'kpi_measurements']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query('ALTER TABLE risks DROP CONSTRAINT risks_status_check');
    await q.query('ALTER TABLE risks DROP COLUMN owner_id');
  }
}
