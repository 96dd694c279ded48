import { forwardRef, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { englishText, goLiveBlockerMessages, goLiveBlockers, goLiveMilestoneToReuse, hypercareExit, SupportSeverity } from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { ProjectAccess } from '../common/access/project-access';
import { HypercareRepository } from '../hypercare/hypercare.repository';
import { badUserInput, gateBlocked, invalidState } from '../common/errors/app-error';
import { CommunicationsService } from '../communications/communications.service';
import { MilestonesRepository } from '../phases/milestones.repository';
import { MilestoneRow, MilestoneStatus } from '../phases/models/phase.model';
import { PhasesRepository } from '../phases/phases.repository';
import { PhasesService } from '../phases/phases.service';
import {
  AddReadinessItemInput,
  CloseWaveInput,
  CreateRolloutWaveInput,
  GoLiveInput,
  SetReadinessItemInput,
  SetWaveKeyUsersInput,
  UpdateRolloutWaveInput,
} from './dto/rollout.inputs';
import { ReadinessItemModel, RolloutWaveModel, RolloutWaveRow, toReadinessItem, toRolloutWave, WaveStatus } from './models/rollout-wave.model';
import { RolloutRepository, RolloutWaveChanges } from './rollout.repository';

/** The checklist a wave starts with when its planner does not supply one. */
export const DEFAULT_READINESS_ITEMS = [
  'Everyone in the wave has completed their training',
  'Their customer data is migrated and spot-checked',
  'Every user can sign in and has the right access',
  'Support contacts and opening hours are announced',
  'Key users are briefed on their go-live duties',
];

/** The wave's go-live milestone carries the wave's name, so the timeline reads on its own. */
const milestoneNameFor = (waveName: string) => `${waveName} go-live`;

/** `SELECT *` on milestones also returns the key the template planted a milestone under. */
type PlantedMilestoneRow = MilestoneRow & { template_key?: string | null };

@Injectable()
export class RolloutService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly waves: RolloutRepository,
    private readonly milestones: MilestonesRepository,
    private readonly phaseRows: PhasesRepository,
    // The phases area calls back into rollout (followMilestoneDate), so the two services refer to each other.
    @Inject(forwardRef(() => PhasesService)) private readonly phases: PhasesService,
    private readonly audit: AuditService,
    private readonly supportItems: HypercareRepository,
    @Inject(forwardRef(() => CommunicationsService)) private readonly communications: CommunicationsService,
  ) {}

  async list(access: ProjectAccess): Promise<RolloutWaveModel[]> {
    return (await this.waves.list(access.projectId)).map(toRolloutWave);
  }

  /**
   * The wave, its one go-live milestone in the rollout phase and its readiness checklist, together
   * or not at all. The milestone is a template go-live milestone the wave takes over (moved to
   * the wave's date) or, when none matches (`goLiveMilestoneToReuse`), a new one — never both.
   */
  async create(input: CreateRolloutWaveInput, access: ProjectAccess): Promise<RolloutWaveModel> {
    return this.db.transaction(async (tx) => {
      const milestoneId = await this.goLiveMilestoneFor(tx, input, access);
      const wave = await this.waves.insert(tx, {
        projectId: access.projectId,
        name: input.name,
        scope: input.scope,
        goLiveDate: input.goLiveDate,
        milestoneId,
      });
      const labels = input.readinessItems ?? DEFAULT_READINESS_ITEMS;
      await this.waves.insertReadinessItems(tx, wave.id, labels);
      await this.communications.planNewWave(tx, wave, access.userId);
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'RolloutWave',
        entityId: wave.id,
        action: 'CREATED',
        actorId: access.userId,
        after: { ...wave, readinessItems: labels },
      });
      return toRolloutWave(wave);
    });
  }

  /** Renames, re-scopes or re-plans a wave; its go-live milestone moves (and is renamed) with it. */
  async update(input: UpdateRolloutWaveInput, access: ProjectAccess): Promise<RolloutWaveModel> {
    return this.db.transaction(async (tx) => {
      const wave = await this.waves.lock(tx, input.id);
      // A null in GraphQL means "leave as is" here: none of these columns may be emptied.
      const moving = input.goLiveDate != null && input.goLiveDate !== wave.go_live_date;
      if (moving && (wave.status === WaveStatus.LIVE || wave.status === WaveStatus.CLOSED)) {
        throw badUserInput([{ field: 'goLiveDate', message: 'This wave has already gone live, so its go-live date can no longer move.', code: 'WAVE_LIVE_DATE_FIXED' }]);
      }
      const set: RolloutWaveChanges = {};
      if (input.name != null) set.name = input.name;
      if (input.scope != null) set.scope = input.scope;
      if (input.goLiveDate != null) set.go_live_date = input.goLiveDate;
      const { before, after } = await this.waves.update(tx, wave.id, input.version, set);
      await this.audit.record(tx, { projectId: wave.project_id, entityType: 'RolloutWave', entityId: wave.id, action: 'UPDATED', actorId: access.userId, ...changedColumns(before, after) });
      if (before.go_live_date !== after.go_live_date) await this.communications.followGoLive(tx, after, access.userId);
      if (after.milestone_id) {
        // Only a name still derived from the wave follows it; a milestone someone renamed keeps its name.
        const rename = before.name !== after.name ? { from: milestoneNameFor(before.name), to: milestoneNameFor(after.name) } : undefined;
        await this.phases.moveMilestoneIn(tx, after.milestone_id, after.go_live_date, access.userId, rename);
      }
      return toRolloutWave(after);
    });
  }

  async addReadinessItem(input: AddReadinessItemInput, access: ProjectAccess): Promise<ReadinessItemModel> {
    return this.db.transaction(async (tx) => {
      const wave = await this.waves.lock(tx, input.waveId);
      const item = await this.waves.appendReadinessItem(tx, wave.id, input.label);
      await this.audit.record(tx, { projectId: wave.project_id, entityType: 'ReadinessItem', entityId: item.id, action: 'CREATED', actorId: access.userId, after: { waveId: wave.id, label: item.label } });
      await this.followReadiness(tx, wave, access.userId);
      return toReadinessItem(item);
    });
  }

  async setReadinessItem(input: SetReadinessItemInput, access: ProjectAccess): Promise<ReadinessItemModel> {
    return this.db.transaction(async (tx) => {
      const item = await this.waves.lockReadinessItem(tx, input.id);
      const wave = await this.waves.lock(tx, item.wave_id);
      if (item.done === input.done) return toReadinessItem(item);
      const updated = await this.waves.setReadinessItemDone(tx, input.id, input.done);
      await this.audit.record(tx, {
        projectId: wave.project_id,
        entityType: 'ReadinessItem',
        entityId: input.id,
        action: input.done ? 'CHECKED' : 'UNCHECKED',
        actorId: access.userId,
        before: { waveId: wave.id, label: item.label, done: item.done },
        after: { waveId: wave.id, label: item.label, done: input.done },
      });
      await this.followReadiness(tx, wave, access.userId);
      return toReadinessItem(updated);
    });
  }

  /** Replaces the wave's key users; only people holding the project's key user role qualify. */
  async setKeyUsers(input: SetWaveKeyUsersInput, access: ProjectAccess): Promise<RolloutWaveModel> {
    return this.db.transaction(async (tx) => {
      const wave = await this.waves.lock(tx, input.waveId);
      const wanted = [...new Set(input.personIds.map((id) => id.toLowerCase()))];
      await this.checkKeyUsers(tx, wave.project_id, wanted);
      const before = await this.waves.keyUserIds(tx, wave.id);
      const after = [...wanted].sort();
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await this.waves.replaceKeyUsers(tx, wave.id, wanted);
        await this.audit.record(tx, {
          projectId: wave.project_id,
          entityType: 'RolloutWave',
          entityId: wave.id,
          action: 'KEY_USERS_CHANGED',
          actorId: access.userId,
          before: { keyUserIds: before },
          after: { keyUserIds: after },
        });
      }
      return toRolloutWave(wave);
    });
  }

  /** The wave goes live only when its readiness list is complete; its go-live milestone is done with it. */
  async goLive(input: GoLiveInput, access: ProjectAccess): Promise<RolloutWaveModel> {
    return this.db.transaction(async (tx) => {
      const wave = await this.waves.lock(tx, input.waveId);
      if (wave.status === WaveStatus.LIVE) throw invalidState(`${wave.name} is already live.`, wave.status, {}, { reason: 'WAVE_ALREADY_LIVE', wave: wave.name });
      if (wave.status === WaveStatus.CLOSED) throw invalidState(`${wave.name} has already gone live and been closed.`, wave.status, {}, { reason: 'WAVE_ALREADY_CLOSED', wave: wave.name });
      const blockers = goLiveBlockerMessages(await this.waves.readinessItems(tx, wave.id));
      if (blockers.length > 0) {
        throw gateBlocked(
          `${wave.name} cannot go live yet:`,
          blockers.map((b) => englishText(b.code, b.params)),
          { params: { reason: 'WAVE_GO_LIVE_BLOCKED', wave: wave.name }, blockerMessages: blockers },
        );
      }
      const { before, after } = await this.waves.update(tx, wave.id, input.version ?? wave.version, { status: WaveStatus.LIVE, went_live_at: new Date() });
      await this.audit.record(tx, { projectId: wave.project_id, entityType: 'RolloutWave', entityId: wave.id, action: 'WENT_LIVE', actorId: access.userId, ...changedColumns(before, after) });
      // A go-live milestone someone already ticked off by hand stays as it is; the wave still goes live.
      const milestone = wave.milestone_id ? await this.milestones.find(tx, wave.milestone_id) : null;
      if (milestone && milestone.status !== MilestoneStatus.DONE) await this.phases.completeMilestoneIn(tx, milestone.id, access.userId, milestone.version);
      return toRolloutWave(after);
    });
  }

  /** Ends a live wave once its hypercare is over. */
  async close(input: CloseWaveInput, access: ProjectAccess): Promise<RolloutWaveModel> {
    return this.db.transaction(async (tx) => {
      const wave = await this.waves.lock(tx, input.waveId);
      if (wave.status === WaveStatus.CLOSED) throw invalidState(`${wave.name} is already closed.`, wave.status, {}, { reason: 'WAVE_ALREADY_CLOSED', wave: wave.name });
      if (wave.status !== WaveStatus.LIVE) throw invalidState(`${wave.name} has not gone live yet; only a live wave can be closed.`, wave.status, {}, { reason: 'WAVE_NOT_LIVE_TO_CLOSE', wave: wave.name });
      const items = await this.supportItems.clocksOfWave(wave.id, tx);
      const exit = hypercareExit({ waveLive: true, items: items.map((i) => ({ severity: i.severity as SupportSeverity, status: i.status, createdAt: i.created_at })), now: new Date() });
      if (!exit.met) {
        throw gateBlocked(
          `${wave.name}’s hypercare cannot end yet.`,
          exit.blockers.map((b) => englishText(b.code, b.params).replace(/\.$/, '')),
          { params: { reason: 'HYPERCARE_EXIT_BLOCKED', wave: wave.name }, blockerMessages: exit.blockers },
        );
      }
      const { before, after } = await this.waves.update(tx, wave.id, input.version ?? wave.version, { status: WaveStatus.CLOSED });
      await this.audit.record(tx, { projectId: wave.project_id, entityType: 'RolloutWave', entityId: wave.id, action: 'CLOSED', actorId: access.userId, ...changedColumns(before, after) });
      return toRolloutWave(after);
    });
  }

  /**
   * The phases area moved a milestone: if it is a wave's go-live, the wave's date follows, with
   * its own history entry. Runs in the caller's transaction so both dates commit together.
   */
  async followMilestoneDate(tx: EntityManager, milestoneId: string, dueDate: string, actorId: string): Promise<void> {
    const wave = await this.waves.lockByMilestone(tx, milestoneId);
    if (!wave || wave.go_live_date === dueDate) return;
    const { before, after } = await this.waves.update(tx, wave.id, wave.version, { go_live_date: dueDate });
    await this.audit.record(tx, { projectId: wave.project_id, entityType: 'RolloutWave', entityId: wave.id, action: 'UPDATED', actorId, ...changedColumns(before, after) });
    await this.communications.followGoLive(tx, after, actorId);
  }

  /** The id of the milestone the new wave goes live on; null when the project has no rollout phase. */
  private async goLiveMilestoneFor(tx: EntityManager, input: CreateRolloutWaveInput, access: ProjectAccess): Promise<string | null> {
    await this.waves.lockWavePlanning(tx, access.projectId);
    const phase = await this.phaseRows.firstRolloutPhase(access.projectId, tx);
    if (!phase) return null;
    const inUse = new Set(await this.waves.milestoneIdsInUse(tx, access.projectId));
    const planted: PlantedMilestoneRow[] = await this.milestones.byPhases([phase.id], tx);
    const reuse = goLiveMilestoneToReuse(
      input.goLiveDate,
      planted.map((m) => ({ id: m.id, templateKey: m.template_key ?? null, dueDate: m.due_date, done: m.status === MilestoneStatus.DONE, usedByWave: inUse.has(m.id) })),
    );
    if (reuse) {
      // The template's milestone keeps its name ("Pilot wave live", "Go-live"); its date becomes the wave's.
      await this.phases.moveMilestoneIn(tx, reuse, input.goLiveDate, access.userId);
      return reuse;
    }
    const created = await this.phases.createRolloutMilestoneIn(tx, access.projectId, phase.id, milestoneNameFor(input.name), input.goLiveDate, access.userId);
    return created.id;
  }

  private async checkKeyUsers(tx: EntityManager, projectId: string, personIds: string[]): Promise<void> {
    if (personIds.length === 0) return;
    const holding = new Set(await this.waves.keyUserRoleHolders(tx, projectId, personIds));
    const missing = personIds.filter((id) => !holding.has(id));
    if (missing.length === 0) return;
    const people = await this.waves.peopleNamed(tx, missing);
    const messages: string[] = [];
    if (people.length > 0) {
      messages.push(`${people.map((p) => p.name).join(', ')} ${people.length === 1 ? 'does' : 'do'} not hold the key user role in this program; assign the role on the team first.`);
    }
    const named = new Set(people.map((p) => p.id));
    const unknown = missing.filter((id) => !named.has(id));
    if (unknown.length > 0) messages.push(`No one in the people directory has the id ${unknown.join(', ')}.`);
    throw badUserInput([{ field: 'personIds', message: messages.join(' ') }]);
  }

  /**
   * A wave that is not live yet is READY exactly when every item of a non-empty checklist is
   * checked; live and closed waves keep their status whatever happens to the list.
   */
  private async followReadiness(tx: EntityManager, wave: RolloutWaveRow, actorId: string): Promise<void> {
    if (wave.status !== WaveStatus.PLANNED && wave.status !== WaveStatus.READY) return;
    const items = await this.waves.readinessItems(tx, wave.id);
    const ready = items.length > 0 && goLiveBlockers(items).length === 0;
    const status = ready ? WaveStatus.READY : WaveStatus.PLANNED;
    if (status === wave.status) return;
    // The wave row is locked since it was read, so its version is still the one read there.
    const { before, after } = await this.waves.update(tx, wave.id, wave.version, { status });
    await this.audit.record(tx, { projectId: wave.project_id, entityType: 'RolloutWave', entityId: wave.id, action: 'STATUS_CHANGED', actorId, ...changedColumns(before, after) });
  }
}
