import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import type { Message } from '@crm/domain';

import { versionedUpdate } from '../common/database/versioned-update';
import { notFound } from '../common/errors/app-error';
import { PersonRow } from '../people/models/person.model';
import { AttendanceStatus, SessionRow, SessionStatus } from './models/training.model';

/** What a new session is made of; the database fills in id, status, version. */
export interface NewSession {
  projectId: string;
  waveId: string;
  topic: string;
  startsAt: Date;
  timeZone: string;
  durationMinutes: number;
  trainerId: string;
  audience: string;
  location: string;
  retraining: boolean;
}

/** Column → value for an update; only the columns given change. */
export type SessionChanges = Partial<Pick<SessionRow, 'topic' | 'starts_at' | 'time_zone' | 'duration_minutes' | 'trainer_id' | 'location' | 'status' | 'cancel_reason'>>;

/** A session as cadence rules see it. */
export interface SessionTime {
  wave_id: string;
  starts_at: Date;
  time_zone: string;
  trainer_id: string;
  /** A catch-up session, which does not count toward the wave's cadence. */
  retraining: boolean;
}

/** One attendance entry with what re-training needs to know about its session. */
export interface WaveAttendance {
  wave_id: string;
  session_id: string;
  person_id: string;
  status: AttendanceStatus;
  /** The session has ended: only then can someone have missed it. */
  past: boolean;
  starts_at: Date;
  /** Attending a catch-up session takes the person off the re-training list. */
  retraining: boolean;
}

export interface WaveUsageReview {
  wave_id: string;
  person_id: string | null;
  business_unit: string | null;
  active: boolean;
  reviewed_on: string;
  note: string | null;
  note_message: Message | null;
}

export interface NewUsageReview {
  waveId: string;
  personId: string | null;
  businessUnit: string | null;
  active: boolean;
  /** In English; with `noteMessage` when the product wrote it, so readers get it in their language. */
  note: string;
  noteMessage?: Message | null;
  reviewedOn: string;
  createdBy: string;
}

export interface AttendanceExportRow {
  topic: string;
  starts_at: Date;
  time_zone: string;
  name: string;
  email: string;
  status: string;
}

export const NOT_CANCELLED = `status <> '${SessionStatus.CANCELLED}'`;

/**
 * The training_sessions, session_materials, attendance and usage_reviews tables, and the users'
 * calendar feed tokens; only this file writes them. Reads for many waves take one statement
 * whatever the number of waves, so the health page costs the same for one wave or ten.
 */
