import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A role can be held per rollout wave (the trainer of "Nordics" is not the trainer of
 * "Benelux"), and a task can belong to a wave. A role assignment with no wave is program-wide.
 * Uniqueness and "one primary" now hold per (role, wave), the program-wide NULL wave included
 * (NULLS NOT DISTINCT, PostgreSQL 15+). The task_ownership view resolves a task's holder through
 * its wave's primary holder first, then the program's: `ownerFor` of libs/domain, held to it by
 * test/api/task-ownership-contract.
 */
export class RolesPerWave1765000000900 implements MigrationInterface {
  name = 'RolesPerWave1765000000900';

  async up(q: QueryRunner): Promise<void> {
    // A wave's holders go with the wave into the trash and come back with it.
    await q.query('ALTER TABLE role_assignments ADD COLUMN wave_id uuid NULL REFERENCES rollout_waves(id) ON DELETE CASCADE');
    await q.query('ALTER TABLE role_assignments DROP CONSTRAINT role_assignments_role_id_person_id_key');
    await q.query('CREATE UNIQUE INDEX role_assignments_role_person_wave_key ON role_assignments (role_id, person_id, wave_id) NULLS NOT DISTINCT');
    await q.query('DROP INDEX role_assignments_one_primary');
    await q.query('CREATE UNIQUE INDEX role_assignments_one_primary ON role_assignments (role_id, wave_id) NULLS NOT DISTINCT WHERE is_primary');
    await q.query('CREATE INDEX role_assignments_wave_idx ON role_assignments (wave_id) WHERE wave_id IS NOT NULL');

    // A removed wave leaves its tasks in the program; the trash puts the reference back on restore.
    await q.query('ALTER TABLE tasks ADD COLUMN wave_id uuid NULL REFERENCES rollout_waves(id) ON DELETE SET NULL');
    await q.query('CREATE INDEX tasks_wave_idx ON tasks (wave_id) WHERE wave_id IS NOT NULL');

    // Same columns as before, so every reader of the view keeps working.
    await q.query(`
      CREATE OR REPLACE VIEW task_ownership AS
      SELECT t.id AS task_id,
             t.project_id,
             t.priority,
             t.due_date,
             COALESCE(wa.person_id, pa.person_id) AS primary_holder_id,
             COALESCE(t.assignee_id, wa.person_id, pa.person_id) AS owner_id,
             CASE WHEN t.assignee_id IS NOT NULL THEN 'ASSIGNEE' WHEN COALESCE(wa.person_id, pa.person_id) IS NOT NULL THEN 'ROLE' ELSE 'UNOWNED' END AS owner_source,
             t.status <> 'DONE' AS is_open,
             t.status <> 'DONE' AND t.assignee_id IS NULL AND wa.person_id IS NULL AND pa.person_id IS NULL AS needs_owner
      FROM tasks t
      LEFT JOIN role_assignments wa ON wa.role_id = t.role_id AND wa.wave_id = t.wave_id AND wa.is_primary
      LEFT JOIN role_assignments pa ON pa.role_id = t.role_id AND pa.wave_id IS NULL AND pa.is_primary`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE VIEW task_ownership AS
      SELECT t.id AS task_id,
             t.project_id,
             t.priority,
             t.due_date,
             ra.person_id AS primary_holder_id,
             COALESCE(t.assignee_id, ra.person_id) AS owner_id,
             CASE WHEN t.assignee_id IS NOT NULL THEN 'ASSIGNEE' WHEN ra.person_id IS NOT NULL THEN 'ROLE' ELSE 'UNOWNED' END AS owner_source,
             t.status <> 'DONE' AS is_open,
             t.status <> 'DONE' AND t.assignee_id IS NULL AND ra.person_id IS NULL AS needs_owner
      FROM tasks t
      LEFT JOIN role_assignments ra ON ra.role_id = t.role_id AND ra.is_primary`);
    await q.query('ALTER TABLE tasks DROP COLUMN wave_id');
    await q.query('DELETE FROM role_assignments WHERE wave_id IS NOT NULL');
    await q.query('DROP INDEX role_assignments_one_primary');
    await q.query('DROP INDEX role_assignments_role_person_wave_key');
    await q.query('ALTER TABLE role_assignments DROP COLUMN wave_id');
    await q.query('CREATE UNIQUE INDEX role_assignments_one_primary ON role_assignments (role_id) WHERE is_primary');
    await q.query('ALTER TABLE role_assignments ADD CONSTRAINT role_assignments_role_id_person_id_key UNIQUE (role_id, person_id)');
  }
}
