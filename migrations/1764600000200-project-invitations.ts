import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sharing a project by email creates an invitation, whether or not the email has an account; the
 * invitee becomes a member only by accepting it. One pending invitation per project and email.
 */
export class ProjectInvitations1764600000200 implements MigrationInterface {
  name = 'ProjectInvitations1764600000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE project_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(btrim(email))),
        permission text NOT NULL CHECK (permission IN ('EDITOR', 'VIEWER')),
        invited_by uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED')),
        answered_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX project_invitations_one_pending ON project_invitations (project_id, email) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX project_invitations_email_idx ON project_invitations (email) WHERE status = 'PENDING'`);
    await q.query('CREATE INDEX project_invitations_invited_by_idx ON project_invitations (invited_by, created_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE project_invitations');
  }
}
