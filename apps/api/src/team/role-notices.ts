import { forwardRef, Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { notificationLinks, primaryHolder, roleNotices, roleTasksCameTo } from '@crm/domain';

import { ProjectAccess } from '../common/access/project-access';
import { NotificationEvent } from '../notifications/notification-event';
import { NotificationsService } from '../notifications/notifications.service';
import { PeopleRepository } from '../people/people.repository';
import { TasksRepository } from '../tasks/tasks.repository';
import { RoleRow } from './models/role.model';
import { TeamRepository } from './team.repository';

/**
 * Tells people what a change to a role's holders did to them: ROLE_GIVEN / ROLE_TAKEN to each
 * holder who gained, lost, took or left the primary place, and one TASK_ASSIGNED summary to a new
 * primary holder for the open tasks that follow the role. The role's holders are read before and
 * after the change, in its transaction (the caller holds the role's writing turn).
 */
@Injectable()
export class RoleNotices {
  constructor(
    private readonly team: TeamRepository,
    private readonly people: PeopleRepository,
    @Inject(forwardRef(() => TasksRepository)) private readonly tasks: TasksRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /** `waveId` names the wave whose holders change; null for the program-wide holders. */
  async watch<T>(tx: EntityManager, role: RoleRow, access: ProjectAccess, change: () => Promise<T>, waveId: string | null = null): Promise<T> {
    const before = await this.holdings(tx, role.id, waveId);
    const result = await change();
    const after = await this.holdings(tx, role.id, waveId);
    const context = await this.people.noticeContext(tx, access.projectId, access.email);
    const notices = roleNotices(before, after, context.actorPersonId);
    const holderBefore = primaryHolder(before);
    const holderAfter = primaryHolder(after);
    const openFollowingTasks = holderAfter && holderAfter !== holderBefore ? await this.tasks.openFollowingRoleCount(tx, role.id, waveId) : 0;
    const summary = roleTasksCameTo({ holderBefore, holderAfter, openFollowingTasks }, context.actorPersonId);
    const common = { organisationId: context.organisationId, projectId: access.projectId, actorUserId: access.userId };
    const params = { projectName: context.projectName, roleKey: role.key, roleName: role.name };
    const events: NotificationEvent[] = notices.map((notice) => ({
      ...common,
      kind: notice.kind,
      subject: { type: 'PROJECT', id: access.projectId },
      to: { personIds: [notice.personId] },
      params: { ...params, change: notice.change, primary: notice.primary },
      link: notificationLinks.team(access.projectId),
    }));
    if (summary) {
      events.push({
        ...common,
        kind: 'TASK_ASSIGNED',
        subject: { type: 'PROJECT', id: access.projectId },
        to: { personIds: [summary.personId] },
        params: { ...params, count: summary.count },
        link: notificationLinks.tasksOf(access.projectId, summary.personId),
      });
    }
    if (events.length > 0) await this.notifications.notify(tx, events);
    return result;
  }

  private async holdings(tx: EntityManager, roleId: string, waveId: string | null) {
    return (await this.team.assignmentsOfRoleForUpdate(tx, roleId))
      .filter((a) => (a.wave_id ?? null) === waveId)
      .map((a) => ({ personId: a.person_id, primary: a.is_primary }));
  }
}
