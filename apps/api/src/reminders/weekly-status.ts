import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { localDate, DEFAULT_REMINDER_ZONE, Message, MessageCode, weeklyStatus } from '@crm/domain';

import { HealthService } from '../health/health.service';
import { DueJob } from '../jobs/job-handler';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { MilestonesRepository } from '../phases/milestones.repository';
import { MilestoneStatus } from '../phases/models/phase.model';
import { ProjectsRepository } from '../projects/projects.repository';
import { TeamRepository } from '../team/team.repository';
import { REMINDER_JOB, weeklyStatusJob } from './reminder-jobs';

const SPONSOR_ROLE = 'EXECUTIVE_SPONSOR';

interface WeeklyPayload {
  projectId: string;
}

interface WeeklyFacts {
  health: { status: 'GREEN' | 'AMBER' | 'RED'; reasons: Message[] };
  milestones: { name: string; dueDate: string; done: boolean }[];
}

/**
 * WEEKLY_STATUS, Monday morning, to the program's sponsor: the health page's colour and reasons
 * (HealthService, the same rule and figures), the open milestones due soon and how many are late.
 * Each run schedules the next Monday's, so a program has one such job as long as it exists; an
 * archived or removed program skips its Mondays but keeps the job, so unarchiving or restoring
 * needs nothing.
 */
@Injectable()
export class WeeklyStatus implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly health: HealthService,
    private readonly milestones: MilestonesRepository,
    private readonly projects: ProjectsRepository,
    private readonly team: TeamRepository,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<WeeklyPayload, WeeklyFacts>(REMINDER_JOB.WEEKLY_STATUS, {
      // HealthService reads on its own connections: before the claim, as the embedded database serves one transaction at a time.
      prepare: (job) => this.facts(job.payload.projectId),
      run: (tx, job, facts) => this.tell(tx, job, facts),
    });
  }

  private async facts(projectId: string): Promise<WeeklyFacts> {
    const [[health], milestones] = await Promise.all([this.health.healthOfProjects([projectId]), this.milestones.byProjects([projectId])]);
    return {
      // As messages, so that each sponsor reads the reasons in their own language.
      health: { status: health.status, reasons: health.reasonMessages.map((m) => ({ code: m.code as MessageCode, params: Object.fromEntries(m.params.map((p) => [p.name, p.value])) })) },
      milestones: milestones.map((m) => ({ name: m.name, dueDate: m.due_date, done: m.status === MilestoneStatus.DONE })),
    };
  }

  private async tell(tx: EntityManager, job: DueJob<WeeklyPayload>, facts: WeeklyFacts): Promise<void> {
    const project = await this.projects.activeOrNone(tx, job.payload.projectId);
    const now = new Date();
    if (project) {
      const today = localDate(now, DEFAULT_REMINDER_ZONE);
      const status = weeklyStatus({ milestones: facts.milestones, today });
      const sponsorRoleId = await this.team.findRoleId(tx, project.id, SPONSOR_ROLE);
      if (sponsorRoleId) {
        await this.notifications.notify(tx, [
          {
            kind: 'WEEKLY_STATUS',
            organisationId: project.organisation_id,
            projectId: project.id,
            subject: { type: 'PROJECT', id: project.id },
            to: { roles: [{ projectId: project.id, roleId: sponsorRoleId }] },
            actorUserId: null,
            params: {
              programName: project.name,
              health: facts.health.status,
              overdueCount: status.overdueCount,
              dueSoonCount: status.dueSoon.length,
              week: today,
              reasons: facts.health.reasons,
              dueSoon: status.dueSoon,
            },
            link: `/projects/${project.id}/health`,
            dedupeKey: `weekly-status:${project.id}:${today}`,
          },
        ]);
      }
    }
    // The next Monday's, by this program's key: the runner then keeps the moved job instead of deleting it.
    const stillThere = project ?? (await this.projects.find(job.payload.projectId, tx).catch(() => undefined));
    if (stillThere) await this.jobs.schedule(tx, weeklyStatusJob(stillThere, now));
  }
}
