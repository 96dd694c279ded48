import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A milestone is the go-live of at most one wave: a new wave may take over a template go-live
 * milestone, and this keeps two waves from taking the same one.
 */
export class OneWavePerGoLiveMilestone1764500000200 implements MigrationInterface {
  name = 'OneWavePerGoLiveMilestone1764500000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE UNIQUE INDEX rollout_waves_one_per_milestone ON rollout_waves (milestone_id) WHERE milestone_id IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX rollout_waves_one_per_milestone');
  }
}
