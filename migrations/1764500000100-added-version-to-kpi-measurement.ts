import { MigrationInterface, QueryRunner } from 'typeorm';

/** KPI measurements can be corrected now: a version guards edits from two people at once. */
export class AddedVersionToKpiMeasurement1764500000100 implements MigrationInterface {
  name = 'AddedVersionToKpiMeasurement1764500000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE kpi_measurements ADD COLUMN version integer NOT NULL DEFAULT 1');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE kpi_measurements DROP COLUMN version');
  }
}
