import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications: what each account was told (its inbox), how each account wants every kind to
 * reach it, and mail that may wait a few minutes (so events of one kind to one address share a
 * mail) and carry attachments (a training session's .ics).
 */
export class Notifications1765000000100 implements MigrationInterface {
  name = 'Notifications1765000000100';

  async up(q: QueryRunner): Promise<void> {
    // subject_type/subject_id name the record loosely, with no foreign key: a notification of a
    // task that went to the trash stays, and its link shows "Not found" until the task is back.
    // A row with in_inbox = false was mailed only; it stays so a dedupe_key is not mailed twice.
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL,
        project_id uuid REFERENCES projects(id) ON DELETE CASCADE,
        subject_type text,
        subject_id text,
        title text NOT NULL,
        body text NOT NULL DEFAULT '',
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        link text NOT NULL,
        actor_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        dedupe_key text,
        in_inbox boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        CHECK ((subject_type IS NULL) = (subject_id IS NULL))
      )`);
    await q.query('CREATE INDEX notifications_inbox_idx ON notifications (user_id, created_at DESC, id DESC)');
    await q.query('CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL AND in_inbox');
    await q.query('CREATE UNIQUE INDEX notifications_user_dedupe_key ON notifications (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL');
    await q.query('CREATE INDEX notifications_project_idx ON notifications (project_id) WHERE project_id IS NOT NULL');
    await q.query('CREATE INDEX notifications_actor_idx ON notifications (actor_user_id) WHERE actor_user_id IS NOT NULL');

    await q.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('INBOX', 'EMAIL', 'BOTH', 'NONE')),
        PRIMARY KEY (user_id, kind)
      )`);

    // send_after: a notification mail waits a few minutes for more of its kind; every other mail
    // leaves at once. batch: the items of a notification mail, from which its text is rewritten
    // as more join it.
    await q.query(`
      ALTER TABLE mail_outbox
        ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]'::jsonb,
        ADD COLUMN send_after timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN batch jsonb`);
    await q.query('CREATE INDEX mail_outbox_open_batch_idx ON mail_outbox (to_email, kind) WHERE sent_at IS NULL AND batch IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX mail_outbox_open_batch_idx');
    await q.query('ALTER TABLE mail_outbox DROP COLUMN attachments, DROP COLUMN send_after, DROP COLUMN batch');
    await q.query('DROP TABLE notification_preferences');
    await q.query('DROP TABLE notifications');
  }
}
