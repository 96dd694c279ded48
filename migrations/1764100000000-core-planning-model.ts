import { MigrationInterface, QueryRunner } from 'typeorm';

/** People, roles, phases, milestones, tasks, risks, KPIs and the audit trail. */
export class CorePlanningModel1764100000000 implements MigrationInterface {
  name = 'CorePlanningModel1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE people (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(btrim(email))),
        name text NOT NULL,
        department text,
        business_unit text,
        capacity_hours_per_week numeric(5,1) NOT NULL DEFAULT 40 CHECK (capacity_hours_per_week > 0 AND capacity_hours_per_week <= 168),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX people_name_idx ON people (lower(name))');

    await q.query(`
      CREATE TABLE roles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        key text NOT NULL,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        custom boolean NOT NULL DEFAULT false,
        position integer NOT NULL DEFAULT 0,
        UNIQUE (project_id, key)
      )`);

    await q.query(`
      CREATE TABLE role_assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        role_id uuid NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people(id),
        allocation_percent integer NOT NULL CHECK (allocation_percent BETWEEN 1 AND 100),
        is_primary boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (role_id, person_id)
      )`);
    // One primary holder per role: the database guards it even against concurrent requests.
    await q.query('CREATE UNIQUE INDEX role_assignments_one_primary ON role_assignments (role_id) WHERE is_primary');
    await q.query('CREATE INDEX role_assignments_person_idx ON role_assignments (person_id)');
    await q.query('CREATE INDEX role_assignments_project_idx ON role_assignments (project_id)');

    await q.query(`
      CREATE TABLE phases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        kind text NOT NULL,
        name text NOT NULL,
        position integer NOT NULL,
        planned_start date,
        planned_end date,
        actual_start date,
        actual_end date,
        status text NOT NULL DEFAULT 'NOT_STARTED' CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED')),
        version integer NOT NULL DEFAULT 1,
        CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start)
      )`);
    await q.query('CREATE INDEX phases_project_idx ON phases (project_id, position)');

    await q.query(`
      CREATE TABLE exit_criteria (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        phase_id uuid NOT NULL REFERENCES phases(id) ON DELETE CASCADE,
        label text NOT NULL,
        done boolean NOT NULL DEFAULT false,
        position integer NOT NULL
      )`);
    await q.query('CREATE INDEX exit_criteria_phase_idx ON exit_criteria (phase_id, position)');

    await q.query(`
      CREATE TABLE milestones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        phase_id uuid NOT NULL REFERENCES phases(id) ON DELETE CASCADE,
        name text NOT NULL,
        due_date date NOT NULL,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'DONE')),
        completed_at timestamptz,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query('CREATE INDEX milestones_phase_idx ON milestones (phase_id, due_date)');
    await q.query('CREATE INDEX milestones_project_idx ON milestones (project_id, due_date)');

    await q.query(`
      CREATE TABLE tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        phase_id uuid NOT NULL REFERENCES phases(id),
        milestone_id uuid REFERENCES milestones(id) ON DELETE SET NULL,
        role_id uuid NOT NULL REFERENCES roles(id),
        assignee_id uuid REFERENCES people(id),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'TODO' CHECK (status IN ('TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE')),
        priority text NOT NULL DEFAULT 'MEDIUM' CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
        start_date date,
        due_date date,
        estimate_hours numeric(6,1) CHECK (estimate_hours IS NULL OR estimate_hours >= 0),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX tasks_project_seq_idx ON tasks (project_id, seq)');
    await q.query('CREATE INDEX tasks_role_idx ON tasks (role_id)');
    await q.query('CREATE INDEX tasks_assignee_idx ON tasks (assignee_id)');
    await q.query('CREATE INDEX tasks_phase_idx ON tasks (phase_id)');

    await q.query(`
      CREATE TABLE task_dependencies (
        task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        depends_on_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        PRIMARY KEY (task_id, depends_on_id),
        CHECK (task_id <> depends_on_id)
      )`);
    await q.query('CREATE INDEX task_dependencies_project_idx ON task_dependencies (project_id)');

    await q.query(`
      CREATE TABLE risks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        likelihood integer NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
        impact integer NOT NULL CHECK (impact BETWEEN 1 AND 5),
        mitigation text NOT NULL DEFAULT '',
        role_id uuid REFERENCES roles(id),
        status text NOT NULL DEFAULT 'OPEN',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX risks_project_idx ON risks (project_id)');

    await q.query(`
      CREATE TABLE kpis (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        key text,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        unit text NOT NULL,
        direction text NOT NULL CHECK (direction IN ('UP', 'DOWN')),
        baseline numeric,
        target numeric NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX kpis_project_idx ON kpis (project_id)');

    await q.query(`
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        action text NOT NULL,
        actor_id uuid REFERENCES users(id),
        at timestamptz NOT NULL DEFAULT now(),
        before jsonb,
        after jsonb
      )`);
    await q.query('CREATE INDEX audit_events_project_idx ON audit_events (project_id, id DESC)');
    await q.query('CREATE INDEX audit_events_entity_idx ON audit_events (entity_id, id DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_events',
      'kpis',
      'risks',
      'task_dependencies',
      'tasks',
      'milestones',
      'exit_criteria',
      'phases',
      'role_assignments',
      'roles',
      'people',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
