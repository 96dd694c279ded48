import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { MILESTONE_DEFAULT_OWNER_ROLE } from '@crm/domain';

import { DueJob } from '../jobs/job-handler';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { MilestonesRepository } from '../phases/milestones.repository';
import { MilestoneStatus } from '../phases/models/phase.model';
import { ProjectsRepository } from '../projects/projects.repository';
import { TeamRepository } from '../team/team.repository';
import { MilestonePayload, milestoneReminderJobs, REMINDER_JOB } from './reminder-jobs';


/**
 * MILESTONE_DUE (three days before) and MILESTONE_OVERDUE (the morning after, if not done), told
 * to the milestone's owning role. Each job re-reads its milestone: one done, moved or gone since,
 * or in a program archived or removed meanwhile, is told nothing.
 */
@Injectable()
export class MilestoneReminders implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly milestones: MilestonesRepository,
    private readonly projects: ProjectsRepository,
    private readonly team: TeamRepository,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<MilestonePayload, void>(REMINDER_JOB.MILESTONE_DUE, { run: (tx, job) => this.remind(tx, job, 'MILESTONE_DUE') });
    this.jobs.register<MilestonePayload, void>(REMINDER_JOB.MILESTONE_OVERDUE, { run: (tx, job) => this.remind(tx, job, 'MILESTONE_OVERDUE') });
    this.jobs.onRestore('milestones', (tx, ids) => this.reschedule(tx, ids));
  }

  /** Milestones back from the trash get their reminders again (those whose moment is still to come). */
  async reschedule(tx: EntityManager, ids: readonly string[]): Promise<void> {
    const changes = (await this.milestones.byIdsIn(tx, ids)).map((m) => milestoneReminderJobs(m));
    await this.jobs.apply(tx, { schedule: changes.flatMap((c) => c.schedule), cancel: changes.flatMap((c) => c.cancel) });
  }

  private async remind(tx: EntityManager, job: DueJob<MilestonePayload>, kind: 'MILESTONE_DUE' | 'MILESTONE_OVERDUE'): Promise<void> {
    const milestone = await this.milestones.findOrNone(tx, job.payload.milestoneId);
    if (!milestone || milestone.status === MilestoneStatus.DONE || milestone.due_date !== job.payload.dueDate) return;
    const project = await this.projects.activeOrNone(tx, milestone.project_id);
    if (!project) return;
    const roleId = milestone.owner_role_id ?? (await this.team.findRoleId(tx, project.id, MILESTONE_DEFAULT_OWNER_ROLE));
    if (!roleId) return;
    const due = kind === 'MILESTONE_DUE';
    await this.notifications.notify(tx, [
      {
        kind,
        organisationId: project.organisation_id,
        projectId: project.id,
        subject: { type: 'MILESTONE', id: milestone.id },
        to: { roles: [{ projectId: project.id, roleId }] },
        actorUserId: null,
        params: { milestoneName: milestone.name, dueDate: milestone.due_date, programName: project.name },
        link: `/projects/${project.id}/timeline`,
        // Per due date: a milestone moved to a new date is told again, the same date never twice.
        dedupeKey: `${due ? 'milestone-due' : 'milestone-overdue'}:${milestone.id}:${milestone.due_date}`,
      },
    ]);
  }
}
