import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A program's own communications plan, the messages each new wave starts with (offsets from
 * go-live, channel, audience and owner roles by key), as its template gave them. Role keys, not
 * ids: a role in the trash then only drops out of the messages of waves created meanwhile, and
 * the plan exports as it was written. A program without a row (created before templates carried a
 * plan) plans the standard messages.
 */
export class ProgramCommunicationPlans1765000001700 implements MigrationInterface {
  name = 'ProgramCommunicationPlans1765000001700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE communication_plans (
        project_id uuid PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
        messages jsonb NOT NULL CHECK (jsonb_typeof(messages) = 'array')
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE communication_plans');
  }
}
