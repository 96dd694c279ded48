import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface JobRow {
  id: string;
  kind: string;
  key: string;
  run_at: Date;
  payload: Record<string, unknown>;
  attempts: number;
  last_error: string | null;
  revision: number;
  subject_id: string | null;
  organisation_id: string | null;
  project_id: string | null;
  created_at: Date;
}

export interface NewJob {
  kind: string;
  key: string;
  runAt: Date;
  payload: Record<string, unknown>;
  subjectId: string | null;
  organisationId: string | null;
  projectId: string | null;
}

/** The jobs table, and only this file writes it. */
@Injectable()
export class JobsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One job per key (the same key twice in one call is not allowed): scheduling a key again moves it (and starts its attempts over), which is how a
   * reminder follows a due date. `revision` moves on too, so a runner finishing the old schedule
   * does not delete the new one.
   */
  async upsert(tx: EntityManager, jobs: readonly NewJob[], onlyIfAbsent: boolean): Promise<void> {
    if (jobs.length === 0) return;
    await tx.query(
      `INSERT INTO jobs (kind, key, run_at, payload, subject_id, organisation_id, project_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::jsonb[], $5::uuid[], $6::uuid[], $7::uuid[])
       ON CONFLICT (key) DO ${
         onlyIfAbsent
           ? 'NOTHING'
           : `UPDATE SET kind = EXCLUDED.kind, run_at = EXCLUDED.run_at, payload = EXCLUDED.payload, subject_id = EXCLUDED.subject_id,
              organisation_id = EXCLUDED.organisation_id, project_id = EXCLUDED.project_id, attempts = 0, last_error = NULL, revision = jobs.revision + 1`
       }`,
      [
        jobs.map((j) => j.kind),
        jobs.map((j) => j.key),
        jobs.map((j) => j.runAt),
        jobs.map((j) => JSON.stringify(j.payload)),
        jobs.map((j) => j.subjectId),
        jobs.map((j) => j.organisationId),
        jobs.map((j) => j.projectId),
      ],
    );
  }

  async deleteByKeys(tx: EntityManager, keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await tx.query('DELETE FROM jobs WHERE key = ANY($1::text[])', [keys]);
  }

  async deleteOfSubjects(tx: EntityManager, subjectIds: readonly string[]): Promise<void> {
    if (subjectIds.length === 0) return;
    await tx.query('DELETE FROM jobs WHERE subject_id = ANY($1::uuid[])', [subjectIds]);
  }

  /** The next due job to try, unlocked (the runner claims it afterwards); jobs given up or skipped this round are left out. */
  async nextDue(maxAttempts: number, skip: readonly string[]): Promise<JobRow | undefined> {
    const rows: JobRow[] = await this.db.query(
      `SELECT * FROM jobs WHERE run_at <= now() AND attempts < $1 AND NOT (id = ANY($2::uuid[])) ORDER BY run_at, id LIMIT 1`,
      [maxAttempts, skip],
    );
    return rows[0];
  }

  /**
   * The job locked until `tx` ends, if it is still due and still the schedule that was read; SKIP
   * LOCKED lets another runner that holds it go on without this one waiting to run it again.
   */
  async claim(tx: EntityManager, id: string, revision: number, maxAttempts: number): Promise<JobRow | undefined> {
    const rows: JobRow[] = await tx.query(
      'SELECT * FROM jobs WHERE id = $1 AND revision = $2 AND run_at <= now() AND attempts < $3 FOR UPDATE SKIP LOCKED',
      [id, revision, maxAttempts],
    );
    return rows[0];
  }

  /** Done: gone, unless the handler scheduled its key again (then the new schedule stays). */
  async finish(tx: EntityManager, id: string, revision: number): Promise<void> {
    await tx.query('DELETE FROM jobs WHERE id = $1 AND revision = $2', [id, revision]);
  }

  /** A failed run: counted, its error kept, tried again after `delayMs`; a rescheduled job is left as it now is. */
  async recordFailure(id: string, revision: number, error: string, delayMs: number): Promise<JobRow | undefined> {
    const [rows]: [JobRow[], number] = await this.db.query(
      `UPDATE jobs SET attempts = attempts + 1, last_error = $3, run_at = now() + make_interval(secs => $4::double precision / 1000)
        WHERE id = $1 AND revision = $2 RETURNING *`,
      [id, revision, error, delayMs],
    );
    return rows[0];
  }
}
