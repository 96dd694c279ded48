import { MigrationInterface, QueryRunner } from 'typeorm';

/** Requirements, processes, vendor selection and rollout waves: the working material of each phase. */
export class PhaseWorkspaces1764200000000 implements MigrationInterface {
  name = 'PhaseWorkspaces1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // Lets features find "the vendor selected milestone" of a templated program.
    await q.query('ALTER TABLE milestones ADD COLUMN template_key text');

    await q.query(`
      CREATE TABLE requirements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        department text NOT NULL CHECK (department IN ('SALES', 'MARKETING', 'FINANCE', 'SERVICE', 'IT', 'MANAGEMENT', 'CUSTOMER')),
        stakeholder_id uuid REFERENCES people(id),
        priority text NOT NULL CHECK (priority IN ('MUST', 'SHOULD', 'COULD', 'WONT')),
        status text NOT NULL DEFAULT 'CAPTURED' CHECK (status IN ('CAPTURED', 'AGREED', 'COVERED', 'REJECTED')),
        gap_note text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX requirements_project_idx ON requirements (project_id, seq)');

    await q.query(`
      CREATE TABLE processes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        name text NOT NULL,
        department text NOT NULL,
        owner_role_id uuid REFERENCES roles(id),
        as_is text NOT NULL DEFAULT '',
        to_be text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'DOCUMENTED' CHECK (status IN ('DOCUMENTED', 'REDESIGNED', 'VALIDATED', 'AUTOMATED')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX processes_project_idx ON processes (project_id)');
    await q.query(`
      CREATE TABLE process_requirements (
        process_id uuid NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
        requirement_id uuid NOT NULL REFERENCES requirements(id) ON DELETE CASCADE,
        PRIMARY KEY (process_id, requirement_id)
      )`);

    await q.query(`
      CREATE TABLE vendors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        name text NOT NULL,
        product text NOT NULL DEFAULT '',
        notes text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE UNIQUE INDEX vendors_project_name_idx ON vendors (project_id, lower(name))');

    await q.query(`
      CREATE TABLE selection_criteria (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        name text NOT NULL,
        weight numeric(7,2) NOT NULL CHECK (weight > 0),
        position integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE UNIQUE INDEX selection_criteria_project_name_idx ON selection_criteria (project_id, lower(name))');
    await q.query(`
      CREATE TABLE criterion_requirements (
        criterion_id uuid NOT NULL REFERENCES selection_criteria(id) ON DELETE CASCADE,
        requirement_id uuid NOT NULL REFERENCES requirements(id) ON DELETE CASCADE,
        PRIMARY KEY (criterion_id, requirement_id)
      )`);
    await q.query(`
      CREATE TABLE vendor_scores (
        vendor_id uuid NOT NULL REFERENCES vendors(id) ON DELETE CASCADE,
        criterion_id uuid NOT NULL REFERENCES selection_criteria(id) ON DELETE CASCADE,
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        score numeric(2,1) NOT NULL CHECK (score >= 0 AND score <= 5),
        comment text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (vendor_id, criterion_id)
      )`);
    await q.query(`
      CREATE TABLE selection_decisions (
        project_id uuid PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
        vendor_id uuid NOT NULL REFERENCES vendors(id),
        rationale text NOT NULL,
        decided_by text NOT NULL,
        decided_on date NOT NULL,
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE rollout_waves (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        name text NOT NULL,
        scope text[] NOT NULL DEFAULT '{}',
        go_live_date date NOT NULL,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'READY', 'LIVE', 'CLOSED')),
        milestone_id uuid REFERENCES milestones(id) ON DELETE SET NULL,
        went_live_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX rollout_waves_project_idx ON rollout_waves (project_id, go_live_date)');
    await q.query(`
      CREATE TABLE wave_readiness_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        wave_id uuid NOT NULL REFERENCES rollout_waves(id) ON DELETE CASCADE,
        label text NOT NULL,
        done boolean NOT NULL DEFAULT false,
        position integer NOT NULL
      )`);
    await q.query('CREATE INDEX wave_readiness_items_wave_idx ON wave_readiness_items (wave_id, position)');
    await q.query(`
      CREATE TABLE wave_key_users (
        wave_id uuid NOT NULL REFERENCES rollout_waves(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people(id),
        PRIMARY KEY (wave_id, person_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'wave_key_users',
      'wave_readiness_items',
      'rollout_waves',
      'selection_decisions',
      'vendor_scores',
      'criterion_requirements',
      'selection_criteria',
      'vendors',
      'process_requirements',
      'processes',
      'requirements',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query('ALTER TABLE milestones DROP COLUMN template_key');
  }
}
