import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the overview and health figures of a 200,000-task program (issue 17), so that none
 * of them reads the task rows:
 * - done and total per program, and per phase for the progress bars: index-only counts over
 *   `(project_id, status)` and `(phase_id, status)`; the second also serves every lookup the plain
 *   `tasks_phase_idx` did, which is dropped so writes keep the same number of indexes to update;
 * - "needs an owner" (libs/domain `needsOwner`: open, no assignee, nobody primary for the role):
 *   the open tasks by role, with the assignee and priority in the index, so the few roles without a
 *   primary holder are counted (and critical ones told apart) without touching the tasks that have
 *   an owner; the same index answers "does this role have open work" with one probe per role.
 */
export class TaskFigureIndexes1764700000100 implements MigrationInterface {
  name = 'TaskFigureIndexes1764700000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX tasks_project_status_idx ON tasks (project_id, status)');
    await q.query('CREATE INDEX tasks_phase_status_idx ON tasks (phase_id, status)');
    await q.query('DROP INDEX tasks_phase_idx');
    await q.query(`CREATE INDEX tasks_open_role_idx ON tasks (role_id, project_id, assignee_id, priority) WHERE status <> 'DONE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX tasks_open_role_idx');
    await q.query('CREATE INDEX tasks_phase_idx ON tasks (phase_id)');
    await q.query('DROP INDEX tasks_phase_status_idx');
    await q.query('DROP INDEX tasks_project_status_idx');
  }
}
