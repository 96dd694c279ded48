import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A finish-to-start link's lag in working days: how long a task waits after its prerequisite
 * finishes before it may begin (curing, sign-off, a notice period). Negative lets it overlap the
 * prerequisite's last days. Bounded to a year either way, so a typo cannot push a plan out by decades.
 */
export class DependencyLag1765000000800 implements MigrationInterface {
  name = 'DependencyLag1765000000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE task_dependencies ADD COLUMN lag_days integer NOT NULL DEFAULT 0 CONSTRAINT task_dependencies_lag_days_range CHECK (lag_days BETWEEN -365 AND 365)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE task_dependencies DROP COLUMN lag_days');
  }
}
