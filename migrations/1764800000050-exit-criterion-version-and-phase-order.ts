import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exit criteria can be renamed now, so they carry a version like every other edited record: a
 * rename made on a stale copy is refused with CONFLICT. Phases can be added to a running plan, in
 * the place their dates give them, so a phase's position in its project becomes a constraint: two
 * phases never share a place in the working order. Repeated positions are renumbered in their
 * current order first (only in the projects that have them).
 */
export class ExitCriterionVersionAndPhaseOrder1764800000050 implements MigrationInterface {
  name = 'ExitCriterionVersionAndPhaseOrder1764800000050';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE exit_criteria ADD COLUMN version integer NOT NULL DEFAULT 1');
    await q.query(`
      UPDATE phases t SET position = r.n
      FROM (
        SELECT id, row_number() OVER (PARTITION BY project_id ORDER BY position, id) - 1 AS n FROM phases
        WHERE project_id IN (SELECT project_id FROM phases GROUP BY project_id, position HAVING count(*) > 1)
      ) r
      WHERE r.id = t.id`);
    await q.query('ALTER TABLE phases ADD CONSTRAINT phases_project_position_key UNIQUE (project_id, position)');
    // The unique index serves the working-order reads the old one did.
    await q.query('DROP INDEX phases_project_idx');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX phases_project_idx ON phases (project_id, position)');
    await q.query('ALTER TABLE phases DROP CONSTRAINT phases_project_position_key');
    await q.query('ALTER TABLE exit_criteria DROP COLUMN version');
  }
}
