import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Program templates an organisation imported (the built-in ones live in libs/domain). The content
 * is the template JSON as checked on import; a template belongs to one organisation and only its
 * members see it or start programs from it.
 */
export class ProgramTemplates1765000001600 implements MigrationInterface {
  name = 'ProgramTemplates1765000001600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE program_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (name = btrim(name) AND length(name) BETWEEN 1 AND 120),
        crm_product text CHECK (crm_product IS NULL OR length(crm_product) BETWEEN 1 AND 120),
        content jsonb NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX program_templates_organisation_idx ON program_templates (organisation_id, name)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE program_templates');
  }
}
