import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { accountMailWords, INVITATION_DAYS, isLanguage, INVITATIONS_PER_MINUTE, invitationExpiresAt, invitationStatus, mayInviteAgain, normalizeEmail, OrganisationRole } from '@crm/domain';

import { AuditService } from '../audit/audit.service';
import { AccountsService } from '../auth/accounts.service';
import { AuthPayloadModel } from '../auth/models/auth-payload.model';
import { OrganisationRoleValue } from '../auth/models/user.model';
import { hashPassword, verifyPassword } from '../auth/password';
import { SessionTokens } from '../auth/session-tokens';
import { AccountRow, UsersRepository } from '../auth/users.repository';
import { ProjectPermission } from '../common/access/project-access';
import { AuthUser } from '../common/auth/current-user';
import { hashToken, newLinkToken } from '../common/auth/link-token';
import { inTransaction, serializeWrites } from '../common/database/transaction';
import { AppError, badUserInput, forbidden, invalidState, notFound, tooManyRequests } from '../common/errors/app-error';
import { MailService } from '../mail/mail.service';
import { AddProjectMemberInput } from '../projects/dto/update-project.input';
import { ProjectMemberModel, ProjectMemberStatus } from '../projects/models/project-extras.model';
import { ProjectsRepository } from '../projects/projects.repository';
import { AcceptInvitationInput, InviteMemberInput } from './dto/invitation.inputs';
import { InvitationRow, InvitationsRepository } from './invitations.repository';
import { InvitationModel, InvitationPreviewModel, toInvitation } from './models/invitation.model';

