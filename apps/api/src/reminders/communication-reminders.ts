import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { COMMUNICATION_DEFAULT_OWNER_ROLE } from '@crm/domain';

import { CommunicationsRepository } from '../communications/communications.repository';
import { CommunicationsService } from '../communications/communications.service';
import { DueJob } from '../jobs/job-handler';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ProjectsRepository } from '../projects/projects.repository';
import { RolloutRepository } from '../rollout/rollout.repository';
import { TeamRepository } from '../team/team.repository';
import { CommunicationPayload, REMINDER_JOB } from './reminder-jobs';

/**
 * COMMUNICATION_DUE (the morning of a message's day) and COMMUNICATION_OVERDUE (the morning
 * after, if it is still planned), told to the role that sends it, or to the communications lead
 * when that role is gone. Each job re-reads its message: one sent, skipped, moved or removed
 * since, or in a program archived or removed meanwhile, is told nothing.
 */
@Injectable()
export class CommunicationReminders implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly communications: CommunicationsRepository,
    private readonly plans: CommunicationsService,
    private readonly waves: RolloutRepository,
    private readonly projects: ProjectsRepository,
    private readonly team: TeamRepository,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<CommunicationPayload, void>(REMINDER_JOB.COMMUNICATION_DUE, { run: (tx, job) => this.remind(tx, job, 'COMMUNICATION_DUE') });
    this.jobs.register<CommunicationPayload, void>(REMINDER_JOB.COMMUNICATION_OVERDUE, { run: (tx, job) => this.remind(tx, job, 'COMMUNICATION_OVERDUE') });
    this.jobs.onRestore('communications', (tx, ids) => this.plans.reschedule(tx, ids));
  }

  private async remind(tx: EntityManager, job: DueJob<CommunicationPayload>, kind: 'COMMUNICATION_DUE' | 'COMMUNICATION_OVERDUE'): Promise<void> {
    const message = await this.communications.findOrNone(tx, job.payload.communicationId);
    if (!message || message.status !== 'PLANNED' || message.planned_on !== job.payload.plannedOn) return;
    const project = await this.projects.activeOrNone(tx, message.project_id);
    if (!project) return;
    const wave = await this.waves.findOrNone(message.wave_id, tx);
    if (!wave) return;
    const roleId = message.owner_role_id ?? (await this.team.findRoleId(tx, project.id, COMMUNICATION_DEFAULT_OWNER_ROLE));
    if (!roleId) return;
    const due = kind === 'COMMUNICATION_DUE';
    await this.notifications.notify(tx, [
      {
        kind,
        organisationId: project.organisation_id,
        projectId: project.id,
        subject: { type: 'COMMUNICATION', id: message.id },
        to: { roles: [{ projectId: project.id, roleId }] },
        actorUserId: null,
        params: { title: message.title, waveName: wave.name, plannedOn: message.planned_on, channel: message.channel, programName: project.name, offsetDays: message.offset_days },
        link: `/projects/${project.id}/rollout?wave=${wave.id}&view=communications`,
        // Per planned day: a message moved to a new day is told again, the same day never twice.
        dedupeKey: `${due ? 'communication-due' : 'communication-overdue'}:${message.id}:${message.planned_on}`,
      },
    ]);
  }
}
