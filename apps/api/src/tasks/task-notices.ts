import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { notificationLinks, tasksThatCameTo } from '@crm/domain';

import { ProjectAccess } from '../common/access/project-access';
import { NotificationEvent } from '../notifications/notification-event';
import { NotificationsService } from '../notifications/notifications.service';
import { PeopleRepository } from '../people/people.repository';
import { TeamRepository } from '../team/team.repository';
import { TaskStatus } from './models/task.model';

type OwnedRow = { id: string; title: string; role_id: string; assignee_id: string | null; wave_id?: string | null; status: TaskStatus };

/**
 * TASK_ASSIGNED for tasks whose owner changed in one request (created, edited, changed in bulk):
 * one event per person the tasks came to, in two statements whatever the number of tasks.
 */
@Injectable()
export class TaskNotices {
  constructor(
    private readonly team: TeamRepository,
    private readonly people: PeopleRepository,
    private readonly notifications: NotificationsService,
  ) {}

  async tasksCameTo(tx: EntityManager, changes: readonly { before: OwnedRow | null; after: OwnedRow }[], access: ProjectAccess): Promise<void> {
    if (changes.length === 0) return;
    const roleIds = [...new Set(changes.flatMap((c) => [c.before?.role_id, c.after.role_id]).filter((id): id is string => !!id))];
    // Roles keep their holders during a task change, so one reading serves before and after.
    const holders = new Map((await this.team.primaryHoldersByRoleIds(roleIds, tx, { inWaves: true })).map((h) => [`${h.role_id}:${h.wave_id ?? ''}`, h.person_id]));
    const holderOf = (roleId: string, waveId: string | null) => holders.get(`${roleId}:${waveId ?? ''}`) ?? null;
    const asOwned = (row: OwnedRow) => ({ roleId: row.role_id, assigneeId: row.assignee_id, waveId: row.wave_id ?? null, done: row.status === TaskStatus.DONE });
    const context = await this.people.noticeContext(tx, access.projectId, access.email);
    const cameTo = tasksThatCameTo(
      changes.map((c) => ({ taskId: c.after.id, before: c.before && asOwned(c.before), after: asOwned(c.after) })),
      holderOf,
      holderOf,
      context.actorPersonId,
    );
    if (cameTo.length === 0) return;
    const titleOf = new Map(changes.map((c) => [c.after.id, c.after.title]));
    const events: NotificationEvent[] = cameTo.map(({ personId, taskIds }) => {
      const single = taskIds.length === 1;
      return {
        kind: 'TASK_ASSIGNED',
        organisationId: context.organisationId,
        projectId: access.projectId,
        subject: single ? { type: 'TASK', id: taskIds[0] } : null,
        to: { personIds: [personId] },
        actorUserId: access.userId,
        params: { projectName: context.projectName, count: taskIds.length, ...(single ? { taskId: taskIds[0], taskTitle: titleOf.get(taskIds[0]) ?? '' } : {}) },
        link: single ? notificationLinks.task(access.projectId, taskIds[0]) : notificationLinks.tasksOf(access.projectId, personId),
      };
    });
    await this.notifications.notify(tx, events);
  }
}
