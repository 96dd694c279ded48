import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { versionedUpdate } from '../common/database/versioned-update';
import { notFound } from '../common/errors/app-error';
import { PersonRow } from '../people/models/person.model';
import { ReadinessItemRow, RolloutWaveRow, WaveStatus } from './models/rollout-wave.model';

/** What a new wave is made of; the database fills in id, status, version and created_at. */
export interface NewRolloutWave {
  projectId: string;
  name: string;
  scope: string[];
  goLiveDate: string;
  milestoneId: string | null;
}

/** Column → value for an update; only the columns given change. */
export type RolloutWaveChanges = Partial<Pick<RolloutWaveRow, 'name' | 'scope' | 'go_live_date' | 'status' | 'went_live_at'>>;

const WHAT = 'This rollout wave';
const KEY_USER_ROLE = 'KEY_USER';

/** The rollout_waves, wave_readiness_items and wave_key_users tables; only this file writes them. */
@Injectable()
export class RolloutRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(projectId: string): Promise<RolloutWaveRow[]> {
    return this.db.query('SELECT * FROM rollout_waves WHERE project_id = $1 ORDER BY go_live_date, created_at, id', [projectId]);
  }

  /** The waves of several projects in one statement, each project's in `list` order. */
  listOfProjects(projectIds: readonly string[]): Promise<RolloutWaveRow[]> {
    return this.db.query('SELECT * FROM rollout_waves WHERE project_id = ANY($1) ORDER BY go_live_date, created_at, id', [projectIds]);
  }

  byIds(ids: readonly string[]): Promise<RolloutWaveRow[]> {
    return this.db.query('SELECT * FROM rollout_waves WHERE id = ANY($1)', [ids]);
  }

  /**
   * Waves whose training health judges: not closed, and live or past their go-live date (a
   * wave late to go live is still being trained). Several projects at once, for health.
   */
  inTrainingByProjects(projectIds: readonly string[], today: string): Promise<RolloutWaveRow[]> {
    return this.db.query(
      `SELECT * FROM rollout_waves WHERE project_id = ANY($1) AND status <> '${WaveStatus.CLOSED}'
         AND (status = '${WaveStatus.LIVE}' OR go_live_date <= $2) ORDER BY go_live_date`,
      [projectIds, today],
    );
  }

  /** The wave, or undefined; a wave id that is not a uuid simply names no wave. */
  async findOrNone(id: string, manager: EntityManager = this.db.manager): Promise<RolloutWaveRow | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const rows: RolloutWaveRow[] = await manager.query('SELECT * FROM rollout_waves WHERE id = $1', [id]);
    return rows[0];
  }

  async find(manager: EntityManager, id: string): Promise<RolloutWaveRow> {
    const wave = await this.findOrNone(id, manager);
    if (!wave) throw notFound(WHAT);
    return wave;
  }

  /** Reads and locks the wave, so checklist changes and go-live decide on the same state. */
  async lock(tx: EntityManager, id: string): Promise<RolloutWaveRow> {
    const rows: RolloutWaveRow[] = await tx.query('SELECT * FROM rollout_waves WHERE id = $1 FOR UPDATE', [id]);
    if (!rows[0]) throw notFound(WHAT);
    return rows[0];
  }

  /** The wave whose go-live is this milestone, locked; undefined when the milestone is no wave's. */
  async lockByMilestone(tx: EntityManager, milestoneId: string): Promise<RolloutWaveRow | undefined> {
    const rows: RolloutWaveRow[] = await tx.query('SELECT * FROM rollout_waves WHERE milestone_id = $1 FOR UPDATE', [milestoneId]);
    return rows[0];
  }

  async insert(tx: EntityManager, wave: NewRolloutWave): Promise<RolloutWaveRow> {
    const [row]: RolloutWaveRow[] = await tx.query(
      'INSERT INTO rollout_waves (project_id, name, scope, go_live_date, milestone_id) VALUES ($1, $2, $3, $4, $5) RETURNING *',
      [wave.projectId, wave.name, wave.scope, wave.goLiveDate, wave.milestoneId],
    );
    return row;
  }

  /**
   * Holds the project's wave planning until the transaction ends, so two waves created at once
   * cannot both take over the same template go-live milestone (rollout_waves_one_per_milestone
   * would refuse the second).
   */
  async lockWavePlanning(tx: EntityManager, projectId: string): Promise<void> {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('rollout_waves:' || $1::text))", [projectId]);
  }

  /** The milestones that already are some wave's go-live in this project. */
  async milestoneIdsInUse(tx: EntityManager, projectId: string): Promise<string[]> {
    const rows: { milestone_id: string }[] = await tx.query('SELECT milestone_id FROM rollout_waves WHERE project_id = $1 AND milestone_id IS NOT NULL', [projectId]);
    return rows.map((r) => r.milestone_id);
  }

  update(tx: EntityManager, id: string, version: number, set: RolloutWaveChanges) {
    return versionedUpdate<RolloutWaveRow & Record<string, unknown>>(tx, { table: 'rollout_waves', id, version, set, what: WHAT });
  }

  // Readiness items

  readinessItems(manager: EntityManager, waveId: string): Promise<ReadinessItemRow[]> {
    return manager.query('SELECT * FROM wave_readiness_items WHERE wave_id = $1 ORDER BY position, id', [waveId]);
  }

  readinessItemsOfWaves(waveIds: readonly string[]): Promise<ReadinessItemRow[]> {
    return this.db.query('SELECT * FROM wave_readiness_items WHERE wave_id = ANY($1) ORDER BY position, id', [waveIds]);
  }

  /** Locking the item before its wave cannot deadlock: no other path locks readiness items. */
  async lockReadinessItem(tx: EntityManager, id: string): Promise<ReadinessItemRow> {
    const rows: ReadinessItemRow[] = await tx.query('SELECT * FROM wave_readiness_items WHERE id = $1 FOR UPDATE', [id]);
    if (!rows[0]) throw notFound('This readiness item');
    return rows[0];
  }

  /** The checklist in the order given, numbered from 1. */
  async insertReadinessItems(tx: EntityManager, waveId: string, labels: string[]): Promise<void> {
    if (labels.length === 0) return;
    await tx.query(
      `INSERT INTO wave_readiness_items (wave_id, label, position)
       SELECT $1, item.label, item.position FROM unnest($2::text[]) WITH ORDINALITY AS item(label, position)`,
      [waveId, labels],
    );
  }

  /** A new item goes to the end of the list. */
  async appendReadinessItem(tx: EntityManager, waveId: string, label: string): Promise<ReadinessItemRow> {
    const [item]: ReadinessItemRow[] = await tx.query(
      `INSERT INTO wave_readiness_items (wave_id, label, position)
       VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM wave_readiness_items WHERE wave_id = $1)) RETURNING *`,
      [waveId, label],
    );
    return item;
  }

  async setReadinessItemDone(tx: EntityManager, id: string, done: boolean): Promise<ReadinessItemRow> {
    const [rows] = (await tx.query('UPDATE wave_readiness_items SET done = $2 WHERE id = $1 RETURNING *', [id, done])) as [ReadinessItemRow[], number];
    return rows[0];
  }

  // Key users

  async keyUserIds(manager: EntityManager, waveId: string): Promise<string[]> {
    const rows: { person_id: string }[] = await manager.query('SELECT person_id FROM wave_key_users WHERE wave_id = $1 ORDER BY person_id', [waveId]);
    return rows.map((r) => r.person_id);
  }

  /** Key users with their directory entries, for many waves in one statement. */
  keyUsersOfWaves(waveIds: readonly string[]): Promise<(PersonRow & { wave_id: string })[]> {
    return this.db.query(
      'SELECT k.wave_id, p.* FROM wave_key_users k JOIN people p ON p.id = k.person_id WHERE k.wave_id = ANY($1) ORDER BY p.name, p.id',
      [waveIds],
    );
  }

  async replaceKeyUsers(tx: EntityManager, waveId: string, personIds: string[]): Promise<void> {
    await tx.query('DELETE FROM wave_key_users WHERE wave_id = $1', [waveId]);
    if (personIds.length > 0) {
      await tx.query('INSERT INTO wave_key_users (wave_id, person_id) SELECT $1, unnest($2::uuid[])', [waveId, personIds]);
    }
  }

  // Reads of the team and people areas that key-user checks need; they move to those areas'
  // repositories when these exist.

  /** Which of these people hold the project's key user role. */
  async keyUserRoleHolders(tx: EntityManager, projectId: string, personIds: string[]): Promise<string[]> {
    const rows: { person_id: string }[] = await tx.query(
      `SELECT DISTINCT ra.person_id FROM role_assignments ra JOIN roles r ON r.id = ra.role_id
       WHERE r.project_id = $1 AND r.key = $2 AND ra.person_id = ANY($3::uuid[])`,
      [projectId, KEY_USER_ROLE, personIds],
    );
    return rows.map((r) => r.person_id);
  }

  peopleNamed(tx: EntityManager, personIds: string[]): Promise<{ id: string; name: string }[]> {
    return tx.query('SELECT id, name FROM people WHERE id = ANY($1::uuid[]) ORDER BY name', [personIds]);
  }
}
