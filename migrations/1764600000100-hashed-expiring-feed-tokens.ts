import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calendar feed tokens were kept in plain text and never expired. Now only their SHA-256 is kept,
 * with the nonce the app derives the token from and an expiry. Existing tokens are hashed here
 * and keep working for 180 days; as they have no nonce, the training page shows a new link the
 * next time it is opened.
 */
export class HashedExpiringFeedTokens1764600000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE users ADD COLUMN feed_token_hash text UNIQUE, ADD COLUMN feed_token_nonce text, ADD COLUMN feed_token_expires_at timestamptz');
    await q.query(
      `UPDATE users SET feed_token_hash = encode(sha256(convert_to(feed_token, 'UTF8')), 'hex'), feed_token_expires_at = now() + interval '180 days'
       WHERE feed_token IS NOT NULL`,
    );
    await q.query('ALTER TABLE users DROP COLUMN feed_token');
  }

  async down(q: QueryRunner): Promise<void> {
    // A hash cannot be turned back into a token: feed links made since must be made again.
    await q.query('ALTER TABLE users ADD COLUMN feed_token text UNIQUE');
    await q.query('ALTER TABLE users DROP COLUMN feed_token_hash, DROP COLUMN feed_token_nonce, DROP COLUMN feed_token_expires_at');
  }
}
