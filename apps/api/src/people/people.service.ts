import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { normalizeEmail } from '@crm/domain';

import { versionedUpdate } from '../common/database/versioned-update';
import { badUserInput } from '../common/errors/app-error';
import { CreatePersonInput } from './dto/create-person.input';
import { UpdatePersonInput } from './dto/update-person.input';
import { PersonModel, PersonRow, toPerson } from './models/person.model';

const EMAIL_TAKEN = [{ field: 'email', message: 'Someone in the directory already has this email.' }];

/**
 * The people directory is shared across projects: allocations are only meaningful when one
 * person's roles in every program add up in one place.
 */
@Injectable()
export class PeopleService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(input: CreatePersonInput): Promise<PersonModel> {
    const rows: PersonRow[] = await this.db.query(
      `INSERT INTO people (email, name, department, business_unit, capacity_hours_per_week)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (email) DO NOTHING RETURNING *`,
      [normalizeEmail(input.email), input.name.trim(), input.department?.trim() || null, input.businessUnit?.trim() || null, input.capacityHoursPerWeek],
    );
    if (!rows[0]) throw badUserInput(EMAIL_TAKEN);
    return toPerson(rows[0]);
  }

  async update(input: UpdatePersonInput): Promise<PersonModel> {
    const set: Record<string, unknown> = {};
    if (input.name !== undefined) set['name'] = input.name.trim();
    if (input.email !== undefined) set['email'] = normalizeEmail(input.email);
    if (input.department !== undefined) set['department'] = input.department?.trim() || null;
    if (input.businessUnit !== undefined) set['business_unit'] = input.businessUnit?.trim() || null;
    if (input.capacityHoursPerWeek !== undefined) set['capacity_hours_per_week'] = input.capacityHoursPerWeek;
    return this.db.transaction(async (tx) => {
      if (set['email']) {
        const taken = await tx.query('SELECT 1 FROM people WHERE email = $1 AND id <> $2', [set['email'], input.id]);
        if (taken.length > 0) throw badUserInput(EMAIL_TAKEN);
      }
      const { after } = await versionedUpdate<PersonRow & Record<string, unknown>>(tx, {
        table: 'people',
        id: input.id,
        version: input.version,
        set,
        what: 'This person',
      });
      return toPerson(after);
    });
  }

  /** Case-insensitive match on name or email, alphabetical, at most `limit`. */
  async search(search: string | undefined, limit: number): Promise<PersonModel[]> {
    const pattern = `%${(search ?? '').trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows: PersonRow[] = await this.db.query(
      `SELECT * FROM people WHERE lower(name) LIKE $1 OR email LIKE $1 ORDER BY lower(name), email LIMIT $2`,
      [pattern, limit],
    );
    return rows.map(toPerson);
  }

  /** The directory entry of a signed-in user, matched by email. */
  async personForEmail(email: string): Promise<PersonModel | null> {
    const rows: PersonRow[] = await this.db.query('SELECT * FROM people WHERE email = $1', [normalizeEmail(email)]);
    return rows[0] ? toPerson(rows[0]) : null;
  }
}
