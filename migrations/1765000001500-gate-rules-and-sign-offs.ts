import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exit criteria that check themselves: a criterion is a box to tick or a rule over the program's
 * own data (its settings in `rule`), and may ask for the sign-off of a role. A sign-off keeps the
 * evidence it was given on, so it lapses when the facts change after it.
 */
export class GateRulesAndSignOffs1765000001500 implements MigrationInterface {
  name = 'GateRulesAndSignOffs1765000001500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE exit_criteria ADD COLUMN kind text NOT NULL DEFAULT 'CHECKBOX' CHECK (kind IN ('CHECKBOX', 'RULE'))`);
    await q.query('ALTER TABLE exit_criteria ADD COLUMN rule jsonb');
    await q.query(`ALTER TABLE exit_criteria ADD CONSTRAINT exit_criteria_rule_of_kind CHECK ((kind = 'RULE') = (rule IS NOT NULL))`);
    await q.query('ALTER TABLE exit_criteria ADD COLUMN sign_off_role_id uuid REFERENCES roles(id) ON DELETE SET NULL');
    // Removing a role checks this reference: without an index each check reads the whole table.
    await q.query('CREATE INDEX exit_criteria_sign_off_role_idx ON exit_criteria (sign_off_role_id) WHERE sign_off_role_id IS NOT NULL');
    await q.query(`
      CREATE TABLE exit_criterion_sign_offs (
        criterion_id uuid PRIMARY KEY REFERENCES exit_criteria(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people(id),
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        comment text NOT NULL,
        evidence jsonb NOT NULL,
        evidence_key text NOT NULL,
        signed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX exit_criterion_sign_offs_person_idx ON exit_criterion_sign_offs (person_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE exit_criterion_sign_offs');
    await q.query('DROP INDEX exit_criteria_sign_off_role_idx');
    await q.query('ALTER TABLE exit_criteria DROP COLUMN sign_off_role_id');
    await q.query('ALTER TABLE exit_criteria DROP CONSTRAINT exit_criteria_rule_of_kind');
    await q.query('ALTER TABLE exit_criteria DROP COLUMN rule');
    await q.query('ALTER TABLE exit_criteria DROP COLUMN kind');
  }
}
