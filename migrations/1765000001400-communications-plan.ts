import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The communications plan of each rollout wave: messages at an offset from its go-live, with
 * their audience (business units of the wave's scope and roles of the program), channel, owning
 * role and whether they went out. A message goes with its wave (ON DELETE CASCADE) and comes back
 * with it. Audience roles are kept as an array of ids without a foreign key, so a wave's plan is
 * written in one statement; a role removed to the trash simply drops out of the audience shown
 * and is back when the role is restored. The owning role is a real reference: a removed custom
 * role hands its messages back to the communications lead (SET NULL, relinked on restore).
 */
export class CommunicationsPlan1765000001400 implements MigrationInterface {
  name = 'CommunicationsPlan1765000001400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE communications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        wave_id uuid NOT NULL REFERENCES rollout_waves(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (title = btrim(title) AND length(title) BETWEEN 1 AND 160),
        body text NOT NULL DEFAULT '' CHECK (length(body) <= 4000),
        offset_days integer NOT NULL CHECK (offset_days BETWEEN -365 AND 365),
        planned_on date NOT NULL,
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'INTRANET', 'MEETING', 'CHAT', 'NEWSLETTER', 'TOWN_HALL', 'VIDEO')),
        audience_units text[] NOT NULL DEFAULT '{}',
        audience_role_ids uuid[] NOT NULL DEFAULT '{}',
        owner_role_id uuid REFERENCES roles(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'SENT', 'SKIPPED')),
        sent_on date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'SENT') = (sent_on IS NOT NULL))
      )`);
    await q.query('CREATE INDEX communications_wave_idx ON communications (wave_id, planned_on)');
    // Health reads each program's late messages: only the planned ones are ever late.
    await q.query("CREATE INDEX communications_planned_idx ON communications (project_id, planned_on) WHERE status = 'PLANNED'");
    await q.query('CREATE INDEX communications_owner_role_idx ON communications (owner_role_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE communications');
  }
}
