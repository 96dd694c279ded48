import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export type AccountTokenPurpose = 'SIGN_UP' | 'PASSWORD_RESET';

export interface AccountTokenRow {
  id: string;
  purpose: AccountTokenPurpose;
  email: string;
  user_id: string | null;
  payload: Record<string, unknown>;
  expires_at: Date;
  used_at: Date | null;
}

/** The account_tokens table (single-use mailed links), and only this file writes it. */
@Injectable()
export class AccountTokensRepository {
  async insert(
    tx: EntityManager,
    token: { purpose: AccountTokenPurpose; hash: string; email: string; userId: string | null; expiresAt: Date; payload?: Record<string, unknown> },
  ): Promise<void> {
    await tx.query('INSERT INTO account_tokens (purpose, token_hash, email, user_id, expires_at, payload) VALUES ($1, $2, $3, $4, $5, $6::jsonb)', [
      token.purpose,
      token.hash,
      token.email,
      token.userId,
      token.expiresAt,
      JSON.stringify(token.payload ?? {}),
    ]);
  }

  /** Locked, so two uses of one link at once take turns and the second finds it used. */
  async lock(tx: EntityManager, hash: string, purpose: AccountTokenPurpose): Promise<AccountTokenRow | undefined> {
    const rows: AccountTokenRow[] = await tx.query('SELECT * FROM account_tokens WHERE token_hash = $1 AND purpose = $2 FOR UPDATE', [hash, purpose]);
    return rows[0];
  }

  async markUsed(tx: EntityManager, id: string): Promise<void> {
    await tx.query('UPDATE account_tokens SET used_at = now() WHERE id = $1', [id]);
  }
}
