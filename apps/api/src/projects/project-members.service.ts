import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { membershipChangeRefusal } from '@crm/domain';

import { AuditService } from '../audit/audit.service';
import { ProjectAccess, ProjectPermission } from '../common/access/project-access';
import { inTransaction, serializeWrites } from '../common/database/transaction';
import { forbidden, invalidState, notFound } from '../common/errors/app-error';
import { RemoveProjectMemberInput, UpdateProjectMemberInput } from './dto/project-members.inputs';
import { ProjectMemberModel, ProjectMemberStatus } from './models/project-extras.model';
import { MemberRow, ProjectsRepository } from './projects.repository';

/**
 * Changing and removing the members of a program. A program always keeps an owner: the rule is
 * `membershipChangeRefusal`, and every change takes the program's member turn first, so two owners
 * demoting each other at the same moment cannot both see the other still standing.
 */
@Injectable()
export class ProjectMembersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectsRepository,
    private readonly audit: AuditService,
  ) {}

  update(input: UpdateProjectMemberInput, access: ProjectAccess): Promise<ProjectMemberModel> {
    return this.change(access, input.userId, input.permission, async (tx, target) => {
      if (target.permission === input.permission) return;
      await this.projects.setMember(tx, access.projectId, target.id, input.permission);
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'ProjectMember',
        entityId: target.id,
        action: 'UPDATED',
        actorId: access.userId,
        before: { email: target.email, permission: target.permission },
        after: { email: target.email, permission: input.permission },
      });
    }).then((target) => ({ ...memberOf(target), permission: input.permission }));
  }

  /** Removing yourself is leaving; the removed member's next request answers NOT_FOUND. */
  remove(input: RemoveProjectMemberInput, access: ProjectAccess): Promise<ProjectMemberModel> {
    return this.change(access, input.userId, null, async (tx, target) => {
      await this.projects.removeMember(tx, access.projectId, target.id);
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'ProjectMember',
        entityId: target.id,
        action: target.id === access.userId ? 'LEFT' : 'REMOVED',
        actorId: access.userId,
        before: { email: target.email, permission: target.permission },
        after: null,
      });
    }).then(memberOf);
  }

  /**
   * Takes the program's member turn, then reads the caller and the target again: the permission
   * the guard saw may have changed while this request waited for its turn.
   */
  private change(
    access: ProjectAccess,
    targetId: string,
    to: ProjectPermission | null,
    apply: (tx: EntityManager, target: MemberRow) => Promise<void>,
  ): Promise<MemberRow> {
    return inTransaction(this.db, async (tx) => {
      await serializeWrites(tx, 'project-members', access.projectId);
      const actor = await this.projects.member(tx, access.projectId, access.userId);
      if (!actor) throw notFound('This project');
      const target = targetId === actor.id ? actor : await this.projects.member(tx, access.projectId, targetId);
      if (!target) throw notFound('This member');
      const refusal = membershipChangeRefusal({
        actor: { userId: actor.id, permission: actor.permission },
        target: { userId: target.id, permission: target.permission },
        to,
        ownerCount: await this.projects.ownerCount(tx, access.projectId),
      });
      if (refusal?.reason === 'FORBIDDEN') throw forbidden(refusal.message, { reason: 'OWNER_ONLY' });
      if (refusal) throw invalidState(refusal.message, refusal.reason, {}, { reason: 'LAST_OWNER' });
      await apply(tx, target);
      return target;
    });
  }
}

function memberOf(row: MemberRow): ProjectMemberModel {
  return { user: { id: row.id, email: row.email, name: row.name }, email: row.email, permission: row.permission, status: ProjectMemberStatus.ACTIVE, invitationId: null };
}
