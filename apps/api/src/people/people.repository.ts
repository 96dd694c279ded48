import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { versionedUpdate } from '../common/database/versioned-update';
import { PersonRow } from './models/person.model';

/** What a new person is made of; the database fills in id, version and created_at. */
export interface NewPerson {
  email: string;
  name: string;
  department: string | null;
  businessUnit: string | null;
  capacityHoursPerWeek: number;
  createdBy: string | null;
}

export type PersonChanges = Partial<Pick<PersonRow, 'email' | 'name' | 'department' | 'business_unit' | 'capacity_hours_per_week'>>;

/**
 * Until organisations exist, an account sees a person it created or one who works in a program
 * the account is a member of (holds a role there or is assigned one of its tasks). `$userParam`
 * names the account; `p` is the people row.
 */
function visibleTo(userParam: string): string {
  return `(p.created_by = ${userParam}
    OR EXISTS (SELECT 1 FROM role_assignments a JOIN project_members m ON m.project_id = a.project_id AND m.user_id = ${userParam} WHERE a.person_id = p.id)
    OR EXISTS (SELECT 1 FROM tasks t JOIN project_members m ON m.project_id = t.project_id AND m.user_id = ${userParam} WHERE t.assignee_id = p.id))`;
}

/** The people table, and only this file writes it. */
@Injectable()
export class PeopleRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Undefined when the email is already in the directory. */
  async insert(person: NewPerson): Promise<PersonRow | undefined> {
    const rows: PersonRow[] = await this.db.query(
      `INSERT INTO people (email, name, department, business_unit, capacity_hours_per_week, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (email) DO NOTHING RETURNING *`,
      [person.email, person.name, person.department, person.businessUnit, person.capacityHoursPerWeek, person.createdBy],
    );
    return rows[0];
  }

  /** Case-insensitive match on name or email among the people the account may see, alphabetical. */
  search(userId: string, pattern: string, limit: number): Promise<PersonRow[]> {
    return this.db.query(
      `SELECT p.* FROM people p
       WHERE (lower(p.name) LIKE $2 OR p.email LIKE $2) AND ${visibleTo('$1')}
       ORDER BY lower(p.name), p.email LIMIT $3`,
      [userId, pattern, limit],
    );
  }

  async isVisibleTo(tx: EntityManager, personId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM people p WHERE p.id = $1 AND ${visibleTo('$2')}`, [personId, userId]);
    return rows.length > 0;
  }

  async emailTakenByOther(tx: EntityManager, email: string, personId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query('SELECT 1 FROM people WHERE email = $1 AND id <> $2', [email, personId]);
    return rows.length > 0;
  }

  update(tx: EntityManager, id: string, version: number, set: PersonChanges) {
    return versionedUpdate<PersonRow & Record<string, unknown>>(tx, { table: 'people', id, version, set, what: 'This person' });
  }

  async byEmail(email: string): Promise<PersonRow | undefined> {
    const rows: PersonRow[] = await this.db.query('SELECT * FROM people WHERE email = $1', [email]);
    return rows[0];
  }

  byIds(ids: readonly string[]): Promise<PersonRow[]> {
    return this.db.query('SELECT * FROM people WHERE id = ANY($1)', [ids]);
  }

  /** True when every id names someone in the people directory. */
  async allInDirectory(tx: EntityManager, personIds: readonly string[]): Promise<boolean> {
    const unique = [...new Set(personIds)];
    if (unique.length === 0) return true;
    const found: { id: string }[] = await tx.query('SELECT id FROM people WHERE id = ANY($1)', [unique]);
    return found.length === unique.length;
  }

  /** The directory's people with any of these emails (emails are stored normalised). */
  byEmails(emails: readonly string[]): Promise<PersonRow[]> {
    return emails.length ? this.db.query('SELECT * FROM people WHERE email = ANY($1)', [emails]) : Promise.resolve([]);
  }
}
