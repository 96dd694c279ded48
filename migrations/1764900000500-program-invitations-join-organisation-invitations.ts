import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One invitation rule: a program is shared through the organisation invitations, where a
 * colleague joins at once and anyone else is mailed a link. The pending program invitations of
 * before are brought under that rule, and their table goes.
 *
 * - A pending invitation to an active colleague (an account of the program's organisation) adds
 *   them to the program now, as the rule does today; a member already there keeps their
 *   permission. It is kept as an accepted organisation invitation, for the history.
 * - Any other pending invitation becomes a pending organisation invitation that the program's
 *   owners see in its settings. No link for it was ever mailed, so it starts expired: "Send
 *   again" mails the first working one. Its stored token hash is no hash of any token.
 */
/** Each pending program invitation with its organisation, and the active colleague it names if any. */
const PENDING_PROGRAM_INVITATIONS = `
  SELECT i.id, i.project_id, i.email, i.permission, i.invited_by, i.created_at, p.organisation_id,
    (SELECT u.id FROM users u WHERE u.email = i.email AND u.organisation_id = p.organisation_id AND u.deactivated_at IS NULL) AS colleague_id
  FROM project_invitations i JOIN projects p ON p.id = i.project_id
  WHERE i.status = 'PENDING'`;

export class ProgramInvitationsJoinOrganisationInvitations1764900000500 implements MigrationInterface {
  name = 'ProgramInvitationsJoinOrganisationInvitations1764900000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO project_members (project_id, user_id, permission)
      SELECT project_id, colleague_id, permission FROM (${PENDING_PROGRAM_INVITATIONS}) m WHERE colleague_id IS NOT NULL
      ON CONFLICT (project_id, user_id) DO NOTHING`);
    await q.query(`
      INSERT INTO organisation_invitations
        (organisation_id, email, role, project_id, permission, token_hash, expires_at, status, invited_by, created_at, sent_at, answered_at, accepted_by)
      SELECT m.organisation_id, m.email, 'MEMBER', m.project_id, m.permission, 'moved-program-invitation:' || m.id, now(),
        CASE WHEN m.colleague_id IS NULL THEN 'PENDING' ELSE 'ACCEPTED' END, m.invited_by, m.created_at, m.created_at,
        CASE WHEN m.colleague_id IS NULL THEN NULL ELSE now() END, m.colleague_id
      FROM (${PENDING_PROGRAM_INVITATIONS}) m
      WHERE m.colleague_id IS NOT NULL OR NOT EXISTS (
        SELECT 1 FROM organisation_invitations o
        WHERE o.organisation_id = m.organisation_id AND o.email = m.email AND o.project_id = m.project_id AND o.status = 'PENDING')`);
    await q.query('DROP TABLE project_invitations');
  }

  /** The table comes back empty: the invitations moved stay organisation invitations. */
  async down(q: QueryRunner): Promise<void> {
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
}
