import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { COMMUNICATION_DEFAULT_OWNER_ROLE, communicationPlanFor, communicationShifts, plannedOn, programCommunicationPlan, todayIso } from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { ProjectAccess } from '../common/access/project-access';
import { badUserInput, FieldError, notFound } from '../common/errors/app-error';
import { JobsService } from '../jobs/jobs.service';
import { communicationReminderJobs } from '../reminders/reminder-jobs';
import { RolloutWaveRow } from '../rollout/models/rollout-wave.model';
import { RolloutRepository } from '../rollout/rollout.repository';
import { TeamRepository } from '../team/team.repository';
import { CommunicationChanges, CommunicationsRepository } from './communications.repository';
import { CreateCommunicationInput, UpdateCommunicationInput } from './dto/communication.inputs';
import { CommunicationModel, CommunicationRow, toCommunication } from './models/communication.model';

/**
 * The communications plan of each wave: written with the wave, moved with its go-live, edited
 * message by message. Each change schedules the owner's reminders in its own transaction.
 */
@Injectable()
export class CommunicationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly communications: CommunicationsRepository,
    private readonly waves: RolloutRepository,
    private readonly team: TeamRepository,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
  ) {}

  async ofWave(waveId: string): Promise<CommunicationModel[]> {
    const today = todayIso();
    return (await this.communications.ofWave(waveId)).map((row) => toCommunication(row, today));
  }

  /**
   * A new wave's plan, in the wave's transaction: the program's own (from its template) or the
   * standard one, to the wave's scope, each message owned by its role or the communications lead.
   */
  async planNewWave(tx: EntityManager, wave: RolloutWaveRow, actorId: string): Promise<void> {
    const plan = programCommunicationPlan(await this.communications.programPlan(tx, wave.project_id));
    const rows = await this.communications.insertPlan(tx, {
      projectId: wave.project_id,
      waveId: wave.id,
      audienceUnits: wave.scope,
      defaultOwnerRoleKey: COMMUNICATION_DEFAULT_OWNER_ROLE,
      messages: communicationPlanFor(wave.go_live_date, plan),
    });
    await this.audit.recordMany(
      tx,
      rows.map((row) => ({ projectId: wave.project_id, entityType: 'Communication', entityId: row.id, action: 'CREATED', actorId, after: this.auditShape(row) })),
    );
    await this.jobs.apply(tx, communicationReminderJobs(rows));
  }

  /**
   * The wave's go-live moved (in the caller's transaction, the wave row locked): its planned
   * messages move with it, sent and skipped ones stay where they happened.
   */
  async followGoLive(tx: EntityManager, wave: RolloutWaveRow, actorId: string): Promise<void> {
    const messages = await this.communications.lockOfWave(tx, wave.id);
    const shifts = communicationShifts(
      messages.map((m) => ({ id: m.id, offsetDays: m.offset_days, plannedOn: m.planned_on, status: m.status })),
      wave.go_live_date,
    );
    const moved = await this.communications.moveMany(tx, shifts);
    await this.audit.recordMany(
      tx,
      shifts.map((s) => ({ projectId: wave.project_id, entityType: 'Communication', entityId: s.id, action: 'MOVED', actorId, before: { planned_on: s.from }, after: { planned_on: s.to } })),
    );
    await this.jobs.apply(tx, communicationReminderJobs(moved));
  }

  async create(input: CreateCommunicationInput, access: ProjectAccess): Promise<CommunicationModel> {
    const units = await this.programUnits(access.projectId);
    return this.db.transaction(async (tx) => {
      // Locked like a go-live move locks it, so the message is dated from the go-live that stands.
      const wave = await this.waves.lock(tx, input.waveId);
      const audienceUnits = input.audienceUnits ?? wave.scope;
      const ownerRoleId = input.ownerRoleId ?? (await this.team.findRoleId(tx, wave.project_id, COMMUNICATION_DEFAULT_OWNER_ROLE)) ?? null;
      await this.checkAudience(tx, wave.project_id, units, { audienceUnits, audienceRoleIds: input.audienceRoleIds, ownerRoleId: input.ownerRoleId });
      const row = await this.communications.insert(tx, {
        projectId: wave.project_id,
        waveId: wave.id,
        title: input.title,
        body: input.body ?? '',
        offsetDays: input.offsetDays,
        plannedOn: plannedOn(wave.go_live_date, input.offsetDays),
        channel: input.channel,
        audienceUnits,
        audienceRoleIds: input.audienceRoleIds ?? [],
        ownerRoleId,
      });
      await this.audit.record(tx, { projectId: wave.project_id, entityType: 'Communication', entityId: row.id, action: 'CREATED', actorId: access.userId, after: this.auditShape(row) });
      await this.jobs.apply(tx, communicationReminderJobs([row]));
      return toCommunication(row, todayIso());
    });
  }

  async update(input: UpdateCommunicationInput, access: ProjectAccess): Promise<CommunicationModel> {
    const units = await this.programUnits(access.projectId);
    return this.db.transaction(async (tx) => {
      const current = await this.communications.findOrNone(tx, input.id);
      if (!current) throw notFound('This message');
      // The wave first, then the message: the order a go-live move locks them in.
      const wave = await this.waves.lock(tx, current.wave_id);
      const message = await this.communications.lock(tx, input.id);
      await this.checkAudience(tx, wave.project_id, units, input);
      const set = this.changesOf(input, message, wave);
      const { before, after } = await this.communications.update(tx, message.id, input.version, set);
      await this.audit.record(tx, { projectId: wave.project_id, entityType: 'Communication', entityId: message.id, action: 'UPDATED', actorId: access.userId, ...changedColumns(before, after) });
      await this.jobs.apply(tx, communicationReminderJobs([after]));
      return toCommunication(after, todayIso());
    });
  }

  /** Reminders of messages back from the trash (those whose moment is still to come). */
  async reschedule(tx: EntityManager, ids: readonly string[]): Promise<void> {
    await this.jobs.apply(tx, communicationReminderJobs(await this.communications.byIdsIn(tx, ids)));
  }

  private changesOf(input: UpdateCommunicationInput, message: CommunicationRow, wave: RolloutWaveRow): CommunicationChanges {
    const set: CommunicationChanges = {};
    if (input.title !== undefined) set.title = input.title;
    if (input.body !== undefined) set.body = input.body;
    if (input.channel !== undefined) set.channel = input.channel;
    if (input.audienceUnits !== undefined) set.audience_units = input.audienceUnits;
    if (input.audienceRoleIds !== undefined) set.audience_role_ids = input.audienceRoleIds;
    if (input.ownerRoleId !== undefined) set.owner_role_id = input.ownerRoleId;
    const status = input.status ?? message.status;
    if (input.sentOn !== undefined && status !== 'SENT') {
      throw badUserInput([{ field: 'sentOn', message: 'Only a message marked as sent has a day it went out.', code: 'SENT_DAY_NEEDS_SENT' }]);
    }
    if (input.sentOn !== undefined && input.sentOn > todayIso()) {
      throw badUserInput([{ field: 'sentOn', message: 'A message cannot have gone out on a day still to come.', code: 'SENT_DAY_IN_FUTURE' }]);
    }
    if (input.status !== undefined) set.status = input.status;
    if (status === 'SENT') set.sent_on = input.sentOn ?? (message.status === 'SENT' ? message.sent_on : todayIso());
    else if (message.sent_on !== null) set.sent_on = null;
    if (input.offsetDays !== undefined) {
      set.offset_days = input.offsetDays;
      // What already happened stays on its day; a planned message moves to its new offset.
      if (status === 'PLANNED') set.planned_on = plannedOn(wave.go_live_date, input.offsetDays);
    } else if (status === 'PLANNED' && message.status !== 'PLANNED') {
      // Back on the plan: it goes out at its offset from the go-live as it stands now.
      set.planned_on = plannedOn(wave.go_live_date, message.offset_days);
    }
    return set;
  }

  /** The business units any wave of the program covers: an audience names only those. */
  private async programUnits(projectId: string): Promise<Set<string>> {
    return new Set((await this.waves.list(projectId)).flatMap((w) => w.scope.map((unit) => unit.toLowerCase())));
  }

  private async checkAudience(
    tx: EntityManager,
    projectId: string,
    units: ReadonlySet<string>,
    input: { audienceUnits?: string[]; audienceRoleIds?: string[]; ownerRoleId?: string | null },
  ): Promise<void> {
    const problems: FieldError[] = [];
    const unknownUnits = (input.audienceUnits ?? []).filter((unit) => !units.has(unit.toLowerCase()));
    if (unknownUnits.length > 0) {
      problems.push({ field: 'audienceUnits', message: `${unknownUnits.join(', ')} ${unknownUnits.length === 1 ? 'is' : 'are'} not in the scope of any wave of this program.`, code: 'UNITS_NOT_IN_SCOPE', params: { units: unknownUnits.join(', '), count: unknownUnits.length } });
    }
    const roleIds = [...(input.audienceRoleIds ?? []), ...(input.ownerRoleId ? [input.ownerRoleId] : [])];
    if (roleIds.length > 0) {
      const ours = new Set((await this.team.rolesByIds(roleIds, tx)).filter((r) => r.project_id === projectId).map((r) => r.id));
      if ((input.audienceRoleIds ?? []).some((id) => !ours.has(id))) problems.push({ field: 'audienceRoleIds', message: 'Choose roles of this program.', code: 'CHOOSE_PROGRAM_ROLES' });
      if (input.ownerRoleId && !ours.has(input.ownerRoleId)) problems.push({ field: 'ownerRoleId', message: 'Choose a role of this program to send the message.', code: 'CHOOSE_PROGRAM_SENDER_ROLE' });
    }
    if (problems.length > 0) throw badUserInput(problems);
  }

  private auditShape(row: CommunicationRow) {
    return { waveId: row.wave_id, title: row.title, offsetDays: row.offset_days, plannedOn: row.planned_on, channel: row.channel, status: row.status };
  }
}
