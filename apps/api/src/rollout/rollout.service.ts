import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { goLiveBlockers } from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { versionedUpdate } from '../common/database/versioned-update';
import { AppError, badUserInput, ErrorCode, gateBlocked, notFound } from '../common/errors/app-error';
import { MilestoneRow } from '../phases/models/phase.model';
import { ProjectAccessService } from '../projects/project-access.service';
import {
  AddReadinessItemInput,
  CloseWaveInput,
  CreateRolloutWaveInput,
  GoLiveInput,
  SetReadinessItemInput,
  SetWaveKeyUsersInput,
  UpdateRolloutWaveInput,
} from './dto/rollout.inputs';
import {
  ReadinessItemModel,
  ReadinessItemRow,
  RolloutWaveModel,
  RolloutWaveRow,
  toReadinessItem,
  toRolloutWave,
  WaveStatus,
} from './models/rollout-wave.model';

type Row = Record<string, unknown>;

/** The checklist a wave starts with when its planner does not supply one. */
export const DEFAULT_READINESS_ITEMS = [
  'Everyone in the wave has completed their training',
  'Their customer data is migrated and spot-checked',
  'Every user can sign in and has the right access',
  'Support contacts and opening hours are announced',
  'Key users are briefed on their go-live duties',
];

const KEY_USER_ROLE = 'KEY_USER';

/** The wave's go-live milestone carries the wave's name, so the timeline reads on its own. */
const milestoneNameFor = (waveName: string) => `${waveName} go-live`;

