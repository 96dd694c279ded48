import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { addDays, attendanceNotYetAllowed, CADENCE_WINDOW_DAYS, cadenceCompliance, Language, localDate, localTime, retrainingList, sessionHasStarted, suggestSessionDays, zonedInstant } from '@crm/domain';
import { DEFAULT_LANGUAGE, englishText, formatMessage, notificationLinks, retrainingNotices } from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { ProjectAccess } from '../common/access/project-access';
import { type ReaderFormats } from '../common/i18n/reader-language';
import { notInDirectory } from '../people/person-references';
import { PeopleRepository } from '../people/people.repository';
import { badUserInput, invalidState } from '../common/errors/app-error';
import { groupedByKey } from '../common/graphql/request-loaders';
import { toMessageModel } from '../common/graphql/message.model';
import { toPerson } from '../people/models/person.model';
import { RolloutWaveRow } from '../rollout/models/rollout-wave.model';
import { JobsService } from '../jobs/jobs.service';
import { sessionReminderJobs } from '../reminders/reminder-jobs';
import { RolloutRepository } from '../rollout/rollout.repository';
import {
  RecordAttendanceInput,
  RecordUsageReviewInput,
  ScheduleRetrainingInput,
  ScheduleTrainingSessionInput,
  UpdateTrainingSessionInput, CancelTrainingSessionInput,
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
import { attendanceCsv } from './attendance-csv';
import { feedTokenExpiry, feedTokenFor, feedTokenHash, newFeedTokenNonce } from './calendar-feed-token';
import { publicHolidays, waveCountries } from './public-holidays';
import { NotificationsService } from '../notifications/notifications.service';
import { NewUsageReview, SessionChanges, TrainingRepository } from './training.repository';

/** What the cadence rule needs of a wave. */
export type TrainedWave = Pick<RolloutWaveRow, 'id' | 'go_live_date'>;

const TRAINER_ROLE = 'TRAINER';
const PROJECT_CALENDAR_LIMIT = 1000;
/** A suggested session's start, zone and length when the wave has no session to take them from. */
const SUGGESTED_TIME = '10:00';
const SUGGESTED_ZONE = 'UTC';
const SUGGESTED_MINUTES = 60;

@Injectable()
export class TrainingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly training: TrainingRepository,
    private readonly waves: RolloutRepository,
    private readonly audit: AuditService,
    private readonly people: PeopleRepository,
    private readonly jwt: JwtService,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
  ) {}

  async sessions(waveId: string): Promise<TrainingSessionModel[]> {
    return (await this.training.byWave(waveId)).map(toSession);
  }

  /** Every session of a project, for the calendar across waves, optionally within [from, to). */
  async projectSessions(access: ProjectAccess, from: Date | undefined, to: Date | undefined): Promise<TrainingSessionModel[]> {
    return (await this.training.byProject(access.projectId, from ?? null, to ?? null, PROJECT_CALENDAR_LIMIT)).map(toSession);
  }

  async compliance(waveId: string): Promise<TrainingComplianceModel> {
    const wave = await this.waves.find(this.db.manager, waveId);
    return (await this.complianceOfWaves([wave]))[0];
  }

  /** Shared with the health page so both judge a wave the same way; one statement for any number of waves. */
  async complianceOfWaves(waves: readonly TrainedWave[]): Promise<TrainingComplianceModel[]> {
    // Asked even for no waves, so that health's statement count does not depend on how many are live.
    const waveIds = waves.map((w) => w.id);
    const sessionsOf = groupedByKey(waveIds, await this.training.heldOrPlannedOfWaves(waveIds), (s) => s.wave_id);
    return waves.map((wave, i) => {
      const own = sessionsOf[i].map((s) => ({ startsAt: s.starts_at.toISOString(), timeZone: s.time_zone, catchUp: s.retraining }));
      const result = cadenceCompliance(wave.go_live_date, own);
      return { ...result, status: result.status as CadenceStatus, gaps: result.gaps.length, gapDetails: result.gaps };
    });
  }

  async retraining(waveId: string): Promise<RetrainingEntryModel[]> {
    return (await this.retrainingOfWaves([waveId]))[0];
  }

  /**
   * Each wave's re-training list, in three statements whatever the number of waves (none
   * included): attendance, usage reviews and the people they concern. A wave's members are the people invited to its
   * sessions and everyone of a business unit reviewed in it.
   */
  async retrainingOfWaves(waveIds: readonly string[], manager: EntityManager = this.db.manager): Promise<RetrainingEntryModel[][]> {
    const attendanceOf = groupedByKey(waveIds, await this.training.attendanceOfWaves(waveIds, manager), (a) => a.wave_id);
    const reviewsOf = groupedByKey(waveIds, await this.training.usageReviewsOfWaves(waveIds, manager), (r) => r.wave_id);
    const people = await this.training.peopleOfWaves(waveIds, manager);
    const personById = new Map(people.map((p) => [p.id, p]));
    const position = new Map(people.map((p, i) => [p.id, i]));
    const peopleOfUnit = new Map<string, string[]>();
    for (const p of people) {
      if (p.business_unit === null) continue;
      const unit = peopleOfUnit.get(p.business_unit);
      if (unit) unit.push(p.id);
      else peopleOfUnit.set(p.business_unit, [p.id]);
    }
    return waveIds.map((_, i) => {
      const ownAttendance = attendanceOf[i];
      const ownReviews = reviewsOf[i];
      // A wave's members come from its own invitees and reviewed units, never from a pass over everyone of every wave.
      const memberIds = new Set(ownAttendance.map((a) => a.person_id).filter((id) => personById.has(id)));
      for (const r of ownReviews) if (r.business_unit) for (const id of peopleOfUnit.get(r.business_unit) ?? []) memberIds.add(id);
      const members = [...memberIds].map((id) => position.get(id) ?? 0).sort((a, b) => a - b).map((at) => people[at]);
      const list = retrainingList(
        ownAttendance.map((a) => ({
          personId: a.person_id,
          sessionId: a.session_id,
          status: a.status,
          sessionPast: a.past,
          sessionStartsAt: a.starts_at.toISOString(),
          catchUp: a.retraining,
        })),
        ownReviews.map((r) => ({ personId: r.person_id, businessUnit: r.business_unit, active: r.active, reviewedOn: r.reviewed_on, note: r.note, noteMessage: r.note_message })),
        (id) => (memberIds.has(id) ? (personById.get(id)?.business_unit ?? null) : null),
        members.map((p) => p.id),
      );
      return list.map((e) => ({
        person: toPerson(personById.get(e.personId)!),
        missed: e.missed,
        inactive: e.inactive,
        reason: e.reason,
        reasonMessage: e.reasonMessage && toMessageModel(e.reasonMessage),
      }));
    });
  }

  /**
   * Days for the sessions the wave is missing, avoiding the trainer's other sessions and the public
   * holidays of the countries in the wave's scope. Each suggestion keeps what the wave's previous
   * regular session had (trainer, invitees, local start time, zone, length) unless the caller
   * asks for another trainer, time or zone; without a previous session: 10:00 UTC, 60 minutes.
   * The trainer is the one asked for, else the wave's own Trainer (a role held in the wave), else
   * the previous session's, else the program's Trainer.
   */
  async suggest(waveId: string, trainerId: string | undefined, time: string | undefined, timeZone: string | undefined, target: number): Promise<SuggestedSessionModel[]> {
    const wave = await this.waves.find(this.db.manager, waveId);
    const sessions = await this.training.regularSessionsWithInvitees(wave.id);
    const previous = sessions.at(-1);
    const trainers = trainerId ? [] : await this.training.primaryHoldersForWave(wave.project_id, TRAINER_ROLE, wave.id);
    const waveTrainer = trainers.find((t) => t.wave_id === wave.id)?.person_id;
    const programTrainer = trainers.find((t) => t.wave_id === null)?.person_id;
    const trainer = trainerId ?? waveTrainer ?? previous?.trainer_id ?? programTrainer;
    const zone = timeZone ?? previous?.time_zone ?? SUGGESTED_ZONE;
    const startTime = time ?? (previous ? localTime(previous.starts_at.toISOString(), previous.time_zone) : SUGGESTED_TIME);
    const busy = trainer ? await this.training.trainerBusyElsewhere(trainer, wave.id) : [];
    const windowEnd = addDays(wave.go_live_date, CADENCE_WINDOW_DAYS);
    const days = suggestSessionDays({
      goLiveDate: wave.go_live_date,
      sessionDays: sessions.map((s) => localDate(s.starts_at.toISOString(), s.time_zone)),
      trainerBusyDays: busy.map((s) => localDate(s.starts_at.toISOString(), s.time_zone)),
      holidayDays: publicHolidays(waveCountries(wave.scope), wave.go_live_date, windowEnd),
      target,
    });
    return days.map((date) => ({
      date,
      startsAt: zonedInstant(date, startTime, zone),
      timeZone: zone,
      trainerId: trainer ?? null,
      inviteeIds: previous?.invitee_ids ?? [],
      durationMinutes: previous?.duration_minutes ?? SUGGESTED_MINUTES,
    }));
  }

  async schedule(input: ScheduleTrainingSessionInput, access: ProjectAccess, retraining = false): Promise<TrainingSessionModel> {
    return this.db.transaction(async (tx) => {
      const wave = await this.waves.find(tx, input.waveId);
      await this.checkTrainer(tx, wave.project_id, input.trainerId);
      const invitees = [...new Set(input.inviteeIds ?? (await this.waves.keyUserIds(tx, wave.id)))];
      await this.checkPeople(tx, wave.project_id, invitees, 'inviteeIds');
      const row = await this.training.insert(tx, {
        projectId: wave.project_id,
        waveId: wave.id,
        topic: input.topic,
        startsAt: input.startsAt,
        timeZone: input.timeZone,
        durationMinutes: input.durationMinutes,
        trainerId: input.trainerId,
        audience: input.audience.trim(),
        location: input.location.trim(),
        retraining,
      });
      await this.training.insertMaterials(tx, row.id, input.materials);
      await this.training.invite(tx, row.id, invitees);
      await this.audit.record(tx, {
        projectId: wave.project_id,
        entityType: 'TrainingSession',
        entityId: row.id,
        action: retraining ? 'RETRAINING_SCHEDULED' : 'SCHEDULED',
        actorId: access.userId,
        after: { wave: wave.name, topic: row.topic, starts_at: row.starts_at, invited: invitees.length },
      });
      await this.jobs.apply(tx, sessionReminderJobs(row));
      return toSession(row);
    });
  }

  async update(input: UpdateTrainingSessionInput, access: ProjectAccess): Promise<TrainingSessionModel> {
    return this.db.transaction(async (tx) => {
      const current = await this.training.find(tx, input.id);
      if (input.trainerId) await this.checkTrainer(tx, current.project_id, input.trainerId);
      const set: SessionChanges = {};
      if (input.topic !== undefined) set.topic = input.topic;
      if (input.startsAt !== undefined) set.starts_at = input.startsAt;
      if (input.timeZone !== undefined) set.time_zone = input.timeZone;
      if (input.durationMinutes !== undefined) set.duration_minutes = input.durationMinutes;
      if (input.trainerId !== undefined) set.trainer_id = input.trainerId;
      if (input.location !== undefined) set.location = input.location.trim();
      if (input.cancelled !== undefined) set.status = input.cancelled ? SessionStatus.CANCELLED : SessionStatus.SCHEDULED;
      const { before, after } = await this.training.update(tx, input.id, input.version, set);
      await this.audit.record(tx, { projectId: current.project_id, entityType: 'TrainingSession', entityId: input.id, action: input.cancelled ? 'CANCELLED' : 'UPDATED', actorId: access.userId, ...changedColumns(before, after) });
      // The reminder follows the start, and goes when the session is cancelled.
      await this.jobs.apply(tx, sessionReminderJobs(after));
      return toSession(after);
    });
  }

  /** A session people were invited to is cancelled, not removed: it stays in its wave's history with the reason. */
  async cancel(input: CancelTrainingSessionInput, access: ProjectAccess): Promise<TrainingSessionModel> {
    return this.db.transaction(async (tx) => {
      const current = await this.training.find(tx, input.id);
      if (current.status !== SessionStatus.SCHEDULED) {
        throw invalidState(current.status === SessionStatus.HELD ? 'This session was held; it can no longer be cancelled.' : 'This session is already cancelled.', current.status, {}, { reason: current.status === SessionStatus.HELD ? 'SESSION_HELD' : 'SESSION_ALREADY_CANCELLED' });
      }
      const { before, after } = await this.training.update(tx, input.id, input.version, { status: SessionStatus.CANCELLED, cancel_reason: input.reason });
      await this.audit.record(tx, { projectId: current.project_id, entityType: 'TrainingSession', entityId: input.id, action: 'CANCELLED', actorId: access.userId, ...changedColumns(before, after) });
      await this.jobs.apply(tx, sessionReminderJobs(after));
      return toSession(after);
    });
  }

  /** Takes a whole roster at once: every entry is stored, or none is. */
  async recordAttendance(input: RecordAttendanceInput, access: ProjectAccess): Promise<TrainingSessionModel> {
    return this.db.transaction(async (tx) => {
      const session = await this.training.find(tx, input.sessionId);
      if (session.status === SessionStatus.CANCELLED) throw invalidState('This session was cancelled; nobody can attend it.', session.status, {}, { reason: 'SESSION_CANCELLED' });
      const personIds = input.entries.map((e) => e.personId);
      if (new Set(personIds).size !== personIds.length) throw badUserInput([{ field: 'entries', message: 'Each person may appear only once.', code: 'PERSON_LISTED_TWICE' }]);
      this.checkSessionStartedFor(input.entries, session.starts_at);
      await this.checkPeople(tx, session.project_id, personIds, 'entries');
      const previous = input.entries.some((e) => e.status === AttendanceStatus.ABSENT) ? await this.training.attendanceOfSessions([input.sessionId], tx) : [];
      await this.training.recordAttendance(tx, input.sessionId, input.entries);
      await this.tellRetraining(tx, session, new Map(previous.map((a) => [a.person_id, a.status])), input.entries, access);
      const updated = await this.training.markAttendanceTaken(tx, input.sessionId, input.entries.some((e) => e.status === AttendanceStatus.ATTENDED));
      await this.audit.record(tx, {
        projectId: session.project_id,
        entityType: 'TrainingSession',
        entityId: input.sessionId,
        action: 'ATTENDANCE_RECORDED',
        actorId: access.userId,
        after: Object.fromEntries(['ATTENDED', 'EXCUSED', 'ABSENT', 'INVITED'].map((s) => [s.toLowerCase(), input.entries.filter((e) => e.status === s).length])),
      });
      return toSession(updated);
    });
  }

  /**
   * RETRAINING to each person this roster newly marks absent who is now on the wave's re-training
   * list (`retrainingNotices`); the list is read in the same transaction, only when someone is newly
   * absent. Keyed per session and person, so a person is told once per session.
   */
  private async tellRetraining(
    tx: EntityManager,
    session: SessionRow,
    previous: ReadonlyMap<string, AttendanceStatus>,
    entries: readonly { personId: string; status: AttendanceStatus }[],
    access: ProjectAccess,
  ): Promise<void> {
    if (!entries.some((e) => e.status === AttendanceStatus.ABSENT && previous.get(e.personId) !== AttendanceStatus.ABSENT)) return;
    const [list] = await this.retrainingOfWaves([session.wave_id], tx);
    const context = await this.people.noticeContext(tx, session.project_id, access.email);
    const told = retrainingNotices(previous, entries, new Set(list.map((e) => e.person.id)), context.actorPersonId);
    if (told.length === 0) return;
    await this.notifications.notify(
      tx,
      told.map((personId) => ({
        kind: 'RETRAINING',
        organisationId: context.organisationId,
        projectId: session.project_id,
        subject: { type: 'TRAINING_SESSION', id: session.id },
        to: { personIds: [personId] },
        actorUserId: access.userId,
        params: { sessionId: session.id, topic: session.topic, waveId: session.wave_id, projectName: context.projectName },
        link: notificationLinks.training(session.project_id),
        dedupeKey: `RETRAINING:${session.id}:${personId}`,
      })),
    );
  }

  /**
   * Usage reviews another area concluded (the adoption import finds who is inactive), recorded in
   * its transaction in one statement; the caller's own audit entry says what led to them.
   */
  async recordUsageReviewsIn(tx: EntityManager, reviews: readonly NewUsageReview[]): Promise<void> {
    await this.training.insertUsageReviews(tx, reviews);
  }

  async recordUsageReview(input: RecordUsageReviewInput, access: ProjectAccess): Promise<UsageReviewModel> {
    if (!input.personId === !input.businessUnit) {
      throw badUserInput([{ field: 'personId', message: 'Review either one person or one business unit.', code: 'PERSON_OR_UNIT' }]);
    }
    return this.db.transaction(async (tx) => {
      const wave = await this.waves.find(tx, input.waveId);
      if (input.personId) await this.checkPeople(tx, wave.project_id, [input.personId], 'personId');
      const note = input.note.trim();
      const id = await this.training.insertUsageReview(tx, {
        waveId: wave.id,
        personId: input.personId ?? null,
        businessUnit: input.businessUnit ?? null,
        active: input.active,
        note,
        reviewedOn: input.reviewedOn,
        createdBy: access.userId,
      });
      await this.audit.record(tx, { projectId: wave.project_id, entityType: 'UsageReview', entityId: id, action: 'RECORDED', actorId: access.userId, after: { wave: wave.name, business_unit: input.businessUnit ?? null, active: input.active } });
      const person = input.personId ? await this.training.person(tx, input.personId) : undefined;
      return { id, person: person ? toPerson(person) : null, businessUnit: input.businessUnit ?? null, active: input.active, note, reviewedOn: input.reviewedOn };
    });
  }

  /**
   * Puts a person on the wave's re-training list with the topic they needed help on, inside the
   * caller's transaction (hypercare's how-to questions): an "inactive" usage review dated today,
   * which a catch-up session attended from today on clears, as for any other review.
   */
  async noteRetrainingNeed(tx: EntityManager, need: { waveId: string; personId: string; topic: string; userId: string; on: string }): Promise<void> {
    await this.training.insertUsageReview(tx, {
      waveId: need.waveId,
      personId: need.personId,
      businessUnit: null,
      active: false,
      note: englishText('ASKED_FOR_HELP', { topic: need.topic }).slice(0, 1000),
      noteMessage: { code: 'ASKED_FOR_HELP', params: { topic: need.topic } },
      reviewedOn: need.on,
      createdBy: need.userId,
    });
  }

  /** One action: a re-training session with everyone on the wave's re-training list invited. */
  async scheduleRetraining(input: ScheduleRetrainingInput, access: ProjectAccess, language: Language = DEFAULT_LANGUAGE): Promise<TrainingSessionModel> {
    const list = await this.retraining(input.waveId);
    if (list.length === 0) throw badUserInput([{ field: 'waveId', message: 'Nobody in this wave needs re-training right now.', code: 'NOBODY_NEEDS_RETRAINING' }]);
    return this.schedule(
      // The audience is data the team reads and edits, so it is written in the scheduler's language.
      { ...input, audience: formatMessage(language, { code: 'RETRAINING_AUDIENCE', params: {} }), materials: [], inviteeIds: list.map((e) => e.person.id) },
      access,
      true,
    );
  }

  /** Built in slices by attendance-csv.ts, so a big wave's export never holds other requests up. */
  async attendanceCsv(waveId: string, formats: ReaderFormats): Promise<string> {
    return attendanceCsv(await this.training.attendanceExport(waveId), formats);
  }

  /**
   * The caller's calendar feed token: the same one each time while it lasts (it is derived from
   * the stored nonce, see calendar-feed-token.ts), a new one when there is none, it expired, or
   * `reset` asks for it (the old one then stops working at once).
   */
  async feedToken(userId: string, reset = false): Promise<string> {
    if (!reset) {
      const stored = await this.training.feedTokenOf(userId);
      if (stored?.nonce && stored.hash && stored.expiresAt && stored.expiresAt.getTime() > Date.now()) {
        const token = feedTokenFor(this.jwt, userId, stored.nonce);
        // A changed signing secret makes a different token; the stored one is then replaced.
        if (feedTokenHash(token) === stored.hash) return token;
      }
    }
    const nonce = newFeedTokenNonce();
    const token = feedTokenFor(this.jwt, userId, nonce);
    await this.training.setFeedToken(userId, { hash: feedTokenHash(token), nonce, expiresAt: feedTokenExpiry(new Date()) });
    return token;
  }

  /** Attended and absent say what happened, so they wait until the session has started; each refused entry is named. */
  private checkSessionStartedFor(entries: RecordAttendanceInput['entries'], startsAt: Date): void {
    const refused = attendanceNotYetAllowed(
      entries.map((entry, index) => ({ ...entry, index })),
      sessionHasStarted(startsAt),
    );
    if (refused.length === 0) return;
    throw badUserInput(
      refused.map((entry) => ({
        field: `entries.${entry.index}.status`,
        message: 'This session has not started yet: only invited or excused can be recorded until it does.',
        code: 'SESSION_NOT_STARTED' as const,
      })),
    );
  }

  private async checkTrainer(tx: EntityManager, projectId: string, personId: string): Promise<void> {
    if (!(await this.training.holdsRole(tx, projectId, TRAINER_ROLE, personId))) {
      throw badUserInput([{ field: 'trainerId', message: 'The trainer must hold the Trainer role in this program; assign it on the team page first.', code: 'TRAINER_ROLE_NEEDED' }]);
    }
  }

  private async checkPeople(tx: EntityManager, projectId: string, ids: string[], field: string): Promise<void> {
    if (!(await this.people.allInDirectory(tx, projectId, ids))) throw badUserInput([notInDirectory(field, true)]);
  }
}
