import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Papa from 'papaparse';
import { DataSource, EntityManager } from 'typeorm';

import {
  adoptionPercent,
  adoptionRatio,
  DEFAULT_LANGUAGE,
  englishText,
  formatMessage,
  type Language,
  inactivityReason,
  latestActivity,
  parseUsageRecords,
  todayIso,
  usageDays,
  waveAdoption,
  type InactivityReason,
  type Message,
  type RowMessage,
} from '@crm/domain';

import { AuditService } from '../audit/audit.service';
import { ProjectAccess } from '../common/access/project-access';
import { inTransaction, serializeWrites } from '../common/database/transaction';
import { badUserInput } from '../common/errors/app-error';
import { toMessageModel, toRowProblem } from '../common/graphql/message.model';
import { KpisService } from '../kpis/kpis.service';
import { toPerson } from '../people/models/person.model';
import { PeopleRepository } from '../people/people.repository';
import { RolloutWaveRow } from '../rollout/models/rollout-wave.model';
import { RolloutRepository } from '../rollout/rollout.repository';
import { NewUsageReview, TrainingRepository } from '../training/training.repository';
import { TrainingService } from '../training/training.service';
import { AdoptionRepository, WaveUserRow } from './adoption.repository';
import { ImportUsageDataInput, SetWaveUsersInput } from './dto/adoption.inputs';
import { InactiveUserModel, toUsageImport, UsageFormat, UsageImportResultModel, WaveAdoptionModel } from './models/adoption.model';

/** How many unmatched emails an import names; the count says how many there were in all. */
const UNMATCHED_NAMED = 20;
const ADOPTION_KPI_KEY = 'USER_ADOPTION';

function reasonFields(reason: InactivityReason): Pick<InactiveUserModel, 'code' | 'days' | 'lastActiveOn' | 'reason' | 'reasonMessage'> {
  return {
    code: reason.code,
    days: reason.params.days,
    lastActiveOn: reason.code === 'NO_ACTIVITY_FOR_DAYS' ? reason.params.lastActiveOn : null,
    reason: englishText(reason.code, reason.params),
    reasonMessage: toMessageModel(reason),
  };
}

