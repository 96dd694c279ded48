import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Phases and KPIs get an owner role: whoever holds it hears when the phase's gate is blocked or
 * opens, or when the KPI goes off track. Left empty, the program's project manager answers for a
 * gate and its CRM analyst for a KPI. A removed role clears the owner (the default answers again).
 */
export class GateAndKpiOwners1765000000300 implements MigrationInterface {
  name = 'GateAndKpiOwners1765000000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE phases ADD COLUMN owner_role_id uuid REFERENCES roles(id) ON DELETE SET NULL');
    await q.query('ALTER TABLE kpis ADD COLUMN owner_role_id uuid REFERENCES roles(id) ON DELETE SET NULL');
    // Removing a role checks these references: without indexes each check reads the whole table.
    await q.query('CREATE INDEX phases_owner_role_idx ON phases (owner_role_id) WHERE owner_role_id IS NOT NULL');
    await q.query('CREATE INDEX kpis_owner_role_idx ON kpis (owner_role_id) WHERE owner_role_id IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX kpis_owner_role_idx');
    await q.query('DROP INDEX phases_owner_role_idx');
    await q.query('ALTER TABLE kpis DROP COLUMN owner_role_id');
    await q.query('ALTER TABLE phases DROP COLUMN owner_role_id');
  }
}
