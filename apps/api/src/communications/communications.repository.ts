import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { PlannedMessage, StandardMessage } from '@crm/domain';

import { versionedUpdate } from '../common/database/versioned-update';
import { notFound } from '../common/errors/app-error';
import { CommunicationRow } from './models/communication.model';

const WHAT = 'This message';

export interface NewCommunication {
  projectId: string;
  waveId: string;
  title: string;
  body: string;
  offsetDays: number;
  plannedOn: string;
  channel: string;
  audienceUnits: string[];
  audienceRoleIds: string[];
  ownerRoleId: string | null;
}

/** Column → value for an update; only the columns given change. */
export type CommunicationChanges = Partial<
  Pick<CommunicationRow, 'title' | 'body' | 'offset_days' | 'planned_on' | 'channel' | 'audience_units' | 'audience_role_ids' | 'owner_role_id' | 'status' | 'sent_on'>
>;

/** Every statement on the communications table. */
@Injectable()
export class CommunicationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A wave's plan in the order it goes out. */
  ofWave(waveId: string, manager: EntityManager = this.db.manager): Promise<CommunicationRow[]> {
    return manager.query('SELECT * FROM communications WHERE wave_id = $1 ORDER BY planned_on, offset_days, created_at, id', [waveId]);
  }

  /** A wave's messages, locked: a go-live move and an edit of one of them take turns. */
  lockOfWave(tx: EntityManager, waveId: string): Promise<CommunicationRow[]> {
    return tx.query('SELECT * FROM communications WHERE wave_id = $1 ORDER BY id FOR UPDATE', [waveId]);
  }

  async lock(tx: EntityManager, id: string): Promise<CommunicationRow> {
    const rows: CommunicationRow[] = await tx.query('SELECT * FROM communications WHERE id = $1 FOR UPDATE', [id]);
    if (!rows[0]) throw notFound(WHAT);
    return rows[0];
  }

  async findOrNone(manager: EntityManager, id: string): Promise<CommunicationRow | undefined> {
    const rows: CommunicationRow[] = await manager.query('SELECT * FROM communications WHERE id = $1', [id]);
    return rows[0];
  }

  byIdsIn(tx: EntityManager, ids: readonly string[]): Promise<CommunicationRow[]> {
    return tx.query('SELECT * FROM communications WHERE id = ANY($1::uuid[])', [ids]);
  }

  /** The program's own plan for new waves (from its template); null when it plans the standard one. */
  async programPlan(tx: EntityManager, projectId: string): Promise<StandardMessage[] | null> {
    const rows: { messages: StandardMessage[] }[] = await tx.query('SELECT messages FROM communication_plans WHERE project_id = $1', [projectId]);
    return rows[0]?.messages ?? null;
  }

  /**
   * A new wave's plan in one statement, whatever its length: each message's owning role and
   * audience roles are found by key in the program (a program without such a role leaves them out).
   */
  insertPlan(
    tx: EntityManager,
    plan: { projectId: string; waveId: string; audienceUnits: string[]; defaultOwnerRoleKey: string; messages: readonly PlannedMessage[] },
  ): Promise<CommunicationRow[]> {
    if (plan.messages.length === 0) return Promise.resolve([]);
    return tx.query(
      `INSERT INTO communications (project_id, wave_id, title, body, offset_days, planned_on, channel, audience_units, audience_role_ids, owner_role_id)
       SELECT $1, $2, m.title, m.body, m.offset_days, m.planned_on, m.channel, $3::text[],
              ARRAY(SELECT r.id FROM roles r WHERE r.project_id = $1 AND r.key = ANY(string_to_array(m.role_keys, ',')) ORDER BY r.position, r.id),
              (SELECT r.id FROM roles r WHERE r.project_id = $1 AND r.key = m.owner_key)
       FROM unnest($4::text[], $5::text[], $6::int[], $7::date[], $8::text[], $9::text[], $10::text[]) AS m(title, body, offset_days, planned_on, channel, role_keys, owner_key)
       RETURNING *`,
      [
        plan.projectId,
        plan.waveId,
        plan.audienceUnits,
        plan.messages.map((m) => m.title),
        plan.messages.map((m) => m.body),
        plan.messages.map((m) => m.offsetDays),
        plan.messages.map((m) => m.plannedOn),
        plan.messages.map((m) => m.channel),
        plan.messages.map((m) => m.audienceRoles.join(',')),
        plan.messages.map((m) => m.ownerRole ?? plan.defaultOwnerRoleKey),
      ],
    );
  }

  async insert(tx: EntityManager, c: NewCommunication): Promise<CommunicationRow> {
    const [row]: CommunicationRow[] = await tx.query(
      `INSERT INTO communications (project_id, wave_id, title, body, offset_days, planned_on, channel, audience_units, audience_role_ids, owner_role_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9::uuid[], $10) RETURNING *`,
      [c.projectId, c.waveId, c.title, c.body, c.offsetDays, c.plannedOn, c.channel, c.audienceUnits, c.audienceRoleIds, c.ownerRoleId],
    );
    return row;
  }

  update(tx: EntityManager, id: string, version: number, set: CommunicationChanges) {
    return versionedUpdate<CommunicationRow & Record<string, unknown>>(tx, { table: 'communications', id, version, set, what: WHAT });
  }

  /** Moves several messages to new days in one statement; each one's version moves on. */
  async moveMany(tx: EntityManager, moves: readonly { id: string; to: string }[]): Promise<CommunicationRow[]> {
    if (moves.length === 0) return [];
    const [rows] = (await tx.query(
      `UPDATE communications c SET planned_on = m.planned_on, version = c.version + 1
       FROM unnest($1::uuid[], $2::date[]) AS m(id, planned_on) WHERE c.id = m.id RETURNING c.*`,
      [moves.map((m) => m.id), moves.map((m) => m.to)],
    )) as [CommunicationRow[], number];
    return rows;
  }

  /** Messages still planned after their day, for several programs at once (health). */
  overdueByProjects(projectIds: readonly string[], today: string): Promise<CommunicationRow[]> {
    return this.db.query("SELECT * FROM communications WHERE project_id = ANY($1) AND status = 'PLANNED' AND planned_on < $2 ORDER BY planned_on, id", [projectIds, today]);
  }
}