@Injectable()
export class AdoptionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly adoption: AdoptionRepository,
    private readonly people: PeopleRepository,
    private readonly waves: RolloutRepository,
    private readonly training: TrainingService,
    private readonly trainingRecords: TrainingRepository,
    private readonly kpis: KpisService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Reads a CRM usage export and stores its days of use, all or nothing: a file with one bad row
   * (or the header of another format) stores nothing and lists every problem. Rows are matched to
   * people of the organisation by email; unmatched rows are counted and named, never imported.
   * When the import adds anything, every wave's inactive users go on its re-training list (one
   * usage review each, with the reason) and the program's USER_ADOPTION KPI is measured.
   */
  async importUsageData(input: ImportUsageDataInput, access: ProjectAccess, language: Language = DEFAULT_LANGUAGE): Promise<UsageImportResultModel> {
    const today = todayIso();
    const csv = Papa.parse<string[]>(input.content.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
    const parsed = parseUsageRecords(input.format, csv.data, today);
    const errors: RowMessage[] = [...parsed.errors];
    // Papaparse numbers data rows from 0 with the header as row 0: the spreadsheet's row is one more.
    for (const problem of csv.errors) if (problem.row !== undefined && problem.row > 0) errors.push({ row: problem.row + 1, code: 'IMPORT_ROW_UNREADABLE', params: { detail: problem.message } });
    const refused = {
      imported: 0,
      rowCount: parsed.rowCount,
      matchedCount: 0,
      unmatchedCount: 0,
      unmatchedEmails: [],
      ignoredCount: parsed.ignored,
      detectedFormat: parsed.detected as UsageFormat | null,
      retrainingAdded: 0,
      adoptionMeasured: null,
    };
    if (errors.length > 0) return { ...refused, errors: errors.sort((a, b) => a.row - b.row).map(toRowProblem) };

    const emails = [...new Set(parsed.rows.map((r) => r.email))];
    const personByEmail = new Map((await this.people.byEmails(access.projectId, emails)).map((p) => [p.email, p.id]));
    const matchedRows = parsed.rows.filter((r) => personByEmail.has(r.email));
    const unmatched = emails.filter((e) => !personByEmail.has(e)).sort();
    const days = usageDays(matchedRows);
    const waves = await this.waves.list(access.projectId);

    return inTransaction(this.db, async (tx) => {
      // Two imports into one program take turns, so both cannot put the same person on a list.
      await serializeWrites(tx, 'usage-import', access.projectId);
      const importId = await this.adoption.insertImport(tx, {
        projectId: access.projectId,
        format: input.format,
        rowCount: parsed.rowCount,
        matchedCount: matchedRows.length,
        unmatchedCount: parsed.rows.length - matchedRows.length,
        unmatchedEmails: unmatched.slice(0, UNMATCHED_NAMED),
        importedBy: access.userId,
      });
      const imported = await this.adoption.writeEvents(tx, {
        projectId: access.projectId,
        importId,
        source: input.format,
        personIds: days.map((d) => personByEmail.get(d.email)!),
        days: days.map((d) => d.day),
        counts: days.map((d) => d.count),
      });
      const followUp = imported > 0 ? await this.followUp(tx, access, waves, today, language) : { retrainingAdded: 0, adoptionMeasured: null };
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'UsageImport',
        entityId: importId,
        action: 'IMPORTED',
        actorId: access.userId,
        after: { format: input.format, rows: parsed.rowCount, matched: matchedRows.length, unmatched: unmatched.length, days_added: imported, retraining_added: followUp.retrainingAdded },
      });
      return {
        ...refused,
        imported,
        matchedCount: matchedRows.length,
        unmatchedCount: parsed.rows.length - matchedRows.length,
        unmatchedEmails: unmatched.slice(0, UNMATCHED_NAMED),
        ...followUp,
        errors: [],
      };
    });
  }

  /**
   * The automatic usage reviews and the KPI measurement after an import, in its transaction and
   * in a fixed number of statements: wave users, their latest use, and the waves' reviews.
   * A person already reviewed inactive in a wave is not reviewed again; one found inactive before
   * who uses the CRM again is reviewed active, which takes them off the list.
   */
  private async followUp(tx: EntityManager, access: ProjectAccess, waves: readonly RolloutWaveRow[], today: string, language: Language) {
    const waveIds = waves.map((w) => w.id);
    const users = await this.adoption.usersOfWaves(tx, waveIds);
    const latest = await this.adoption.latestUse(tx, access.projectId, [...new Set(users.map((u) => u.id))], today);
    const activity = latest.map((r) => ({ personId: r.person_id, day: r.day }));
    const lastActiveOn = latestActivity(activity, today);
    const reviews = await this.trainingRecords.usageReviewsOfWaves(waveIds, tx);
    const latestOwnReview = new Map<string, { active: boolean; reviewedOn: string }>();
    for (const review of reviews) {
      if (!review.person_id) continue;
      const key = `${review.wave_id}:${review.person_id}`;
      const current = latestOwnReview.get(key);
      if (!current || review.reviewed_on >= current.reviewedOn) latestOwnReview.set(key, { active: review.active, reviewedOn: review.reviewed_on });
    }
    const newReviews: NewUsageReview[] = [];
    let retrainingAdded = 0;
    for (const user of users) {
      const wave = waves.find((w) => w.id === user.wave_id)!;
      const reason = inactivityReason(wave.go_live_date, today, lastActiveOn.get(user.id));
      const previous = latestOwnReview.get(`${wave.id}:${user.id}`);
      const lastActive = lastActiveOn.get(user.id);
      const review = { waveId: wave.id, personId: user.id, businessUnit: null, reviewedOn: today, createdBy: access.userId };
      if (reason && previous?.active !== false) {
        newReviews.push({ ...review, active: false, note: `From the usage import: ${englishText(reason.code, reason.params)}`, noteMessage: reason });
        retrainingAdded += 1;
      } else if (!reason && previous?.active === false && lastActive !== undefined && lastActive >= previous.reviewedOn) {
        const again: Message = { code: 'USING_CRM_AGAIN', params: { lastActiveOn: lastActive } };
        newReviews.push({ ...review, active: true, note: `From the usage import: ${englishText(again.code, again.params)}`, noteMessage: again });
      }
    }
    await this.training.recordUsageReviewsIn(tx, newReviews);
    const adoptionMeasured = await this.measureAdoption(tx, access, waves, users, lastActiveOn, today, language);
    return { retrainingAdded, adoptionMeasured };
  }

  /** Active ÷ licensed over the last 30 days, across the waves that have gone live; its note in the importer's language, as data the team reads. */
  private async measureAdoption(
    tx: EntityManager,
    access: ProjectAccess,
    waves: readonly RolloutWaveRow[],
    users: readonly WaveUserRow[],
    lastActiveOn: Map<string, string>,
    today: string,
    language: Language,
  ) {
    const live = new Set(waves.filter((w) => w.go_live_date <= today).map((w) => w.id));
    const licensed = [...new Map(users.filter((u) => live.has(u.wave_id)).map((u) => [u.id, { personId: u.id, businessUnit: u.business_unit }])).values()];
    const figures = waveAdoption(today, today, licensed, [...lastActiveOn].map(([personId, day]) => ({ personId, day })));
    const ratio = adoptionRatio(figures.active30, figures.licensedUsers);
    if (ratio === null) return null;
    const value = adoptionPercent(ratio);
    const note = formatMessage(language, { code: 'ADOPTION_MEASURED_BY_IMPORT', params: { active: figures.active30, licensed: figures.licensedUsers } });
    return (await this.kpis.recordMeasurementByKeyIn(tx, access, ADOPTION_KPI_KEY, { measuredOn: today, value, note })) ? value : null;
  }

  /** A wave's adoption as of today, in four statements whatever its size. */
  async waveAdoption(waveId: string, access: ProjectAccess): Promise<WaveAdoptionModel> {
    const today = todayIso();
    const wave = await this.waves.find(this.db.manager, waveId);
    const users = await this.adoption.usersOfWaves(this.db.manager, [wave.id]);
    const [latest, lastImport] = await Promise.all([
      this.adoption.latestUse(this.db.manager, access.projectId, users.map((u) => u.id), today),
      this.adoption.latestImport(access.projectId),
    ]);
    const result = waveAdoption(
      wave.go_live_date,
      today,
      users.map((u) => ({ personId: u.id, businessUnit: u.business_unit })),
      latest.map((r) => ({ personId: r.person_id, day: r.day })),
    );
    const personById = new Map(users.map((u) => [u.id, u]));
    return {
      waveId: wave.id,
      asOf: today,
      activeUsers: result.active30,
      licensedUsers: result.licensedUsers,
      ratio: result.ratio,
      active7: result.active7,
      active30: result.active30,
      byBusinessUnit: result.byBusinessUnit,
      inactive: result.inactive.map((entry) => ({ person: toPerson(personById.get(entry.personId)!), ...reasonFields(entry.reason) })),
      lastImport: lastImport ? toUsageImport(lastImport) : null,
    };
  }

  /** Replaces the people added to a wave by hand; they count among its licensed users. */
  async setWaveUsers(input: SetWaveUsersInput, access: ProjectAccess): Promise<WaveAdoptionModel> {
    await inTransaction(this.db, async (tx) => {
      const wave = await this.waves.lock(tx, input.waveId);
      if (!(await this.people.allInDirectory(tx, wave.project_id, input.personIds))) {
        throw badUserInput([{ field: 'personIds', message: 'Everyone added to a wave must be in the organisation’s people directory.', code: 'PEOPLE_NOT_IN_DIRECTORY' }]);
      }
      await this.adoption.replaceWaveUsers(tx, wave.id, input.personIds);
      await this.audit.record(tx, { projectId: wave.project_id, entityType: 'RolloutWave', entityId: wave.id, action: 'USERS_SET', actorId: access.userId, after: { people: input.personIds.length } });
    });
    return this.waveAdoption(input.waveId, access);
  }
}
