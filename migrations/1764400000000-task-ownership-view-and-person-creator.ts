import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The task-ownership rule of libs/domain (`ownerFor`, `needsOwner`) written once in SQL, so the
 * board filter, the overview count, "my tasks" and health cannot drift apart again; and who
 * created a person, so the directory can be limited to the people an account has a reason to see.
 */
export class TaskOwnershipViewAndPersonCreator1764400000000 implements MigrationInterface {
  name = 'TaskOwnershipViewAndPersonCreator1764400000000';

  async up(q: QueryRunner): Promise<void> {
    // A role has at most one primary holder (role_assignments_one_primary), so the join keeps one row per task.
    await q.query(`
      CREATE VIEW task_ownership AS
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

    await q.query('ALTER TABLE people ADD COLUMN created_by uuid NULL REFERENCES users(id) ON DELETE SET NULL');
    await q.query('CREATE INDEX people_created_by_idx ON people (created_by)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE people DROP COLUMN created_by');
    await q.query('DROP VIEW task_ownership');
  }
}
