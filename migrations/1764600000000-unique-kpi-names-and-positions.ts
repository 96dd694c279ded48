import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uniqueness rules that were only checked in code, and so broke under parallel writers: a KPI's
 * name and key within its project, and the position of an exit criterion in its phase and of a
 * selection criterion in its project. Rows that already break a rule are repaired first: a later
 * duplicate KPI name gets " (2)", " (3)", …; a missing key is derived from the name as the API
 * does; a repeated key gets _2, _3, …; repeated positions are renumbered in their current order.
 */
export class UniqueKpiNamesAndPositions1764600000000 implements MigrationInterface {
  name = 'UniqueKpiNamesAndPositions1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE kpis k SET name = k.name || ' (' || d.n || ')'
      FROM (SELECT id, row_number() OVER (PARTITION BY project_id, lower(name) ORDER BY created_at, id) AS n FROM kpis) d
      WHERE d.id = k.id AND d.n > 1`);
    await q.query(`UPDATE kpis SET key = btrim(regexp_replace(upper(name), '[^A-Z0-9]+', '_', 'g'), '_') WHERE key IS NULL`);
    await q.query(`
      UPDATE kpis k SET key = k.key || '_' || d.n
      FROM (SELECT id, row_number() OVER (PARTITION BY project_id, key ORDER BY created_at, id) AS n FROM kpis) d
      WHERE d.id = k.id AND d.n > 1`);
    await q.query('CREATE UNIQUE INDEX kpis_project_name_idx ON kpis (project_id, lower(name))');
    await q.query('CREATE UNIQUE INDEX kpis_project_key_idx ON kpis (project_id, key)');

    await this.renumberRepeatedPositions(q, 'exit_criteria', 'phase_id');
    await q.query('ALTER TABLE exit_criteria ADD CONSTRAINT exit_criteria_phase_position_key UNIQUE (phase_id, position)');
    await this.renumberRepeatedPositions(q, 'selection_criteria', 'project_id');
    await q.query('ALTER TABLE selection_criteria ADD CONSTRAINT selection_criteria_project_position_key UNIQUE (project_id, position)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE selection_criteria DROP CONSTRAINT selection_criteria_project_position_key');
    await q.query('ALTER TABLE exit_criteria DROP CONSTRAINT exit_criteria_phase_position_key');
    await q.query('DROP INDEX kpis_project_key_idx');
    await q.query('DROP INDEX kpis_project_name_idx');
  }

  /** Only parents with a repeated position are renumbered 1, 2, …; the others keep theirs. */
  private async renumberRepeatedPositions(q: QueryRunner, table: string, parent: string): Promise<void> {
    await q.query(`
      UPDATE ${table} t SET position = r.n
      FROM (
        SELECT id, row_number() OVER (PARTITION BY ${parent} ORDER BY position, id) AS n FROM ${table}
        WHERE ${parent} IN (SELECT ${parent} FROM ${table} GROUP BY ${parent}, position HAVING count(*) > 1)
      ) r
      WHERE r.id = t.id`);
  }
}