@Injectable()
export class TrainingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // Sessions

  byWave(waveId: string): Promise<SessionRow[]> {
    return this.db.query('SELECT * FROM training_sessions WHERE wave_id = $1 ORDER BY starts_at', [waveId]);
  }

  /** A project's sessions within [from, to) when given, at most `limit`. */
  byProject(projectId: string, from: Date | null, to: Date | null, limit: number): Promise<SessionRow[]> {
    return this.db.query(
      `SELECT * FROM training_sessions WHERE project_id = $1 AND ($2::timestamptz IS NULL OR starts_at >= $2) AND ($3::timestamptz IS NULL OR starts_at < $3)
       ORDER BY starts_at LIMIT $4`,
      [projectId, from, to, limit],
    );
  }

  /** Sessions that were not cancelled, of many waves in one statement, in time order. */
  heldOrPlannedOfWaves(waveIds: readonly string[]): Promise<SessionTime[]> {
    return this.db.query(`SELECT wave_id, starts_at, time_zone, trainer_id, retraining FROM training_sessions WHERE wave_id = ANY($1) AND ${NOT_CANCELLED} ORDER BY starts_at`, [waveIds]);
  }

  /** The trainer's sessions in other waves, which a new session of this wave should not collide with. */
  trainerBusyElsewhere(trainerId: string, waveId: string): Promise<{ starts_at: Date; time_zone: string }[]> {
    return this.db.query(`SELECT starts_at, time_zone FROM training_sessions WHERE trainer_id = $1 AND wave_id <> $2 AND ${NOT_CANCELLED}`, [trainerId, waveId]);
  }

  /** A wave's sessions with their trainer's name, for the calendar feed. */
  withTrainerNames(waveId: string): Promise<(SessionRow & { trainer: string })[]> {
    return this.db.query(
      'SELECT s.*, p.name AS trainer FROM training_sessions s JOIN people p ON p.id = s.trainer_id WHERE s.wave_id = $1 ORDER BY s.starts_at',
      [waveId],
    );
  }

  /** A session with its trainer's name, or undefined when it is gone (a reminder about a removed session). */
  async withTrainerName(tx: EntityManager, id: string): Promise<(SessionRow & { trainer: string }) | undefined> {
    const rows: (SessionRow & { trainer: string })[] = await tx.query(
      'SELECT s.*, p.name AS trainer FROM training_sessions s JOIN people p ON p.id = s.trainer_id WHERE s.id = $1',
      [id],
    );
    return rows[0];
  }

  /** Everyone on a session's roster who has not been excused. */
  async expectedPersonIds(tx: EntityManager, sessionId: string): Promise<string[]> {
    const rows: { person_id: string }[] = await tx.query("SELECT person_id FROM attendance WHERE session_id = $1 AND status <> 'EXCUSED' ORDER BY person_id", [sessionId]);
    return rows.map((r) => r.person_id);
  }

  /** Sessions still to come in every program: the reminders the startup catch-up schedules. */
  scheduledFrom(tx: EntityManager, from: Date): Promise<SessionRow[]> {
    return tx.query(`SELECT * FROM training_sessions WHERE status = 'SCHEDULED' AND starts_at > $1`, [from]);
  }

  byIdsIn(tx: EntityManager, ids: readonly string[]): Promise<SessionRow[]> {
    return tx.query('SELECT * FROM training_sessions WHERE id = ANY($1)', [ids]);
  }

  async find(manager: EntityManager, id: string): Promise<SessionRow> {
    const rows: SessionRow[] = await manager.query('SELECT * FROM training_sessions WHERE id = $1', [id]);
    if (!rows[0]) throw notFound('This training session');
    return rows[0];
  }

  async insert(tx: EntityManager, session: NewSession): Promise<SessionRow> {
    const [row]: SessionRow[] = await tx.query(
      `INSERT INTO training_sessions (project_id, wave_id, topic, starts_at, time_zone, duration_minutes, trainer_id, audience, location, retraining)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
      [session.projectId, session.waveId, session.topic, session.startsAt, session.timeZone, session.durationMinutes, session.trainerId, session.audience, session.location, session.retraining],
    );
    return row;
  }

  update(tx: EntityManager, id: string, version: number, set: SessionChanges) {
    return versionedUpdate<SessionRow & Record<string, unknown>>(tx, { table: 'training_sessions', id, version, set, what: 'This session' });
  }

  /** Taking attendance is a change to the session: its version moves, and a first attendee makes it HELD. */
  async markAttendanceTaken(tx: EntityManager, id: string, someoneAttended: boolean): Promise<SessionRow> {
    const [[row]] = (await tx.query(
      `UPDATE training_sessions SET version = version + 1,
         status = CASE WHEN $2 AND status = '${SessionStatus.SCHEDULED}' THEN '${SessionStatus.HELD}' ELSE status END
       WHERE id = $1 RETURNING *`,
      [id, someoneAttended],
    )) as [SessionRow[], number];
    return row;
  }

  // Materials

  async insertMaterials(tx: EntityManager, sessionId: string, materials: { title: string; url: string }[]): Promise<void> {
    if (materials.length === 0) return;
    await tx.query(
      `INSERT INTO session_materials (session_id, title, url, position)
       SELECT $1, m.title, m.url, m.position - 1 FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS m(title, url, position)`,
      [sessionId, materials.map((m) => m.title), materials.map((m) => m.url)],
    );
  }

  materialsOfSessions(sessionIds: readonly string[]): Promise<{ id: string; session_id: string; title: string; url: string }[]> {
    return this.db.query('SELECT id, session_id, title, url FROM session_materials WHERE session_id = ANY($1) ORDER BY position', [sessionIds]);
  }

  // Attendance

  async invite(tx: EntityManager, sessionId: string, personIds: string[]): Promise<void> {
    if (personIds.length === 0) return;
    await tx.query(
      `INSERT INTO attendance (session_id, person_id, status) SELECT $1, unnest($2::uuid[]), '${AttendanceStatus.INVITED}'`,
      [sessionId, personIds],
    );
  }

  /** Stores a roster; someone already on it gets the new status. */
  async recordAttendance(tx: EntityManager, sessionId: string, entries: { personId: string; status: AttendanceStatus }[]): Promise<void> {
    if (entries.length === 0) return;
    await tx.query(
      `INSERT INTO attendance (session_id, person_id, status)
       SELECT $1, e.person_id, e.status FROM unnest($2::uuid[], $3::text[]) AS e(person_id, status)
       ON CONFLICT (session_id, person_id) DO UPDATE SET status = EXCLUDED.status, updated_at = now()`,
      [sessionId, entries.map((e) => e.personId), entries.map((e) => e.status)],
    );
  }

  /** Attendance of many sessions, each roster alphabetical by name. */
  attendanceOfSessions(
    sessionIds: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<{ id: string; session_id: string; person_id: string; status: AttendanceStatus }[]> {
    return manager.query(
      'SELECT a.id, a.session_id, a.person_id, a.status FROM attendance a JOIN people p ON p.id = a.person_id WHERE a.session_id = ANY($1) ORDER BY p.name',
      [sessionIds],
    );
  }

  /** Attendance at the sessions of many waves that were not cancelled. */
  attendanceOfWaves(waveIds: readonly string[], manager: EntityManager = this.db.manager): Promise<WaveAttendance[]> {
    return manager.query(
      `SELECT s.wave_id, a.session_id, a.person_id, a.status, (s.starts_at + make_interval(mins => s.duration_minutes)) <= now() AS past,
         s.starts_at, s.retraining
       FROM attendance a JOIN training_sessions s ON s.id = a.session_id
       WHERE s.wave_id = ANY($1) AND s.${NOT_CANCELLED}`,
      [waveIds],
    );
  }

  attendanceExport(waveId: string): Promise<AttendanceExportRow[]> {
    return this.db.query(
      `SELECT s.topic, s.starts_at, s.time_zone, p.name, p.email, a.status FROM attendance a
       JOIN training_sessions s ON s.id = a.session_id JOIN people p ON p.id = a.person_id
       WHERE s.wave_id = $1 ORDER BY s.starts_at, p.name`,
      [waveId],
    );
  }

  // Usage reviews

  usageReviewsOfWaves(waveIds: readonly string[], manager: EntityManager = this.db.manager): Promise<WaveUsageReview[]> {
    // In the order they were recorded: of two reviews of the same day, the later one decides.
    return manager.query('SELECT wave_id, person_id, business_unit, active, reviewed_on, note, note_message FROM usage_reviews WHERE wave_id = ANY($1) ORDER BY created_at, id', [waveIds]);
  }

  async insertUsageReview(tx: EntityManager, review: NewUsageReview): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      'INSERT INTO usage_reviews (wave_id, person_id, business_unit, active, note, note_message, reviewed_on, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id',
      [review.waveId, review.personId, review.businessUnit, review.active, review.note, review.noteMessage ? JSON.stringify(review.noteMessage) : null, review.reviewedOn, review.createdBy],
    );
    return row.id;
  }

  /** Many reviews in one statement, whatever their number (none included, so a caller's statement count never depends on it). */
  async insertUsageReviews(tx: EntityManager, reviews: readonly NewUsageReview[]): Promise<void> {
    await tx.query(
      `INSERT INTO usage_reviews (wave_id, person_id, business_unit, active, note, note_message, reviewed_on, created_by)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::boolean[], $5::text[], $6::jsonb[], $7::date[], $8::uuid[])`,
      [
        reviews.map((r) => r.waveId),
        reviews.map((r) => r.personId),
        reviews.map((r) => r.businessUnit),
        reviews.map((r) => r.active),
        reviews.map((r) => r.note),
        reviews.map((r) => (r.noteMessage ? JSON.stringify(r.noteMessage) : null)),
        reviews.map((r) => r.reviewedOn),
        reviews.map((r) => r.createdBy),
      ],
    );
  }

  /**
   * Everyone re-training may concern in these waves: who was invited to a session, who was
   * reviewed, and everyone of a reviewed business unit. One statement for any number of waves.
   */
  peopleOfWaves(waveIds: readonly string[], manager: EntityManager = this.db.manager): Promise<PersonRow[]> {
    return manager.query(
      `SELECT p.* FROM people p
       WHERE p.id IN (SELECT a.person_id FROM attendance a JOIN training_sessions s ON s.id = a.session_id WHERE s.wave_id = ANY($1) AND s.${NOT_CANCELLED})
          OR p.id IN (SELECT r.person_id FROM usage_reviews r WHERE r.wave_id = ANY($1))
          OR (p.business_unit IN (SELECT r.business_unit FROM usage_reviews r WHERE r.wave_id = ANY($1))
              AND p.organisation_id IN (SELECT pr.organisation_id FROM rollout_waves w JOIN projects pr ON pr.id = w.project_id WHERE w.id = ANY($1)))`,
      [waveIds],
    );
  }

  // Calendar feed tokens (a column of users that only training reads and writes)

  /** What is kept of the user's feed token: its nonce and expiry (the token itself never is). */
  async feedTokenOf(userId: string): Promise<{ nonce: string | null; hash: string | null; expiresAt: Date | null } | undefined> {
    const [row]: { feed_token_nonce: string | null; feed_token_hash: string | null; feed_token_expires_at: Date | null }[] = await this.db.query(
      'SELECT feed_token_nonce, feed_token_hash, feed_token_expires_at FROM users WHERE id = $1',
      [userId],
    );
    return row && { nonce: row.feed_token_nonce, hash: row.feed_token_hash, expiresAt: row.feed_token_expires_at };
  }

  /** Replaces the user's feed token: the old one stops matching at once. */
  async setFeedToken(userId: string, token: { hash: string; nonce: string; expiresAt: Date }): Promise<void> {
    await this.db.query('UPDATE users SET feed_token_hash = $2, feed_token_nonce = $3, feed_token_expires_at = $4 WHERE id = $1', [
      userId,
      token.hash,
      token.nonce,
      token.expiresAt,
    ]);
  }

  /** The user whose unexpired feed token has this hash. */
  /** The account whose feed token this is, with its profile language (the feed is worded in it). */
  async userWithFeedTokenHash(hash: string): Promise<{ id: string; locale: string | null } | undefined> {
    const [user]: { id: string; locale: string | null }[] = await this.db.query('SELECT id, locale FROM users WHERE feed_token_hash = $1 AND feed_token_expires_at > now()', [hash]);
    return user;
  }

  // Reads of the team and people areas that the checks need; they move to those areas'
  // repositories when these exist.

  /** The primary holders of a role for one wave: the wave's own (wave_id set) and the program-wide one (wave_id null). */
  primaryHoldersForWave(projectId: string, roleKey: string, waveId: string): Promise<{ person_id: string; wave_id: string | null }[]> {
    return this.db.query(
      `SELECT a.person_id, a.wave_id FROM role_assignments a JOIN roles r ON r.id = a.role_id
       WHERE r.project_id = $1 AND r.key = $2 AND a.is_primary AND (a.wave_id IS NULL OR a.wave_id = $3)`,
      [projectId, roleKey, waveId],
    );
  }

  async holdsRole(tx: EntityManager, projectId: string, roleKey: string, personId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      'SELECT 1 FROM role_assignments a JOIN roles r ON r.id = a.role_id WHERE r.project_id = $1 AND r.key = $2 AND a.person_id = $3',
      [projectId, roleKey, personId],
    );
    return rows.length > 0;
  }

  async person(tx: EntityManager, personId: string): Promise<PersonRow | undefined> {
    const rows: PersonRow[] = await tx.query('SELECT * FROM people WHERE id = $1', [personId]);
    return rows[0];
  }

  /**
   * The wave's regular sessions that were not cancelled, in time order, each with the people it
   * invited: what the next suggested session starts from. Catch-up sessions are left out; they
   * serve the re-training list, not the wave's cadence.
   */
  regularSessionsWithInvitees(waveId: string): Promise<RegularSession[]> {
    return this.db.query(
      `SELECT s.starts_at, s.time_zone, s.trainer_id, s.duration_minutes,
         COALESCE(array_agg(a.person_id ORDER BY a.person_id) FILTER (WHERE a.person_id IS NOT NULL), '{}') AS invitee_ids
       FROM training_sessions s LEFT JOIN attendance a ON a.session_id = s.id
       WHERE s.wave_id = $1 AND NOT s.retraining AND s.${NOT_CANCELLED}
       GROUP BY s.id ORDER BY s.starts_at, s.id`,
      [waveId],
    );
  }
}

/** A regular session of a wave as a suggestion needs it. */
export interface RegularSession {
  starts_at: Date;
  time_zone: string;
  trainer_id: string;
  duration_minutes: number;
  invitee_ids: string[];
}

