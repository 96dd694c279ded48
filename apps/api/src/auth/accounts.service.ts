import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { OrganisationRole } from '@crm/domain';

import { PeopleRepository } from '../people/people.repository';
import { AccountRow, UsersRepository } from './users.repository';

/**
 * Joining an organisation (by invitation or by single sign-on) makes the account and, when the
 * directory has nobody with that email yet, the person record that roles and tasks name.
 */
@Injectable()
export class AccountsService {
  constructor(
    private readonly users: UsersRepository,
    private readonly people: PeopleRepository,
  ) {}

  /** Undefined when an account with this email exists already (anywhere). */
  async createMember(
    tx: EntityManager,
    member: { organisationId: string; email: string; name: string; passwordHash: string | null; role: OrganisationRole },
  ): Promise<AccountRow | undefined> {
    const account = await this.users.insertIfNew(tx, {
      email: member.email,
      name: member.name,
      passwordHash: member.passwordHash,
      organisationId: member.organisationId,
      organisationRole: member.role,
    });
    if (!account) return undefined;
    // ON CONFLICT keeps an existing directory entry (made by someone planning ahead) as it is.
    await this.people.insert({ email: member.email, name: member.name, department: null, businessUnit: null, capacityHoursPerWeek: 40, createdBy: account.id }, tx);
    return account;
  }
}
