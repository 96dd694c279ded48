import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { localDate, localTime } from '@crm/domain';

import { DueJob } from '../jobs/job-handler';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ProjectsRepository } from '../projects/projects.repository';
import { RolloutRepository } from '../rollout/rollout.repository';
import { SessionStatus } from '../training/models/training.model';
import { calendarOf, sessionEvent, waveCalendarName } from '../training/session-calendar';
import { TrainingRepository } from '../training/training.repository';
import { REMINDER_JOB, SessionPayload, sessionReminderJobs } from './reminder-jobs';

/**
 * SESSION_TOMORROW, a day before a training session, to its trainer and everyone on its roster
 * who was not excused, with the session as an .ics file. A session moved, cancelled or gone since
 * the job was scheduled is told nothing (its own job, moved or cancelled, does the telling).
 */
@Injectable()
export class SessionReminders implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly training: TrainingRepository,
    private readonly waves: RolloutRepository,
    private readonly projects: ProjectsRepository,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<SessionPayload, void>(REMINDER_JOB.SESSION_TOMORROW, { run: (tx, job) => this.remind(tx, job) });
    this.jobs.onRestore('training_sessions', (tx, ids) => this.reschedule(tx, ids));
  }

  async reschedule(tx: EntityManager, ids: readonly string[]): Promise<void> {
    const changes = (await this.training.byIdsIn(tx, ids)).map((s) => sessionReminderJobs(s));
    await this.jobs.apply(tx, { schedule: changes.flatMap((c) => c.schedule), cancel: changes.flatMap((c) => c.cancel) });
  }

  private async remind(tx: EntityManager, job: DueJob<SessionPayload>): Promise<void> {
    const session = await this.training.withTrainerName(tx, job.payload.sessionId);
    if (!session || session.status !== SessionStatus.SCHEDULED || new Date(session.starts_at).toISOString() !== job.payload.startsAt) return;
    const project = await this.projects.activeOrNone(tx, session.project_id);
    if (!project) return;
    const wave = await this.waves.find(tx, session.wave_id);
    const invited = await this.training.expectedPersonIds(tx, session.id);
    const localStart = `${localDate(session.starts_at, session.time_zone)} ${localTime(session.starts_at, session.time_zone)}`;
    await this.notifications.notify(tx, [
      {
        kind: 'SESSION_TOMORROW',
        organisationId: project.organisation_id,
        projectId: project.id,
        subject: { type: 'TRAINING_SESSION', id: session.id },
        to: { personIds: [...new Set([session.trainer_id, ...invited])] },
        actorUserId: null,
        params: {
          topic: session.topic,
          waveName: wave.name,
          startsAt: new Date(session.starts_at).toISOString(),
          timeZone: session.time_zone,
          localStart,
          durationMinutes: session.duration_minutes,
          location: session.location || null,
          trainer: session.trainer,
        },
        link: `/projects/${project.id}/training`,
        attachments: (language) => [
          {
            filename: 'training-session.ics',
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
            content: calendarOf([sessionEvent(session, wave.name, language)], waveCalendarName(wave.name, language)),
          },
        ],
        dedupeKey: `session-tomorrow:${session.id}:${new Date(session.starts_at).toISOString()}`,
      },
    ]);
  }
}
