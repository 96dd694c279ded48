import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { JOB_MAX_ATTEMPTS, jobRetryDelayMs } from '@crm/domain';

import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DueJob } from './job-handler';
import { JobRow, JobsRepository } from './jobs.repository';
import { JobsService } from './jobs.service';

/**
 * Runs due jobs, one at a time, each in the transaction that claimed it (FOR UPDATE SKIP LOCKED)
 * and that deletes it: with several replicas on one database a job runs once, and a job is a
 * row, so a restart loses none. A handler that throws rolls its work back; the failure is then
 * counted in a second, short transaction and the job tried again later (jobRetryDelayMs), until
 * JOB_MAX_ATTEMPTS, when it is kept with its last error and logged.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private running: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsRepository,
    private readonly service: JobsService,
  ) {}

  onApplicationBootstrap(): void {
    this.service.whenDue(() => setImmediate(() => this.kick()));
    this.kick();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Runs what is due now; resolves when the round is over (tests wait on it). */
  runDue(): Promise<void> {
    this.kick();
    return this.running ?? Promise.resolve();
  }

  private kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.round().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.kick();
      } else this.poll();
    });
  }

  private poll(): void {
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.kick();
    }, this.config.jobPollMs);
    this.timer.unref();
  }

  private async round(): Promise<void> {
    // Jobs another runner holds, or that failed in this round, wait for the next round.
    const skip: string[] = [];
    try {
      while (!this.stopped) {
        const due = await this.jobs.nextDue(JOB_MAX_ATTEMPTS, skip);
        if (!due) return;
        skip.push(due.id);
        await this.runOne(due);
      }
    } catch (error) {
      // The database went away, or the app is closing: the next poll tries again.
      this.logger.warn(`Jobs paused: ${messageOf(error)}`);
    }
  }

  private async runOne(row: JobRow): Promise<void> {
    const handler = this.service.handlerOf(row.kind);
    try {
      if (!handler) throw new Error(`No handler for ${row.kind} jobs`);
      const prepared = handler.prepare ? await handler.prepare(toDueJob(row)) : undefined;
      await this.db.transaction(async (tx) => {
        const claimed = await this.jobs.claim(tx, row.id, row.revision, JOB_MAX_ATTEMPTS);
        if (!claimed) return; // another runner has it, it ran, or it was moved meanwhile
        await handler.run(tx, toDueJob(claimed), prepared);
        await this.jobs.finish(tx, claimed.id, claimed.revision);
      });
    } catch (error) {
      const message = messageOf(error).slice(0, 1000);
      const failed = await this.jobs.recordFailure(row.id, row.revision, message, jobRetryDelayMs(row.attempts + 1));
      if (!failed) return;
      if (failed.attempts >= JOB_MAX_ATTEMPTS) this.logger.error(`Job ${failed.key} given up after ${failed.attempts} attempts: ${message}`);
      else this.logger.warn(`Job ${failed.key} failed (attempt ${failed.attempts}), tried again later: ${message}`);
    }
  }
}

function toDueJob(row: JobRow): DueJob {
  return {
    id: row.id,
    kind: row.kind,
    key: row.key,
    runAt: row.run_at,
    payload: row.payload,
    attempts: row.attempts,
    organisationId: row.organisation_id,
    projectId: row.project_id,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
