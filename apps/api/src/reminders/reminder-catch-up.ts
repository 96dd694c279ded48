import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { addDays, todayIso } from '@crm/domain';

import { JobsService } from '../jobs/jobs.service';
import { MilestonesRepository } from '../phases/milestones.repository';
import { ProjectsRepository } from '../projects/projects.repository';
import { TrainingRepository } from '../training/training.repository';
import { milestoneReminderJobs, sessionReminderJobs, weeklyStatusJob } from './reminder-jobs';

/**
 * At startup, schedules the reminders of milestones, sessions and programs that have none: data
 * from before reminders existed, the demo seed, rows written by bulk SQL. By key and only where no
 * job waits, so it is idempotent and never moves a job the areas scheduled (a retry's backoff
 * stays); reminders whose moment has passed are not scheduled, so a restart tells nobody twice.
 */
@Injectable()
export class ReminderCatchUp implements OnApplicationBootstrap {
  private readonly logger = new Logger('Reminders');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly milestones: MilestonesRepository,
    private readonly training: TrainingRepository,
    private readonly projects: ProjectsRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.catchUp();
    } catch (error) {
      // A database that is not there yet must not stop the app; the next start tries again.
      this.logger.warn(`Reminders not caught up: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  catchUp(now: Date = new Date()): Promise<void> {
    return this.db.transaction(async (tx) => {
      // The day before yesterday still has its "overdue" morning ahead in zones behind UTC.
      const milestones = await this.milestones.openDueFrom(tx, addDays(todayIso(now), -2));
      const sessions = await this.training.scheduledFrom(tx, now);
      const projects = await this.projects.allForReminders(tx);
      const jobs = [
        ...milestones.flatMap((m) => milestoneReminderJobs(m, now).schedule),
        ...sessions.flatMap((s) => sessionReminderJobs(s, now).schedule),
        ...projects.map((p) => weeklyStatusJob(p, now)),
      ];
      await this.jobs.scheduleMany(tx, jobs, { onlyIfAbsent: true });
    });
  }
}
