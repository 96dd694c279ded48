import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { leavesNoAdmin, OrganisationRole, organisationSlug, reactivationRefusal } from '@crm/domain';

import { AuthUser } from '../common/auth/current-user';
import { inTransaction } from '../common/database/transaction';
import { conflict, invalidState, notFound } from '../common/errors/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ssoCallbackUrl } from '../sso/sso-addresses';
import { TeamService } from '../team/team.service';
import { ReactivateMemberInput, UpdateMemberRoleInput, UpdateOrganisationInput } from './dto/organisation.inputs';
import { MemberRow, OrganisationRow, OrganisationsRepository } from './organisations.repository';
import { OrganisationMemberModel, OrganisationModel } from './models/organisation.model';
import { requireAdmin } from './organisation-access';

export function toMember(row: MemberRow): OrganisationMemberModel {
  return {
    user: { id: row.id, email: row.email, name: row.name, organisationRole: row.organisation_role },
    role: row.organisation_role,
    active: row.deactivated_at === null,
    deactivatedAt: row.deactivated_at,
    joinedAt: row.created_at,
    version: row.version,
  };
}

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organisations: OrganisationsRepository,
    private readonly team: TeamService,
  ) {}

  /** A new organisation for an account that signed up without an invitation. */
  create(tx: EntityManager, name: string): Promise<OrganisationRow> {
    return this.organisations.insert(tx, name, organisationSlug(name));
  }

  toModel(row: OrganisationRow, user: AuthUser): OrganisationModel {
    return {
      id: row.id,
      name: row.name,
      slug: row.slug,
      version: row.version,
      myRole: user.organisationRole,
      passwordSignIn: row.password_sign_in,
      ssoRedirectUrl: ssoCallbackUrl(this.config.publicUrl, row.slug),
      sso:
        row.sso_issuer && row.sso_client_id
          ? {
              issuer: row.sso_issuer,
              clientId: row.sso_client_id,
              allowedDomains: row.sso_allowed_domains,
              signInUrl: `${this.config.publicUrl}/sign-in?organisation=${encodeURIComponent(row.slug)}`,
            }
          : null,
    };
  }

  async mine(user: AuthUser): Promise<OrganisationModel> {
    const row = await this.organisations.find(user.organisationId);
    if (!row) throw notFound('Your organisation');
    return this.toModel(row, user);
  }

  async members(organisationId: string): Promise<OrganisationMemberModel[]> {
    return (await this.organisations.members(organisationId)).map(toMember);
  }

  async rename(input: UpdateOrganisationInput, user: AuthUser): Promise<OrganisationModel> {
    requireAdmin(user);
    const row = await this.db.transaction((tx) => this.organisations.rename(tx, user.organisationId, input.version, input.name.trim()));
    if (!row) throw conflict('Your organisation');
    return this.toModel(row, user);
  }

  async updateRole(input: UpdateMemberRoleInput, user: AuthUser): Promise<OrganisationMemberModel> {
    requireAdmin(user);
    return inTransaction(this.db, async (tx) => {
      const { member, activeAdminIds } = await this.organisations.lockMember(tx, user.organisationId, input.userId);
      if (!member) throw notFound('This member');
      if (input.role === 'MEMBER' && leavesNoAdmin(activeAdminIds, member.id)) throw lastAdmin();
      await this.organisations.setRole(tx, member.id, input.role as OrganisationRole);
      return toMember({ ...member, organisation_role: input.role as OrganisationRole });
    });
  }

  /** Their sessions end at once; their history stays; the roles they held end, so those tasks show as unowned. */
  async deactivate(userId: string, user: AuthUser): Promise<OrganisationMemberModel> {
    requireAdmin(user);
    return inTransaction(this.db, async (tx) => {
      const { member, activeAdminIds } = await this.organisations.lockMember(tx, user.organisationId, userId);
      if (!member) throw notFound('This member');
      if (member.deactivated_at) return toMember(member);
      if (leavesNoAdmin(activeAdminIds, member.id)) throw lastAdmin();
      const deactivated = await this.organisations.deactivate(tx, member.id);
      await this.team.endRolesOfDeactivated(tx, user.organisationId, member.email, user.id);
      return toMember(deactivated);
    });
  }

  /**
   * They may sign in again; their old sessions stay ended. The roles deactivation ended are not
   * given back: who holds what may have changed since, so the program owners assign them again.
   * Nothing of a program changes, so no program's history gets an entry (deactivation's entries
   * are the role assignments it ended).
   */
  async reactivate(input: ReactivateMemberInput, user: AuthUser): Promise<OrganisationMemberModel> {
    requireAdmin(user);
    return inTransaction(this.db, async (tx) => {
      const { member } = await this.organisations.lockMember(tx, user.organisationId, input.userId);
      if (!member) throw notFound('This member');
      const refusal = reactivationRefusal({ deactivatedAt: member.deactivated_at, version: member.version }, input.version);
      if (refusal === 'STALE_VERSION') throw conflict('This member');
      if (refusal === 'NOT_DEACTIVATED') throw invalidState(`${member.name} is not deactivated.`, 'NOT_DEACTIVATED', {}, { reason: 'NOT_DEACTIVATED', person: member.name });
      return toMember(await this.organisations.reactivate(tx, member.id));
    });
  }
}

function lastAdmin() {
  return invalidState('Your organisation needs at least one active admin. Make someone else admin first.', 'LAST_ADMIN', {}, { reason: 'LAST_ADMIN' });
}
