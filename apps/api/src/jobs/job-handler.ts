import { EntityManager } from 'typeorm';

/** A due job as its handler sees it. */
export interface DueJob<P = Record<string, unknown>> {
  id: string;
  kind: string;
  key: string;
  runAt: Date;
  payload: P;
  attempts: number;
  organisationId: string | null;
  projectId: string | null;
}

/**
 * What runs a kind of job. `run` gets the transaction the job was claimed in: what it writes and
 * the job's deletion commit together, or neither. `prepare`, when given, reads before the claim,
 * outside any transaction, for reads through services that use their own connection (the
 * embedded database serves one transaction at a time, so such a read inside `run` would wait
 * for ever); what it returns is handed to `run`.
 */
export interface JobHandler<P = Record<string, unknown>, R = unknown> {
  prepare?(job: DueJob<P>): Promise<R>;
  run(tx: EntityManager, job: DueJob<P>, prepared: R): Promise<void>;
}

/** A job to schedule: `key` names what it is about, so scheduling it again moves it. */
export interface JobRequest {
  kind: string;
  key: string;
  runAt: Date;
  payload?: Record<string, unknown>;
  /** The record the job is about: removing it to the trash deletes the job. */
  subjectId?: string | null;
  organisationId?: string | null;
  projectId?: string | null;
}
