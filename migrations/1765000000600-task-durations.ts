import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A task's length in working days, beside its dates: what a planner thinks in, and what the
 * critical path is computed over. Nullable, since most tasks so far carry dates (or nothing) and
 * their length is read from the dates; 0 is a milestone-like task with no length of its own.
 */
export class TaskDurations1765000000600 implements MigrationInterface {
  name = 'TaskDurations1765000000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE tasks ADD COLUMN duration_days integer CHECK (duration_days IS NULL OR duration_days >= 0)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE tasks DROP COLUMN duration_days');
  }
}
