import { randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Papa from 'papaparse';
import { DataSource, EntityManager } from 'typeorm';

import { cadenceCompliance, localDate, retrainingList, suggestSessionDays, zonedInstant } from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { allInDirectory, notInDirectory } from '../common/database/reference-checks';
import { bulkInsert } from '../common/database/bulk-insert';
import { versionedUpdate } from '../common/database/versioned-update';
import { badUserInput, notFound } from '../common/errors/app-error';
import { PersonRow, toPerson } from '../people/models/person.model';
import { ProjectAccessService } from '../projects/project-access.service';
import {
  RecordAttendanceInput,
  RecordUsageReviewInput,
  ScheduleRetrainingInput,
  ScheduleTrainingSessionInput,
  UpdateTrainingSessionInput,
} from './dto/training.inputs';
import {
  AttendanceStatus,
  CadenceStatus,
  RetrainingEntryModel,
  SessionRow,
  SessionStatus,
  SuggestedSessionModel,
  toSession,
  TrainingComplianceModel,
  TrainingSessionModel,
  UsageReviewModel,
} from './models/training.model';

type Row = Record<string, unknown>;

interface WaveRow {
  id: string;
  project_id: string;
  name: string;
  go_live_date: string;
}

@Injectable()
export class TrainingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  async sessions(waveId: string, userId: string): Promise<TrainingSessionModel[]> {
    const wave = await this.waveFor(this.db.manager, waveId);
    await this.access.canView(wave.project_id, userId);
    const rows: SessionRow[] = await this.db.query('SELECT * FROM training_sessions WHERE wave_id = $1 ORDER BY starts_at', [waveId]);
    return rows.map(toSession);
  }

  /** Every session of a project, for the calendar across waves, optionally within [from, to). */
  async projectSessions(projectId: string, from: Date | undefined, to: Date | undefined, userId: string): Promise<TrainingSessionModel[]> {
    await this.access.canView(projectId, userId);
    const rows: SessionRow[] = await this.db.query(
      `SELECT * FROM training_sessions WHERE project_id = $1 AND ($2::timestamptz IS NULL OR starts_at >= $2) AND ($3::timestamptz IS NULL OR starts_at < $3)
       ORDER BY starts_at LIMIT 1000`,
      [projectId, from ?? null, to ?? null],
    );
    return rows.map(toSession);
  }

  async compliance(waveId: string, userId: string): Promise<TrainingComplianceModel> {
    const wave = await this.waveFor(this.db.manager, waveId);
    await this.access.canView(wave.project_id, userId);
    return this.complianceOf(wave);
  }

  /** Shared with the health page so both judge a wave the same way. */
  async complianceOf(wave: WaveRow): Promise<TrainingComplianceModel> {
    const sessions: { starts_at: Date; time_zone: string }[] = await this.db.query(
      "SELECT starts_at, time_zone FROM training_sessions WHERE wave_id = $1 AND status <> 'CANCELLED'",
      [wave.id],
    );
    const result = cadenceCompliance(wave.go_live_date, sessions.map((s) => ({ startsAt: s.starts_at.toISOString(), timeZone: s.time_zone })));
    return { ...result, status: result.status as CadenceStatus, gaps: result.gaps.length, gapDetails: result.gaps };
  }

  async retraining(waveId: string, userId: string): Promise<RetrainingEntryModel[]> {
    const wave = await this.waveFor(this.db.manager, waveId);
    await this.access.canView(wave.project_id, userId);
    return this.retrainingOf(wave.id);
  }

  async retrainingOf(waveId: string, manager: EntityManager = this.db.manager): Promise<RetrainingEntryModel[]> {
    const attendance: { person_id: string; session_id: string; status: AttendanceStatus; past: boolean }[] = await manager.query(
      `SELECT a.person_id, a.session_id, a.status, (s.starts_at + make_interval(mins => s.duration_minutes)) <= now() AS past
       FROM attendance a JOIN training_sessions s ON s.id = a.session_id
       WHERE s.wave_id = $1 AND s.status <> 'CANCELLED'`,
      [waveId],
    );
    const reviews: { person_id: string | null; business_unit: string | null; active: boolean; reviewed_on: string }[] = await manager.query(
      'SELECT person_id, business_unit, active, reviewed_on FROM usage_reviews WHERE wave_id = $1',
      [waveId],
    );
    const memberIds = [...new Set(attendance.map((a) => a.person_id))];
    const members: PersonRow[] = memberIds.length || reviews.length
      ? await manager.query(
          `SELECT * FROM people WHERE id = ANY($1) OR business_unit = ANY($2)`,
          [memberIds, reviews.flatMap((r) => (r.business_unit ? [r.business_unit] : []))],
        )
      : [];
    const personById = new Map(members.map((p) => [p.id, p]));
    const list = retrainingList(
      attendance.map((a) => ({ personId: a.person_id, sessionId: a.session_id, status: a.status, sessionPast: a.past })),
      reviews.map((r) => ({ personId: r.person_id, businessUnit: r.business_unit, active: r.active, reviewedOn: r.reviewed_on })),
      (id) => personById.get(id)?.business_unit ?? null,
      members.map((p) => p.id),
    );
    const missingPeople = list.filter((e) => !personById.has(e.personId)).map((e) => e.personId);
    if (missingPeople.length) {
      const extra: PersonRow[] = await manager.query('SELECT * FROM people WHERE id = ANY($1)', [missingPeople]);
      for (const p of extra) personById.set(p.id, p);
    }
    return list.map((e) => ({ person: toPerson(personById.get(e.personId)!), missed: e.missed, inactive: e.inactive }));
  }

  async suggest(waveId: string, trainerId: string | undefined, time: string, timeZone: string, target: number, userId: string): Promise<SuggestedSessionModel[]> {
    const wave = await this.waveFor(this.db.manager, waveId);
    await this.access.canView(wave.project_id, userId);
    const sessions: { starts_at: Date; time_zone: string; trainer_id: string }[] = await this.db.query(
      "SELECT starts_at, time_zone, trainer_id FROM training_sessions WHERE wave_id = $1 AND status <> 'CANCELLED' ORDER BY starts_at",
      [waveId],
    );
    const trainer = trainerId ?? sessions.at(-1)?.trainer_id;
    const busy: { starts_at: Date; time_zone: string }[] = trainer
      ? await this.db.query("SELECT starts_at, time_zone FROM training_sessions WHERE trainer_id = $1 AND wave_id <> $2 AND status <> 'CANCELLED'", [trainer, waveId])
      : [];
    const days = suggestSessionDays({
      goLiveDate: wave.go_live_date,
      sessionDays: sessions.map((s) => localDate(s.starts_at.toISOString(), s.time_zone)),
      trainerBusyDays: busy.map((s) => localDate(s.starts_at.toISOString(), s.time_zone)),
      target,
    });
    return days.map((date) => ({ date, startsAt: zonedInstant(date, time, timeZone), timeZone }));
  }

  async schedule(input: ScheduleTrainingSessionInput, userId: string, retraining = false): Promise<TrainingSessionModel> {
    return this.db.transaction(async (tx) => {
      const wave = await this.waveFor(tx, input.waveId);
      await this.access.canEdit(wave.project_id, userId, tx);
      await this.checkTrainer(tx, wave.project_id, input.trainerId);
      let invitees = input.inviteeIds;
      if (invitees === undefined) {
        const keyUsers: { person_id: string }[] = await tx.query('SELECT person_id FROM wave_key_users WHERE wave_id = $1', [wave.id]);
        invitees = keyUsers.map((k) => k.person_id);
      }
      await this.checkPeople(tx, invitees, 'inviteeIds');
      const [row]: SessionRow[] = await tx.query(
        `INSERT INTO training_sessions (project_id, wave_id, topic, starts_at, time_zone, duration_minutes, trainer_id, audience, location, retraining)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
        [wave.project_id, wave.id, input.topic, input.startsAt, input.timeZone, input.durationMinutes, input.trainerId, input.audience.trim(), input.location.trim(), retraining],
      );
      await bulkInsert(tx, 'session_materials', input.materials.map((m, position) => ({ session_id: row.id, title: m.title, url: m.url, position })));
      await bulkInsert(tx, 'attendance', [...new Set(invitees)].map((personId) => ({ session_id: row.id, person_id: personId, status: 'INVITED' })));
      await this.audit.record(tx, {
        projectId: wave.project_id,
        entityType: 'TrainingSession',
        entityId: row.id,
        action: retraining ? 'RETRAINING_SCHEDULED' : 'SCHEDULED',
        actorId: userId,
        after: { wave: wave.name, topic: row.topic, starts_at: row.starts_at, invited: invitees.length },
      });
      return toSession(row);
    });
  }

  async update(input: UpdateTrainingSessionInput, userId: string): Promise<TrainingSessionModel> {
    return this.db.transaction(async (tx) => {
      const current = await this.sessionRow(tx, input.id);
      await this.access.canEdit(current.project_id, userId, tx);
      if (input.trainerId) await this.checkTrainer(tx, current.project_id, input.trainerId);
      const set: Row = {};
      if (input.topic !== undefined) set['topic'] = input.topic;
      if (input.startsAt !== undefined) set['starts_at'] = input.startsAt;
      if (input.timeZone !== undefined) set['time_zone'] = input.timeZone;
      if (input.durationMinutes !== undefined) set['duration_minutes'] = input.durationMinutes;
      if (input.trainerId !== undefined) set['trainer_id'] = input.trainerId;
      if (input.location !== undefined) set['location'] = input.location.trim();
      if (input.cancelled !== undefined) set['status'] = input.cancelled ? SessionStatus.CANCELLED : SessionStatus.SCHEDULED;
      const { before, after } = await versionedUpdate<SessionRow & Row>(tx, { table: 'training_sessions', id: input.id, version: input.version, set, what: 'This session' });
      await this.audit.record(tx, { projectId: current.project_id, entityType: 'TrainingSession', entityId: input.id, action: input.cancelled ? 'CANCELLED' : 'UPDATED', actorId: userId, ...changedColumns(before, after) });
      return toSession(after);
    });
  }

  /** Takes a whole roster at once: every entry is stored, or none is. */
  async recordAttendance(input: RecordAttendanceInput, userId: string): Promise<TrainingSessionModel> {
    return this.db.transaction(async (tx) => {
      const session = await this.sessionRow(tx, input.sessionId);
      await this.access.canEdit(session.project_id, userId, tx);
      if (session.status === SessionStatus.CANCELLED) throw badUserInput([{ field: 'sessionId', message: 'This session was cancelled; nobody can attend it.' }]);
      const personIds = input.entries.map((e) => e.personId);
      if (new Set(personIds).size !== personIds.length) throw badUserInput([{ field: 'entries', message: 'Each person may appear only once.' }]);
      await this.checkPeople(tx, personIds, 'entries');
      for (let i = 0; i < input.entries.length; i += 500) {
        const chunk = input.entries.slice(i, i + 500);
        const params: unknown[] = [input.sessionId];
        const values = chunk.map((e) => `($1, $${params.push(e.personId)}, $${params.push(e.status)})`).join(', ');
        await tx.query(
          `INSERT INTO attendance (session_id, person_id, status) VALUES ${values}
           ON CONFLICT (session_id, person_id) DO UPDATE SET status = EXCLUDED.status, updated_at = now()`,
          params,
        );
      }
      const attended = input.entries.some((e) => e.status === AttendanceStatus.ATTENDED);
      const [[updated]] = (await tx.query(
        `UPDATE training_sessions SET version = version + 1, status = CASE WHEN $2 AND status = 'SCHEDULED' THEN 'HELD' ELSE status END WHERE id = $1 RETURNING *`,
        [input.sessionId, attended],
      )) as [SessionRow[], number];
      await this.audit.record(tx, {
        projectId: session.project_id,
        entityType: 'TrainingSession',
        entityId: input.sessionId,
        action: 'ATTENDANCE_RECORDED',
        actorId: userId,
        after: Object.fromEntries(['ATTENDED', 'EXCUSED', 'ABSENT', 'INVITED'].map((s) => [s.toLowerCase(), input.entries.filter((e) => e.status === s).length])),
      });
      return toSession(updated);
    });
  }

  async recordUsageReview(input: RecordUsageReviewInput, userId: string): Promise<UsageReviewModel> {
    if (!input.personId === !input.businessUnit) {
      throw badUserInput([{ field: 'personId', message: 'Review either one person or one business unit.' }]);
    }
    return this.db.transaction(async (tx) => {
      const wave = await this.waveFor(tx, input.waveId);
      await this.access.canEdit(wave.project_id, userId, tx);
      if (input.personId) await this.checkPeople(tx, [input.personId], 'personId');
      const [row]: { id: string }[] = await tx.query(
        'INSERT INTO usage_reviews (wave_id, person_id, business_unit, active, note, reviewed_on, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
        [wave.id, input.personId ?? null, input.businessUnit ?? null, input.active, input.note.trim(), input.reviewedOn, userId],
      );
      await this.audit.record(tx, { projectId: wave.project_id, entityType: 'UsageReview', entityId: row.id, action: 'RECORDED', actorId: userId, after: { wave: wave.name, business_unit: input.businessUnit ?? null, active: input.active } });
      const person = input.personId ? toPerson((await tx.query('SELECT * FROM people WHERE id = $1', [input.personId]))[0]) : null;
      return { id: row.id, person, businessUnit: input.businessUnit ?? null, active: input.active, note: input.note.trim(), reviewedOn: input.reviewedOn };
    });
  }

  /** One action: a re-training session with everyone on the wave's re-training list invited. */
  async scheduleRetraining(input: ScheduleRetrainingInput, userId: string): Promise<TrainingSessionModel> {
    const wave = await this.waveFor(this.db.manager, input.waveId);
    await this.access.canEdit(wave.project_id, userId);
    const list = await this.retrainingOf(wave.id);
    if (list.length === 0) throw badUserInput([{ field: 'waveId', message: 'Nobody in this wave needs re-training right now.' }]);
    return this.schedule(
      { ...input, audience: 'People who missed sessions or are not using the CRM yet', materials: [], inviteeIds: list.map((e) => e.person.id) },
      userId,
      true,
    );
  }

  async attendanceCsv(waveId: string, userId: string): Promise<string> {
    const wave = await this.waveFor(this.db.manager, waveId);
    await this.access.canView(wave.project_id, userId);
    const rows: { topic: string; starts_at: Date; time_zone: string; name: string; email: string; status: string }[] = await this.db.query(
      `SELECT s.topic, s.starts_at, s.time_zone, p.name, p.email, a.status FROM attendance a
       JOIN training_sessions s ON s.id = a.session_id JOIN people p ON p.id = a.person_id
       WHERE s.wave_id = $1 ORDER BY s.starts_at, p.name`,
      [waveId],
    );
    return Papa.unparse({
      fields: ['session', 'date', 'person', 'email', 'attendance'],
      data: rows.map((r) => [r.topic, localDate(r.starts_at.toISOString(), r.time_zone), r.name, r.email, r.status]),
    });
  }

  /** The caller's calendar feed token, created on first use. */
  async feedToken(userId: string, reset = false): Promise<string> {
    if (!reset) {
      const [row]: { feed_token: string | null }[] = await this.db.query('SELECT feed_token FROM users WHERE id = $1', [userId]);
      if (row?.feed_token) return row.feed_token;
    }
    const token = randomBytes(24).toString('base64url');
    await this.db.query('UPDATE users SET feed_token = $2 WHERE id = $1', [userId, token]);
    return token;
  }

  async waveFor(manager: EntityManager, waveId: string): Promise<WaveRow> {
    const rows: WaveRow[] = /^[0-9a-f-]{36}$/i.test(waveId)
      ? await manager.query('SELECT id, project_id, name, go_live_date FROM rollout_waves WHERE id = $1', [waveId])
      : [];
    if (!rows[0]) throw notFound('This rollout wave');
    return rows[0];
  }

  private async sessionRow(tx: EntityManager, id: string): Promise<SessionRow> {
    const rows: SessionRow[] = await tx.query('SELECT * FROM training_sessions WHERE id = $1', [id]);
    if (!rows[0]) throw notFound('This training session');
    return rows[0];
  }

  private async checkTrainer(tx: EntityManager, projectId: string, personId: string): Promise<void> {
    const rows = await tx.query(
      "SELECT 1 FROM role_assignments a JOIN roles r ON r.id = a.role_id WHERE r.project_id = $1 AND r.key = 'TRAINER' AND a.person_id = $2",
      [projectId, personId],
    );
    if (!rows.length) throw badUserInput([{ field: 'trainerId', message: 'The trainer must hold the Trainer role in this project; assign it on the team page first.' }]);
  }

  private async checkPeople(tx: EntityManager, ids: string[], field: string): Promise<void> {
    if (!(await allInDirectory(tx, ids))) throw badUserInput([notInDirectory(field, true)]);
  }
}