const MINUTE_MS = 60_000;
/**
 * The one invitation rule: bringing people into the organisation (and, at once, into a program)
 * by a mailed link that works once, for 7 days. An admin invites anyone; a program's owner invites
 * members for their program, and a colleague already in the organisation joins the program at
 * once, without a link. Accepting creates the account and its person record, or links the
 * existing account of the same organisation.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly invitations: InvitationsRepository,
    private readonly users: UsersRepository,
    private readonly accounts: AccountsService,
    private readonly projects: ProjectsRepository,
    private readonly sessions: SessionTokens,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  async invite(input: InviteMemberInput, user: AuthUser): Promise<InvitationModel> {
    return (await this.send(input, user)).invitation;
  }

  /**
   * Sharing a program from its settings page: the same rule as `invite` with a program, answered
   * as a member (ACTIVE when a colleague was added at once, PENDING while a mailed link waits).
   */
  async shareProgram(input: AddProjectMemberInput, user: AuthUser): Promise<ProjectMemberModel> {
    const { invitation, joined } = await this.send({ email: input.email, role: OrganisationRoleValue.MEMBER, projectId: input.projectId, permission: input.permission }, user);
    return joined
      ? { user: { id: joined.id, email: joined.email, name: joined.name }, email: joined.email, permission: input.permission, status: ProjectMemberStatus.ACTIVE, invitationId: null }
      : { user: null, email: invitation.email, permission: input.permission, status: ProjectMemberStatus.PENDING, invitationId: invitation.id };
  }

  /**
   * A colleague (an active account of the inviter's organisation) invited to a program joins it at
   * once: they need no link to reach what their own organisation shares with them, and the
   * invitation is kept as ACCEPTED so the program's history says who added them. Anyone else gets
   * a mailed link; an account of another organisation gets the same answer as an unknown email.
   */
  private async send(input: InviteMemberInput, user: AuthUser): Promise<{ invitation: InvitationModel; joined: AccountRow | null }> {
    const email = normalizeEmail(input.email);
    const permission = input.projectId ? (input.permission ?? ProjectPermission.EDITOR) : null;
    if (!input.projectId && input.permission) throw badUserInput([{ field: 'permission', message: 'A permission goes with a program: name the program too.', code: 'PERMISSION_NEEDS_PROGRAM' }]);
    return inTransaction(this.db, async (tx) => {
      await this.checkMayInvite(tx, input, user);
      await serializeWrites(tx, 'organisation-invitations-sent-by', user.id);
      if (!mayInviteAgain(await this.invitations.countSentSince(tx, user.id, new Date(Date.now() - MINUTE_MS)))) {
        throw tooManyRequests(`You sent ${INVITATIONS_PER_MINUTE} invitations in the last minute. Wait a minute and try again.`, { reason: 'INVITATIONS_PER_MINUTE', max: INVITATIONS_PER_MINUTE });
      }
      const existing = await this.users.accountByEmail(email, tx);
      const colleague = existing && existing.organisationId === user.organisationId ? existing : null;
      if (colleague && !input.projectId) {
        throw invalidState(`${colleague.name} is already a member of your organisation.`, 'ALREADY_MEMBER', {}, { reason: 'ALREADY_MEMBER', person: colleague.name });
      }
      if (colleague && input.projectId) await this.checkMayJoin(tx, colleague, input.projectId);
      const { token, hash } = newLinkToken();
      const id = await this.invitations.upsertPending(tx, {
        organisationId: user.organisationId,
        email,
        role: input.role as OrganisationRole,
        projectId: input.projectId ?? null,
        permission,
        hash,
        expiresAt: invitationExpiresAt(new Date()),
        invitedBy: user.id,
      });
      const row = (await this.invitations.find(tx, id))!;
      if (row.project_id) {
        await this.audit.record(tx, { projectId: row.project_id, entityType: 'Invitation', entityId: row.id, action: 'INVITED', actorId: user.id, after: { email, permission } });
      }
      if (colleague) {
        await this.joinProgram(tx, row, colleague.id, user.id);
        await this.invitations.settle(tx, row.id, 'ACCEPTED', colleague.id);
        return { invitation: toInvitation({ ...row, status: 'ACCEPTED' }), joined: colleague };
      }
      await this.mailInvitation(tx, row, token, user);
      return { invitation: toInvitation(row), joined: null };
    }, { retryOnConstraints: ['organisation_invitations_one_pending'] });
  }

  /** A colleague added at once must be able to use the program, and an owner keeps owning it. */
  private async checkMayJoin(tx: EntityManager, colleague: AccountRow, projectId: string): Promise<void> {
    if (colleague.deactivated) throw invalidState(`${colleague.name}’s account is deactivated. An admin can reactivate it first.`, 'DEACTIVATED', {}, { reason: 'PERSON_DEACTIVATED', person: colleague.name });
    if ((await this.projects.permissionOf(tx, projectId, colleague.id)) === ProjectPermission.OWNER) {
      throw badUserInput([{ field: 'email', message: `${colleague.name} already owns this program.`, code: 'ALREADY_OWNS_PROGRAM', params: { person: colleague.name } }]);
    }
  }

  /** A new link and 7 more days; the old link stops working. */
  async resend(id: string, user: AuthUser): Promise<InvitationModel> {
    return this.db.transaction(async (tx) => {
      const row = await this.invitations.lockInOrganisation(tx, user.organisationId, id);
      if (!row) throw notFound('This invitation');
      await this.checkMayManage(tx, row, user);
      if (row.status !== 'PENDING') throw settled(row);
      const { token, hash } = newLinkToken();
      const expiresAt = invitationExpiresAt(new Date());
      await this.invitations.renewLink(tx, row.id, hash, expiresAt);
      const renewed = { ...row, expires_at: expiresAt, sent_at: new Date() };
      await this.mailInvitation(tx, renewed, token, user);
      return toInvitation(renewed);
    });
  }

  async revoke(id: string, user: AuthUser): Promise<InvitationModel> {
    return this.db.transaction(async (tx) => {
      const row = await this.invitations.lockInOrganisation(tx, user.organisationId, id);
      if (!row) throw notFound('This invitation');
      await this.checkMayManage(tx, row, user);
      if (row.status !== 'PENDING') throw settled(row);
      await this.invitations.settle(tx, row.id, 'REVOKED', null);
      return toInvitation({ ...row, status: 'REVOKED' });
    });
  }

  async list(user: AuthUser): Promise<InvitationModel[]> {
    if (user.organisationRole !== 'ADMIN') throw forbidden('Only an admin of your organisation can see its invitations.', { reason: 'ADMIN_ONLY' });
    const now = new Date();
    return (await this.invitations.ofOrganisation(user.organisationId)).map((row) => toInvitation(row, now));
  }

  /** The program's open invitations, for its owners and the organisation's admins. */
  async ofProgram(projectId: string, permission: ProjectPermission | null, user: AuthUser): Promise<InvitationModel[]> {
    if (user.organisationRole !== 'ADMIN' && permission !== ProjectPermission.OWNER) {
      throw forbidden('Only an owner of this program (or an admin) can see who is invited to it.', { reason: 'OWNER_ONLY' });
    }
    const now = new Date();
    return (await this.invitations.pendingOfProject(user.organisationId, projectId)).map((row) => toInvitation(row, now));
  }

  /** For the holder of the link only: the token is the proof. */
  async preview(token: string): Promise<InvitationPreviewModel> {
    const row = await this.invitations.byHash(hashToken(token));
    if (!row) throw notFound('This invitation link');
    const problem = problemOf(row);
    if (problem) throw problem;
    return {
      organisationName: row.organisation_name,
      email: row.email,
      role: row.role,
      projectId: row.project_id,
      projectName: row.project_name,
      invitedByName: row.invited_by_name,
      expiresAt: row.expires_at,
      accountExists: row.account_exists,
    };
  }

  async accept(input: AcceptInvitationInput): Promise<AuthPayloadModel> {
    const passwordHash = await hashPassword(input.password);
    const account = await inTransaction(this.db, async (tx) => {
      const row = await this.invitations.lockByHash(tx, hashToken(input.token));
      if (!row) throw notFound('This invitation link');
      const problem = problemOf(row);
      if (problem) throw problem;
      let joined = await this.users.accountByEmail(row.email, tx);
      if (joined) {
        if (joined.organisationId !== row.organisation_id) {
          throw invalidState('This email already has an account in another organisation; an account belongs to one organisation.', 'OTHER_ORGANISATION', {}, { reason: 'OTHER_ORGANISATION' });
        }
        if (joined.deactivated) throw invalidState('This account was deactivated. Ask an admin of the organisation.', 'DEACTIVATED', {}, { reason: 'ACCOUNT_DEACTIVATED' });
        const current = await this.users.passwordHashOf(tx, joined.id);
        if (!current || !(await verifyPassword(current, input.password))) {
          throw badUserInput([{ field: 'password', message: 'You already have an account: enter its password to accept.', code: 'PASSWORD_TO_ACCEPT' }]);
        }
      } else {
        joined = await this.accounts.createMember(tx, { organisationId: row.organisation_id, email: row.email, name: input.name.trim(), passwordHash, role: row.role });
        if (!joined) throw invalidState('An account with this email was just created. Open the link again.', 'LINK_USED', {}, { reason: 'ACCOUNT_JUST_CREATED' });
      }
      if (row.project_id && row.permission) await this.joinProgram(tx, row, joined.id, joined.id);
      await this.invitations.settle(tx, row.id, 'ACCEPTED', joined.id);
      return joined;
    });
    return this.sessions.issue(account);
  }

  /** Joins with the invited permission; an owner never loses ownership this way. */
  private async joinProgram(tx: EntityManager, row: InvitationRow, userId: string, actorId: string): Promise<void> {
    const previous = await this.projects.permissionOf(tx, row.project_id!, userId);
    if (previous === ProjectPermission.OWNER) return;
    await this.projects.setMember(tx, row.project_id!, userId, row.permission!);
    await this.audit.record(tx, {
      projectId: row.project_id!,
      entityType: 'ProjectMember',
      entityId: userId,
      action: previous ? 'UPDATED' : 'ADDED',
      actorId,
      before: previous ? { email: row.email, permission: previous } : null,
      after: { email: row.email, permission: row.permission },
    });
  }

  /** Admins invite anyone; a program's owner invites members for that program only. */
  private async checkMayInvite(tx: EntityManager, input: InviteMemberInput, user: AuthUser): Promise<void> {
    if (user.organisationRole === 'ADMIN') {
      if (input.projectId) await this.checkProgramOfOrganisation(tx, input.projectId, user);
      return;
    }
    if (!input.projectId) throw forbidden('Only an admin can invite someone to the organisation alone; a program owner invites for their program.', { reason: 'ADMIN_ONLY' });
    if (input.role !== 'MEMBER') throw forbidden('Only an admin can invite another admin.', { reason: 'ADMIN_ONLY' });
    await this.checkProgramOfOrganisation(tx, input.projectId, user);
    if ((await this.projects.permissionOf(tx, input.projectId, user.id)) !== ProjectPermission.OWNER) {
      throw forbidden('Only an owner of this program (or an admin) can invite people to it.', { reason: 'OWNER_ONLY' });
    }
  }

  private async checkMayManage(tx: EntityManager, row: InvitationRow, user: AuthUser): Promise<void> {
    if (user.organisationRole === 'ADMIN') return;
    if (row.project_id && (await this.projects.permissionOf(tx, row.project_id, user.id)) === ProjectPermission.OWNER) return;
    throw forbidden('Only an admin, or an owner of the invitation’s program, can change it.', { reason: 'OWNER_ONLY' });
  }

  private async checkProgramOfOrganisation(tx: EntityManager, projectId: string, user: AuthUser): Promise<void> {
    const project = await this.projects.find(projectId, tx).catch(() => undefined);
    if (!project || project.organisation_id !== user.organisationId || project['removed_at']) throw notFound('This program');
  }

  private async mailInvitation(tx: EntityManager, row: InvitationRow, token: string, inviter: AuthUser): Promise<void> {
    await this.mail.queue(tx, {
      organisationId: row.organisation_id,
      kind: 'INVITATION',
      to: row.email,
      // The invitee has no account yet, so no language of their own: the inviter's is the best guess
      // (colleagues of one business unit share one), else English.
      ...accountMailWords(isLanguage(inviter.locale) ? inviter.locale : null).invitation({
        inviter: row.invited_by_name,
        organisationName: row.organisation_name,
        projectName: row.project_name,
        permission: row.permission,
        days: INVITATION_DAYS,
        url: this.mail.link('/accept-invitation', { token }),
      }),
    });
  }
}

function problemOf(row: InvitationRow): AppError | undefined {
  const status = invitationStatus(row.status, row.expires_at, new Date());
  if (status === 'ACCEPTED') return invalidState('This invitation was already accepted. Sign in instead.', 'LINK_USED', {}, { reason: 'INVITATION_ACCEPTED' });
  if (status === 'REVOKED') return invalidState('This invitation was withdrawn. Ask whoever invited you for a new one.', 'INVITATION_REVOKED', {}, { reason: 'INVITATION_REVOKED' });
  if (status === 'EXPIRED') return invalidState('This invitation has expired (they last 7 days). Ask whoever invited you to send it again.', 'LINK_EXPIRED', {}, { reason: 'INVITATION_EXPIRED', days: 7 });
  return undefined;
}

function settled(row: InvitationRow): AppError {
  return invalidState(row.status === 'ACCEPTED' ? 'This invitation was already accepted.' : 'This invitation was withdrawn.', row.status, {}, { reason: row.status === 'ACCEPTED' ? 'INVITATION_ACCEPTED' : 'INVITATION_REVOKED' });
}
