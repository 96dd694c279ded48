import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { afterCommit } from '../common/database/after-commit';
import { JobHandler, JobRequest } from './job-handler';
import { JobsRepository } from './jobs.repository';

type RestoreListener = (tx: EntityManager, ids: readonly string[]) => Promise<void>;

/**
 * Durable jobs in PostgreSQL. Areas schedule and cancel inside the transaction of the change that
 * asks for it, so a refused request schedules nothing; the runner (job-runner.ts) runs each due
 * job once across replicas. Handlers and restore listeners register per kind and per table when
 * their module starts.
 */
@Injectable()
export class JobsService {
  private readonly handlers = new Map<string, JobHandler<any, any>>();
  private readonly restoreListeners = new Map<string, RestoreListener[]>();
  private wake: (() => void) | undefined;

  constructor(private readonly jobs: JobsRepository) {}

  /** Schedules the job, or moves the one with the same key (its attempts start over). */
  schedule(tx: EntityManager, job: JobRequest): Promise<void> {
    return this.scheduleMany(tx, [job]);
  }

  /** Several at once, in one statement (a program made from the template has a dozen milestones). */
  async scheduleMany(tx: EntityManager, jobs: readonly JobRequest[], options: { onlyIfAbsent?: boolean } = {}): Promise<void> {
    await this.jobs.upsert(tx, jobs.map(toNewJob), options.onlyIfAbsent ?? false);
    const now = Date.now();
    if (this.wake && jobs.some((j) => j.runAt.getTime() <= now)) afterCommit(tx, this.wake);
  }

  cancel(tx: EntityManager, key: string): Promise<void> {
    return this.jobs.deleteByKeys(tx, [key]);
  }

  /** A record's jobs as they should now be: scheduled (or moved) and cancelled in one go. */
  async apply(tx: EntityManager, change: { schedule: readonly JobRequest[]; cancel: readonly string[] }): Promise<void> {
    await this.jobs.deleteByKeys(tx, change.cancel);
    await this.scheduleMany(tx, change.schedule);
  }

  /**
   * Records removed to the trash take their jobs along, deleted rather than kept in the trash
   * entry: a job's moment may pass while the record is away, so a restore schedules anew instead.
   */
  subjectsRemoved(tx: EntityManager, ids: readonly string[]): Promise<void> {
    return this.jobs.deleteOfSubjects(tx, ids);
  }

  /** Rows of `table` came back from the trash: whoever schedules jobs about them does so again. */
  async subjectsRestored(tx: EntityManager, table: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    for (const listener of this.restoreListeners.get(table) ?? []) await listener(tx, ids);
  }

  register<P, R>(kind: string, handler: JobHandler<P, R>): void {
    if (this.handlers.has(kind)) throw new Error(`A handler for ${kind} jobs is registered twice`);
    this.handlers.set(kind, handler);
  }

  onRestore(table: string, listener: RestoreListener): void {
    this.restoreListeners.set(table, [...(this.restoreListeners.get(table) ?? []), listener]);
  }

  handlerOf(kind: string): JobHandler<any, any> | undefined {
    return this.handlers.get(kind);
  }

  /** The runner asks to be told when a job due now was committed. */
  whenDue(wake: () => void): void {
    this.wake = wake;
  }
}

function toNewJob(job: JobRequest) {
  return {
    kind: job.kind,
    key: job.key,
    runAt: job.runAt,
    payload: job.payload ?? {},
    subjectId: job.subjectId ?? null,
    organisationId: job.organisationId ?? null,
    projectId: job.projectId ?? null,
  };
}