@Injectable()
export class RolloutService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  async list(projectId: string, userId: string): Promise<RolloutWaveModel[]> {
    await this.access.canView(projectId, userId);
    const rows: RolloutWaveRow[] = await this.db.query(
      'SELECT * FROM rollout_waves WHERE project_id = $1 ORDER BY go_live_date, created_at, id',
      [projectId],
    );
    return rows.map(toRolloutWave);
  }

  /** The wave, its go-live milestone in the rollout phase and its readiness checklist, together or not at all. */
  async create(input: CreateRolloutWaveInput, userId: string): Promise<RolloutWaveModel> {
    return this.db.transaction(async (tx) => {
      await this.access.canEdit(input.projectId, userId, tx);
      const phases: { id: string }[] = await tx.query(
        "SELECT id FROM phases WHERE project_id = $1 AND kind = 'PHASED_ROLLOUT' ORDER BY position LIMIT 1",
        [input.projectId],
      );
      let milestone: MilestoneRow | null = null;
      if (phases[0]) {
        const created: MilestoneRow[] = await tx.query(
          'INSERT INTO milestones (project_id, phase_id, name, due_date) VALUES ($1, $2, $3, $4) RETURNING *',
          [input.projectId, phases[0].id, milestoneNameFor(input.name), input.goLiveDate],
        );
        milestone = created[0];
        await this.audit.record(tx, { projectId: input.projectId, entityType: 'Milestone', entityId: milestone.id, action: 'CREATED', actorId: userId, after: milestone });
      }
      const [wave]: RolloutWaveRow[] = await tx.query(
        'INSERT INTO rollout_waves (project_id, name, scope, go_live_date, milestone_id) VALUES ($1, $2, $3, $4, $5) RETURNING *',
        [input.projectId, input.name, input.scope, input.goLiveDate, milestone?.id ?? null],
      );
      const labels = input.readinessItems ?? DEFAULT_READINESS_ITEMS;
      if (labels.length > 0) {
        await tx.query(
          `INSERT INTO wave_readiness_items (wave_id, label, position)
           SELECT $1, item.label, item.position FROM unnest($2::text[]) WITH ORDINALITY AS item(label, position)`,
          [wave.id, labels],
        );
      }
      await this.audit.record(tx, {
        projectId: input.projectId,
        entityType: 'RolloutWave',
        entityId: wave.id,
        action: 'CREATED',
        actorId: userId,
        after: { ...wave, readinessItems: labels },
      });
      return toRolloutWave(wave);
    });
  }

  /** Renames, re-scopes or re-plans a wave; its go-live milestone moves (and is renamed) with it. */
  async update(input: UpdateRolloutWaveInput, userId: string): Promise<RolloutWaveModel> {
    return this.db.transaction(async (tx) => {
      const wave = await this.waveRow(tx, input.id);
      await this.access.canEdit(wave.project_id, userId, tx);
      // A null in GraphQL means "leave as is" here: none of these columns may be emptied.
      const moving = input.goLiveDate != null && input.goLiveDate !== wave.go_live_date;
      if (moving && (wave.status === WaveStatus.LIVE || wave.status === WaveStatus.CLOSED)) {
        throw badUserInput([{ field: 'goLiveDate', message: 'This wave has already gone live, so its go-live date can no longer move.' }]);
      }
      const set: Row = {};
      if (input.name != null) set['name'] = input.name;
      if (input.scope != null) set['scope'] = input.scope;
      if (input.goLiveDate != null) set['go_live_date'] = input.goLiveDate;
      const { before, after } = await versionedUpdate<RolloutWaveRow & Row>(tx, { table: 'rollout_waves', id: wave.id, version: input.version, set, what: 'This rollout wave' });
      await this.audit.record(tx, { projectId: wave.project_id, entityType: 'RolloutWave', entityId: wave.id, action: 'UPDATED', actorId: userId, ...changedColumns(before, after) });
      if (after.milestone_id) await this.followWithMilestone(tx, before, after, userId);
      return toRolloutWave(after);
    });
  }

  async addReadinessItem(input: AddReadinessItemInput, userId: string): Promise<ReadinessItemModel> {
    return this.db.transaction(async (tx) => {
      const wave = await this.waveRow(tx, input.waveId);
      await this.access.canEdit(wave.project_id, userId, tx);
      const [item]: ReadinessItemRow[] = await tx.query(
        `INSERT INTO wave_readiness_items (wave_id, label, position)
         VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM wave_readiness_items WHERE wave_id = $1)) RETURNING *`,
        [wave.id, input.label],
      );
      await this.audit.record(tx, { projectId: wave.project_id, entityType: 'ReadinessItem', entityId: item.id, action: 'CREATED', actorId: userId, after: { waveId: wave.id, label: item.label } });
      await this.followReadiness(tx, wave, userId);
      return toReadinessItem(item);
    });
  }

  async setReadinessItem(input: SetReadinessItemInput, userId: string): Promise<ReadinessItemModel> {
    return this.db.transaction(async (tx) => {
      // Locking the item before its wave cannot deadlock: no other path locks readiness items.
      const found: ReadinessItemRow[] = await tx.query('SELECT * FROM wave_readiness_items WHERE id = $1 FOR UPDATE', [input.id]);
      if (!found[0]) throw notFound('This readiness item');
      const wave = await this.waveRow(tx, found[0].wave_id);
      await this.access.canEdit(wave.project_id, userId, tx);
      if (found[0].done === input.done) return toReadinessItem(found[0]);
      const [updated] = (await tx.query('UPDATE wave_readiness_items SET done = $2 WHERE id = $1 RETURNING *', [input.id, input.done])) as [ReadinessItemRow[], number];
      await this.audit.record(tx, {
        projectId: wave.project_id,
        entityType: 'ReadinessItem',
        entityId: input.id,
        action: input.done ? 'CHECKED' : 'UNCHECKED',
        actorId: userId,
        before: { waveId: wave.id, label: found[0].label, done: found[0].done },
        after: { waveId: wave.id, label: found[0].label, done: input.done },
      });
      await this.followReadiness(tx, wave, userId);
      return toReadinessItem(updated[0]);
    });
  }

  /** Replaces the wave's key users; only people holding the project's key user role qualify. */
  async setKeyUsers(input: SetWaveKeyUsersInput, userId: string): Promise<RolloutWaveModel> {
    return this.db.transaction(async (tx) => {
      const wave = await this.waveRow(tx, input.waveId);
      await this.access.canEdit(wave.project_id, userId, tx);
      const wanted = [...new Set(input.personIds.map((id) => id.toLowerCase()))];
      await this.checkKeyUsers(tx, wave.project_id, wanted);
      const current: { person_id: string }[] = await tx.query('SELECT person_id FROM wave_key_users WHERE wave_id = $1 ORDER BY person_id', [wave.id]);
      const before = current.map((r) => r.person_id);
      const after = [...wanted].sort();
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await tx.query('DELETE FROM wave_key_users WHERE wave_id = $1', [wave.id]);
        if (wanted.length > 0) {
          await tx.query('INSERT INTO wave_key_users (wave_id, person_id) SELECT $1, unnest($2::uuid[])', [wave.id, wanted]);
        }
        await this.audit.record(tx, {
          projectId: wave.project_id,
          entityType: 'RolloutWave',
          entityId: wave.id,
          action: 'KEY_USERS_CHANGED',
          actorId: userId,
          before: { keyUserIds: before },
          after: { keyUserIds: after },
        });
      }
      return toRolloutWave(wave);
    });
  }

  /** The wave goes live only when its readiness list is complete; its go-live milestone is done with it. */
  async goLive(input: GoLiveInput, userId: string): Promise<RolloutWaveModel> {
    return this.db.transaction(async (tx) => {
      const wave = await this.waveRow(tx, input.waveId);
      await this.access.canEdit(wave.project_id, userId, tx);
      if (wave.status === WaveStatus.LIVE) throw new AppError(ErrorCode.CONFLICT, `${wave.name} is already live.`);
      if (wave.status === WaveStatus.CLOSED) throw new AppError(ErrorCode.CONFLICT, `${wave.name} has already gone live and been closed.`);
      const items: { label: string; done: boolean }[] = await tx.query('SELECT label, done FROM wave_readiness_items WHERE wave_id = $1 ORDER BY position, id', [wave.id]);
      const blockers = goLiveBlockers(items);
      if (blockers.length > 0) throw gateBlocked(`${wave.name} cannot go live yet:`, blockers);
      const { before, after } = await versionedUpdate<RolloutWaveRow & Row>(tx, {
        table: 'rollout_waves',
        id: wave.id,
        version: input.version ?? wave.version,
        set: { status: WaveStatus.LIVE, went_live_at: new Date() },
        what: 'This rollout wave',
      });
      await this.audit.record(tx, { projectId: wave.project_id, entityType: 'RolloutWave', entityId: wave.id, action: 'WENT_LIVE', actorId: userId, ...changedColumns(before, after) });
      if (wave.milestone_id) await this.completeMilestone(tx, wave.project_id, wave.milestone_id, userId);
      return toRolloutWave(after);
    });
  }

  /** Ends a live wave once its hypercare is over. */
  async close(input: CloseWaveInput, userId: string): Promise<RolloutWaveModel> {
    return this.db.transaction(async (tx) => {
      const wave = await this.waveRow(tx, input.waveId);
      await this.access.canEdit(wave.project_id, userId, tx);
      if (wave.status === WaveStatus.CLOSED) throw new AppError(ErrorCode.CONFLICT, `${wave.name} is already closed.`);
      if (wave.status !== WaveStatus.LIVE) {
        throw new AppError(ErrorCode.CONFLICT, `${wave.name} has not gone live yet; only a live wave can be closed.`);
      }
      const { before, after } = await versionedUpdate<RolloutWaveRow & Row>(tx, {
        table: 'rollout_waves',
        id: wave.id,
        version: input.version ?? wave.version,
        set: { status: WaveStatus.CLOSED },
        what: 'This rollout wave',
      });
      await this.audit.record(tx, { projectId: wave.project_id, entityType: 'RolloutWave', entityId: wave.id, action: 'CLOSED', actorId: userId, ...changedColumns(before, after) });
      return toRolloutWave(after);
    });
  }

  /**
   * A wave that is not live yet is READY exactly when every item of a non-empty checklist is
   * checked; live and closed waves keep their status whatever happens to the list.
   */
  private async followReadiness(tx: EntityManager, wave: RolloutWaveRow, userId: string): Promise<void> {
    if (wave.status !== WaveStatus.PLANNED && wave.status !== WaveStatus.READY) return;
    const items: { label: string; done: boolean }[] = await tx.query('SELECT label, done FROM wave_readiness_items WHERE wave_id = $1', [wave.id]);
    const ready = items.length > 0 && goLiveBlockers(items).length === 0;
    const status = ready ? WaveStatus.READY : WaveStatus.PLANNED;
    if (status === wave.status) return;
    // The wave row is locked since waveRow, so its version is still the one read there.
    const { before, after } = await versionedUpdate<RolloutWaveRow & Row>(tx, { table: 'rollout_waves', id: wave.id, version: wave.version, set: { status }, what: 'This rollout wave' });
    await this.audit.record(tx, { projectId: wave.project_id, entityType: 'RolloutWave', entityId: wave.id, action: 'STATUS_CHANGED', actorId: userId, ...changedColumns(before, after) });
  }

  /** The go-live milestone is the wave's go-live: it moves with the date and follows a rename. */
  private async followWithMilestone(tx: EntityManager, before: RolloutWaveRow, after: RolloutWaveRow, userId: string): Promise<void> {
    const rows: MilestoneRow[] = await tx.query('SELECT * FROM milestones WHERE id = $1 FOR UPDATE', [after.milestone_id]);
    const milestone = rows[0];
    if (!milestone) return;
    const set: Row = {};
    if (milestone.due_date !== after.go_live_date) set['due_date'] = after.go_live_date;
    // Only a name still derived from the wave follows it; a milestone someone renamed keeps its name.
    if (before.name !== after.name && milestone.name === milestoneNameFor(before.name)) set['name'] = milestoneNameFor(after.name);
    if (Object.keys(set).length === 0) return;
    const { before: old, after: moved } = await versionedUpdate<MilestoneRow & Row>(tx, { table: 'milestones', id: milestone.id, version: milestone.version, set, what: 'The wave’s go-live milestone' });
    await this.audit.record(tx, { projectId: after.project_id, entityType: 'Milestone', entityId: milestone.id, action: 'UPDATED', actorId: userId, ...changedColumns(old, moved) });
  }

  private async completeMilestone(tx: EntityManager, projectId: string, milestoneId: string, userId: string): Promise<void> {
    const rows: MilestoneRow[] = await tx.query('SELECT * FROM milestones WHERE id = $1 FOR UPDATE', [milestoneId]);
    const milestone = rows[0];
    if (!milestone || milestone.status === 'DONE') return;
    const { before, after } = await versionedUpdate<MilestoneRow & Row>(tx, {
      table: 'milestones',
      id: milestone.id,
      version: milestone.version,
      set: { status: 'DONE', completed_at: new Date() },
      what: 'The wave’s go-live milestone',
    });
    await this.audit.record(tx, { projectId, entityType: 'Milestone', entityId: milestone.id, action: 'COMPLETED', actorId: userId, ...changedColumns(before, after) });
  }

  private async checkKeyUsers(tx: EntityManager, projectId: string, personIds: string[]): Promise<void> {
    if (personIds.length === 0) return;
    const holders: { person_id: string }[] = await tx.query(
      `SELECT DISTINCT ra.person_id FROM role_assignments ra JOIN roles r ON r.id = ra.role_id
       WHERE r.project_id = $1 AND r.key = $2 AND ra.person_id = ANY($3::uuid[])`,
      [projectId, KEY_USER_ROLE, personIds],
    );
    const holding = new Set(holders.map((h) => h.person_id));
    const missing = personIds.filter((id) => !holding.has(id));
    if (missing.length === 0) return;
    const people: { id: string; name: string }[] = await tx.query('SELECT id, name FROM people WHERE id = ANY($1::uuid[]) ORDER BY name', [missing]);
    const messages: string[] = [];
    if (people.length > 0) {
      messages.push(`${people.map((p) => p.name).join(', ')} ${people.length === 1 ? 'does' : 'do'} not hold the key user role in this project; assign the role on the team first.`);
    }
    const unknown = missing.filter((id) => !people.some((p) => p.id === id));
    if (unknown.length > 0) messages.push(`No one in the people directory has the id ${unknown.join(', ')}.`);
    throw badUserInput([{ field: 'personIds', message: messages.join(' ') }]);
  }

  /** Reads and locks the wave, so checklist changes and go-live decide on the same state. */
  private async waveRow(tx: EntityManager, id: string): Promise<RolloutWaveRow> {
    const rows: RolloutWaveRow[] = await tx.query('SELECT * FROM rollout_waves WHERE id = $1 FOR UPDATE', [id]);
    if (!rows[0]) throw notFound('This rollout wave');
    return rows[0];
  }
}
