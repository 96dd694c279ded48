import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { INVITATIONS_PER_MINUTE, invitationIsOpen, InvitationStatus, mayInviteAgain, normalizeEmail, settledInvitationMessage } from '@crm/domain';

import { AuditService } from '../audit/audit.service';
import { ProjectAccess, ProjectPermission } from '../common/access/project-access';
import { AuthUser } from '../common/auth/current-user';
import { serializeWrites } from '../common/database/transaction';
import { isUuid } from '../common/ids/is-uuid';
import { badUserInput, invalidState, notFound, tooManyRequests } from '../common/errors/app-error';
import { AddProjectMemberInput } from './dto/update-project.input';
import { ProjectMemberModel, ProjectMemberStatus } from './models/project-extras.model';
import { InvitationRow, ProjectInvitationModel, toInvitation } from './models/project-invitation.model';
import { ProjectInvitationsRepository } from './project-invitations.repository';
import { ProjectsRepository } from './projects.repository';

const MINUTE_MS = 60_000;

/**
 * Sharing a project by email. The owner's call never reveals whether the email has an account:
 * it runs the same statements and gives the same answer (a PENDING entry) for a registered and an
 * unknown address, because it never looks the address up among the accounts. The invitee sees the
 * invitation under the email they sign in with, now or after signing up, and becomes a member only
 * by accepting it.
 */
@Injectable()
export class ProjectInvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly invitations: ProjectInvitationsRepository,
    private readonly projects: ProjectsRepository,
    private readonly audit: AuditService,
  ) {}

  async invite(input: AddProjectMemberInput, access: ProjectAccess): Promise<ProjectMemberModel> {
    const email = normalizeEmail(input.email);
    return this.db.transaction(async (tx) => {
      // One sender's invitations take turns, so parallel calls cannot all pass the count at once.
      await serializeWrites(tx, 'invitations-sent-by', access.userId);
      const sent = await this.invitations.countSentSince(tx, access.userId, new Date(Date.now() - MINUTE_MS));
      if (!mayInviteAgain(sent)) {
        throw tooManyRequests(`You sent ${INVITATIONS_PER_MINUTE} invitations in the last minute. Wait a minute and try again.`);
      }
      // Members are visible to everyone in the project, so treating a member's email apart tells
      // the owner nothing new: it changes their permission, as adding a member always did.
      const member = (await this.projects.members(access.projectId, tx)).find((m) => m.email === email);
      if (member) return this.changeMemberPermission(tx, access, member, input.permission);

      const invitation = await this.invitations.upsertPending(tx, { projectId: access.projectId, email, permission: input.permission, invitedBy: access.userId });
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'ProjectInvitation',
        entityId: invitation.id,
        action: invitation.created ? 'INVITED' : 'UPDATED',
        actorId: access.userId,
        before: invitation.previousPermission ? { email, permission: invitation.previousPermission } : null,
        after: { email, permission: input.permission, status: 'PENDING' },
      });
      return { user: null, email, permission: input.permission, status: ProjectMemberStatus.PENDING, invitationId: invitation.id };
    });
  }

  private async changeMemberPermission(
    tx: EntityManager,
    access: ProjectAccess,
    member: { id: string; email: string; name: string; permission: ProjectPermission },
    permission: ProjectPermission,
  ): Promise<ProjectMemberModel> {
    if (member.permission === ProjectPermission.OWNER) throw badUserInput([{ field: 'email', message: 'This person owns the project.' }]);
    await this.projects.setMember(tx, access.projectId, member.id, permission);
    await this.audit.record(tx, {
      projectId: access.projectId,
      entityType: 'ProjectMember',
      entityId: member.id,
      action: 'UPDATED',
      actorId: access.userId,
      before: { email: member.email, permission: member.permission },
      after: { email: member.email, permission },
    });
    return { user: { id: member.id, email: member.email, name: member.name }, email: member.email, permission, status: ProjectMemberStatus.ACTIVE, invitationId: null };
  }

  /** Pending invitations addressed to the signed-in user's email. */
  async mine(user: AuthUser): Promise<ProjectInvitationModel[]> {
    return (await this.invitations.pendingFor(user.organisationId, normalizeEmail(user.email))).map(toInvitation);
  }

  /** Pending invitations of the project. */
  async pendingOf(access: ProjectAccess): Promise<ProjectInvitationModel[]> {
    return (await this.invitations.pendingOf(access.projectId)).map(toInvitation);
  }

  /** The invitee joins with the invited permission; an owner never loses ownership this way. */
  accept(id: string, user: AuthUser): Promise<ProjectInvitationModel> {
    return this.answer(id, user, 'ACCEPTED', async (tx, invitation) => {
      const previous = await this.projects.permissionOf(tx, invitation.project_id, user.id);
      if (previous === ProjectPermission.OWNER) return;
      await this.projects.setMember(tx, invitation.project_id, user.id, invitation.permission);
      await this.audit.record(tx, {
        projectId: invitation.project_id,
        entityType: 'ProjectMember',
        entityId: user.id,
        action: previous ? 'UPDATED' : 'ADDED',
        actorId: user.id,
        before: previous ? { email: invitation.email, permission: previous } : null,
        after: { email: invitation.email, permission: invitation.permission },
      });
    });
  }

  decline(id: string, user: AuthUser): Promise<ProjectInvitationModel> {
    return this.answer(id, user, 'DECLINED');
  }

  /** The guard has checked that the caller owns the invitation's project. */
  revoke(id: string, access: ProjectAccess): Promise<ProjectInvitationModel> {
    return this.db.transaction(async (tx) => {
      const invitation = await this.invitations.find(tx, id);
      if (!invitation || invitation.project_id !== access.projectId) throw notFound('This invitation');
      return this.settle(tx, invitation, 'REVOKED', access.userId);
    });
  }

  /**
   * Only the person the invitation is addressed to may answer it; to anyone else it does not exist,
   * with the same answer as an id that was never issued.
   */
  private answer(
    id: string,
    user: AuthUser,
    status: InvitationStatus,
    alsoDo?: (tx: EntityManager, invitation: InvitationRow) => Promise<void>,
  ): Promise<ProjectInvitationModel> {
    return this.db.transaction(async (tx) => {
      const invitation = isUuid(id) ? await this.invitations.find(tx, id) : undefined;
      // An invitation never crosses the organisation boundary: to an account of another organisation it does not exist.
      if (!invitation || invitation.email !== normalizeEmail(user.email) || invitation.organisation_id !== user.organisationId) throw notFound('This invitation');
      if (!invitationIsOpen(invitation.status)) throw invalidState(settledInvitationMessage(invitation.status), invitation.status);
      if (alsoDo) await alsoDo(tx, invitation);
      return this.settle(tx, invitation, status, user.id);
    });
  }

  private async settle(tx: EntityManager, invitation: InvitationRow, status: InvitationStatus, actorId: string): Promise<ProjectInvitationModel> {
    if (!invitationIsOpen(invitation.status)) throw invalidState(settledInvitationMessage(invitation.status), invitation.status);
    await this.invitations.settle(tx, invitation.id, status);
    await this.audit.record(tx, {
      projectId: invitation.project_id,
      entityType: 'ProjectInvitation',
      entityId: invitation.id,
      action: status,
      actorId,
      before: { email: invitation.email, permission: invitation.permission, status: invitation.status },
      after: { email: invitation.email, permission: invitation.permission, status },
    });
    return toInvitation({ ...invitation, status });
  }
}
