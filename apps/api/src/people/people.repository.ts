import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { normalizeEmail } from '@crm/domain';

import { versionedUpdate } from '../common/database/versioned-update';
import { PersonRow } from './models/person.model';

/** What a new person is made of; the database fills in id, version and created_at. */
export interface NewPerson {
  email: string;
  name: string;
  department: string | null;
  businessUnit: string | null;
  capacityHoursPerWeek: number;
  createdBy: string;
}

export type PersonChanges = Partial<Pick<PersonRow, 'email' | 'name' | 'department' | 'business_unit' | 'capacity_hours_per_week'>>;

/** The people of the account's organisation: `$userParam` names the account, `p` is the people row. */
function visibleTo(userParam: string): string {
  return `p.organisation_id = (SELECT u.organisation_id FROM users u WHERE u.id = ${userParam})`;
}

/** The people of the project's organisation, for checking the people a program's records name. */
const OF_PROJECT = (projectParam: string) => `organisation_id = (SELECT pr.organisation_id FROM projects pr WHERE pr.id = ${projectParam})`;

/** The people table, and only this file writes it. */
@Injectable()
export class PeopleRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Undefined when the email is already in the directory. */
  async insert(person: NewPerson, tx: EntityManager = this.db.manager): Promise<PersonRow | undefined> {
    const rows: PersonRow[] = await tx.query(
      `INSERT INTO people (email, name, department, business_unit, capacity_hours_per_week, created_by, organisation_id)
       VALUES ($1, $2, $3, $4, $5, $6, (SELECT organisation_id FROM users WHERE id = $6))
       ON CONFLICT (organisation_id, email) DO NOTHING RETURNING *`,
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
    const rows: unknown[] = await tx.query(
      'SELECT 1 FROM people WHERE email = $1 AND id <> $2 AND organisation_id = (SELECT organisation_id FROM people WHERE id = $2)',
      [email, personId],
    );
    return rows.length > 0;
  }

  update(tx: EntityManager, id: string, version: number, set: PersonChanges) {
    return versionedUpdate<PersonRow & Record<string, unknown>>(tx, { table: 'people', id, version, set, what: 'This person' });
  }

  /** The organisation's person with this email: a signed-in account's own directory entry. */
  async byEmail(organisationId: string, email: string): Promise<PersonRow | undefined> {
    const rows: PersonRow[] = await this.db.query('SELECT * FROM people WHERE organisation_id = $1 AND email = $2', [organisationId, email]);
    return rows[0];
  }

  byIds(ids: readonly string[]): Promise<PersonRow[]> {
    return this.db.query('SELECT * FROM people WHERE id = ANY($1)', [ids]);
  }

  /** True when every id names someone in the directory of the project's organisation. */
  async allInDirectory(tx: EntityManager, projectId: string, personIds: readonly string[]): Promise<boolean> {
    const unique = [...new Set(personIds)];
    if (unique.length === 0) return true;
    const found: { id: string }[] = await tx.query(`SELECT id FROM people WHERE id = ANY($1) AND ${OF_PROJECT('$2')}`, [unique, projectId]);
    return found.length === unique.length;
  }

  /** The people of the project's organisation with any of these emails (emails are stored normalised). */
  byEmails(projectId: string, emails: readonly string[]): Promise<PersonRow[]> {
    return emails.length ? this.db.query(`SELECT * FROM people WHERE email = ANY($1) AND ${OF_PROJECT('$2')}`, [emails, projectId]) : Promise.resolve([]);
  }

  /**
   * What a notification about a change in the project needs to know of where and by whom: the
   * project's organisation and name, and the directory entry of the account making the change
   * (null when it has none), so rules can leave the actor out of what they tell.
   */
  async noticeContext(tx: EntityManager, projectId: string, email: string | null): Promise<NoticeContext> {
    const [row]: { organisation_id: string; name: string; actor_person_id: string | null }[] = await tx.query(
      `SELECT pr.organisation_id, pr.name, (SELECT pe.id FROM people pe WHERE pe.organisation_id = pr.organisation_id AND pe.email = $2) AS actor_person_id
       FROM projects pr WHERE pr.id = $1`,
      [projectId, email === null ? null : normalizeEmail(email)],
    );
    return { organisationId: row.organisation_id, projectId, projectName: row.name, actorPersonId: row.actor_person_id };
  }
}

/** Where a change happened and who made it, for the notifications it raises. */
export interface NoticeContext {
  organisationId: string;
  projectId: string;
  projectName: string;
  actorPersonId: string | null;
}
