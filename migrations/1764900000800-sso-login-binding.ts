import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A single sign-on attempt is tied to the browser that started it (the hash of a cookie set at
 * the start) and to the provider it was sent to, and it ends with a one-time completion code
 * instead of a session token in the address: a link someone else prepared cannot sign a victim
 * into the sender's account, and a callback from another provider than the one asked is refused.
 */
export class SsoLoginBinding1764900000800 implements MigrationInterface {
  name = 'SsoLoginBinding1764900000800';

  async up(q: QueryRunner): Promise<void> {
    // Attempts in flight when this runs are dropped: they carry none of the new facts. Their
    // users start again.
    await q.query('DELETE FROM sso_logins');
    await q.query(`
      ALTER TABLE sso_logins
        ADD COLUMN browser_hash text NOT NULL,
        ADD COLUMN issuer text NOT NULL,
        ADD COLUMN client_id text NOT NULL,
        ADD COLUMN user_id uuid REFERENCES users(id) ON DELETE CASCADE,
        ADD COLUMN completion_hash text UNIQUE,
        ADD COLUMN completion_expires_at timestamptz,
        ADD COLUMN completed_at timestamptz`);
    await q.query('CREATE INDEX sso_logins_expires_idx ON sso_logins (expires_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX sso_logins_expires_idx');
    await q.query(`
      ALTER TABLE sso_logins
        DROP COLUMN browser_hash, DROP COLUMN issuer, DROP COLUMN client_id, DROP COLUMN user_id,
        DROP COLUMN completion_hash, DROP COLUMN completion_expires_at, DROP COLUMN completed_at`);
  }
}
