import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The task table sorts by due date and by title most (tasks.repository.ts `SORT_KEYS`). With these
 * expression indexes, written exactly as the page's ORDER BY, a sorted page of a large program is
 * read in index order, forwards (ASC) or backwards (DESC), from the cursor's key on: no sort of
 * the program's tasks. Tasks without a due date sort last through the `IS NULL` column.
 */
export class TaskTableOrderIndexes1764800000040 implements MigrationInterface {
  name = 'TaskTableOrderIndexes1764800000040';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX tasks_project_due_order_idx ON tasks (project_id, (due_date IS NULL), COALESCE(due_date, '1900-01-01'::date), seq)`);
    await q.query('CREATE INDEX tasks_project_title_order_idx ON tasks (project_id, lower(title), seq)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX tasks_project_title_order_idx');
    await q.query('DROP INDEX tasks_project_due_order_idx');
  }
}
