import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** An account as the rest of the API sees it; the password hash never leaves this file unasked. */
export interface UserRow {
  id: string;
  email: string;
  name: string;
}

/** The users table, and only this file writes it. Emails are stored normalised. */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The new account's id, or undefined when the email is taken: ON CONFLICT keeps two
   * simultaneous sign-ups with one email from both succeeding.
   */
  async insertIfNew(user: { email: string; name: string; passwordHash: string }): Promise<string | undefined> {
    const rows: { id: string }[] = await this.db.query(
      'INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id',
      [user.email, user.name, user.passwordHash],
    );
    return rows[0]?.id;
  }

  /** For signing in only. */
  async withPasswordHash(email: string): Promise<(UserRow & { passwordHash: string }) | undefined> {
    const rows: (UserRow & { password_hash: string })[] = await this.db.query('SELECT id, email, name, password_hash FROM users WHERE email = $1', [email]);
    return rows[0] && { id: rows[0].id, email: rows[0].email, name: rows[0].name, passwordHash: rows[0].password_hash };
  }

  async byId(id: string): Promise<UserRow | undefined> {
    const rows: UserRow[] = await this.db.query('SELECT id, email, name FROM users WHERE id = $1', [id]);
    return rows[0];
  }

  async byEmail(email: string, tx: EntityManager = this.db.manager): Promise<UserRow | undefined> {
    const rows: UserRow[] = await tx.query('SELECT id, email, name FROM users WHERE email = $1', [email]);
    return rows[0];
  }
}
