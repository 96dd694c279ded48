import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the 200,000-task program needs (issue 17):
 * - the foreign keys that had none: deleting a task looks up who waits for it
 *   (task_dependencies.depends_on_id), deleting a milestone unlinks its tasks (tasks.milestone_id);
 * - `seq` unique per program instead of globally: the board pages by `(project_id, seq)`, and a
 *   global unique index on `seq` alone tempted the planner to walk every program's tasks in seq
 *   order for a page of one. Values still come from one sequence, so nothing is renumbered;
 * - the two branches of "tasks a person owns" (ownerFor: the assignee, else the primary holder
 *   of the role): tasks assigned to them, and unassigned tasks of a role, each indexed so that
 *   myTasks and the owner filter no longer compute the owner of every open task.
 */
export class TaskIndexesAndSeqPerProgram1764700000000 implements MigrationInterface {
  name = 'TaskIndexesAndSeqPerProgram1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX task_dependencies_depends_on_idx ON task_dependencies (depends_on_id)');
    await q.query('CREATE INDEX tasks_milestone_idx ON tasks (milestone_id)');

    await q.query('ALTER TABLE tasks ADD CONSTRAINT tasks_project_seq_key UNIQUE (project_id, seq)');
    await q.query('ALTER TABLE tasks DROP CONSTRAINT tasks_seq_key');
    await q.query('DROP INDEX tasks_project_seq_idx');

    await q.query(`CREATE INDEX tasks_open_assignee_idx ON tasks (assignee_id) WHERE status <> 'DONE'`);
    await q.query('CREATE INDEX tasks_unassigned_role_seq_idx ON tasks (role_id, seq) WHERE assignee_id IS NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX tasks_unassigned_role_seq_idx');
    await q.query('DROP INDEX tasks_open_assignee_idx');

    await q.query('CREATE INDEX tasks_project_seq_idx ON tasks (project_id, seq)');
    await q.query('ALTER TABLE tasks ADD CONSTRAINT tasks_seq_key UNIQUE (seq)');
    await q.query('ALTER TABLE tasks DROP CONSTRAINT tasks_project_seq_key');

    await q.query('DROP INDEX tasks_milestone_idx');
    await q.query('DROP INDEX task_dependencies_depends_on_idx');
  }
}
