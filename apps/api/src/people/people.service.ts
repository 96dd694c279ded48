import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { normalizeEmail } from '@crm/domain';

import { badUserInput, notFound } from '../common/errors/app-error';
import { CreatePersonInput } from './dto/create-person.input';
import { UpdatePersonInput } from './dto/update-person.input';
import { PersonModel, toPerson } from './models/person.model';
import { PeopleRepository, PersonChanges } from './people.repository';

const EMAIL_TAKEN = [{ field: 'email', message: 'Someone in the directory already has this email.', code: 'EMAIL_TAKEN' as const }];

/**
 * The people directory is shared across projects: allocations are only meaningful when one
 * person's roles in every program add up in one place. Each account sees only the part of it
 * it works with (see PeopleRepository.search).
 */
@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: PeopleRepository,
  ) {}

  /**
   * `createdBy` is the account that may see the person before they join any of its programs.
   * A taken email is refused even when its owner is invisible to the caller; the organisation
   * boundary will stop that telling strangers who is in the directory.
   */
  async create(input: CreatePersonInput, createdBy: string): Promise<PersonModel> {
    const row = await this.people.insert({
      email: normalizeEmail(input.email),
      name: input.name.trim(),
      department: input.department?.trim() || null,
      businessUnit: input.businessUnit?.trim() || null,
      capacityHoursPerWeek: input.capacityHoursPerWeek,
      createdBy,
    });
    if (!row) throw badUserInput(EMAIL_TAKEN);
    return toPerson(row);
  }

  async update(input: UpdatePersonInput, userId: string): Promise<PersonModel> {
    const set: PersonChanges = {};
    if (input.name !== undefined) set.name = input.name.trim();
    if (input.email !== undefined) set.email = normalizeEmail(input.email);
    if (input.department !== undefined) set.department = input.department?.trim() || null;
    if (input.businessUnit !== undefined) set.business_unit = input.businessUnit?.trim() || null;
    if (input.capacityHoursPerWeek !== undefined) set.capacity_hours_per_week = String(input.capacityHoursPerWeek);
    return this.db.transaction(async (tx) => {
      // Someone the caller may not see answers like someone who does not exist.
      if (!(await this.people.isVisibleTo(tx, input.id, userId))) throw notFound('This person');
      if (set.email && (await this.people.emailTakenByOther(tx, set.email, input.id))) throw badUserInput(EMAIL_TAKEN);
      const { after } = await this.people.update(tx, input.id, input.version, set);
      return toPerson(after);
    });
  }

  /** Case-insensitive match on name or email, alphabetical, at most `limit`, among the people the caller may see. */
  async search(search: string | undefined, limit: number, userId: string): Promise<PersonModel[]> {
    const pattern = `%${(search ?? '').trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return (await this.people.search(userId, pattern, limit)).map(toPerson);
  }

  /** The directory entry of a signed-in user, matched by email. */
  async personForEmail(organisationId: string, email: string): Promise<PersonModel | null> {
    const row = await this.people.byEmail(organisationId, normalizeEmail(email));
    return row ? toPerson(row) : null;
  }
}
