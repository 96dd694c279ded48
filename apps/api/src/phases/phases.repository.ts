import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { versionedUpdate } from '../common/database/versioned-update';
import { notFound } from '../common/errors/app-error';
import { PhaseKind, PhaseRow } from './models/phase.model';

/** Column → value for an update; only the columns given change. */
export type PhaseChanges = Partial<Pick<PhaseRow, 'name' | 'planned_start' | 'planned_end' | 'status' | 'actual_start' | 'actual_end' | 'owner_role_id'>>;

export interface NewPhase {
  projectId: string;
  kind: PhaseKind;
  name: string;
  plannedStart: string;
  plannedEnd: string;
}

/** The phases table, and only this file (with the template's bulk insert) writes it. */
@Injectable()
export class PhasesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Each project's phases in working order. */
  byProjects(projectIds: readonly string[], tx: EntityManager = this.db.manager): Promise<PhaseRow[]> {
    return tx.query('SELECT * FROM phases WHERE project_id = ANY($1) ORDER BY position', [projectIds]);
  }

  /** The project's first rollout phase in working order; undefined when it has none. */
  async firstRolloutPhase(projectId: string, tx: EntityManager = this.db.manager): Promise<PhaseRow | undefined> {
    return (await this.byProjects([projectId], tx)).find((p) => p.kind === PhaseKind.PHASED_ROLLOUT);
  }

  byIds(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<PhaseRow[]> {
    return tx.query('SELECT * FROM phases WHERE id = ANY($1)', [ids]);
  }

  async find(tx: EntityManager, id: string): Promise<PhaseRow> {
    const rows: PhaseRow[] = await tx.query('SELECT * FROM phases WHERE id = $1', [id]);
    if (!rows[0]) throw notFound('This phase');
    return rows[0];
  }

  /**
   * Inserts the phase at `position` in its project's working order, moving that phase and every
   * later one a place on (their versions stay: their own fields do not change); `position` past
   * the last phase appends. Positions are unique per project, so the move goes through negative
   * numbers: a single `position + 1` would meet the next phase's position before that one moved.
   * The caller holds the project's phase-writing turn.
   */
  async insertAt(tx: EntityManager, position: number, phase: NewPhase): Promise<PhaseRow> {
    await tx.query('UPDATE phases SET position = -position - 1 WHERE project_id = $1 AND position >= $2', [phase.projectId, position]);
    await tx.query('UPDATE phases SET position = -position WHERE project_id = $1 AND position < 0', [phase.projectId]);
    const [row]: PhaseRow[] = await tx.query(
      `INSERT INTO phases (project_id, kind, name, position, planned_start, planned_end) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [phase.projectId, phase.kind, phase.name, position, phase.plannedStart, phase.plannedEnd],
    );
    return row;
  }

  /**
   * New phases after the project's last one, in the order given, in one statement. The caller
   * holds the project's phase-writing turn. (Added for plan import.)
   */
  async appendMany(tx: EntityManager, projectId: string, phases: readonly Omit<NewPhase, 'projectId'>[]): Promise<PhaseRow[]> {
    if (phases.length === 0) return [];
    const rows: PhaseRow[] = await tx.query(
      `INSERT INTO phases (project_id, kind, name, position, planned_start, planned_end)
       SELECT $1, n.kind, n.name, (SELECT COALESCE(max(position), -1) FROM phases WHERE project_id = $1) + n.ord, n.planned_start, n.planned_end
       FROM unnest($2::text[], $3::text[], $4::date[], $5::date[]) WITH ORDINALITY AS n(kind, name, planned_start, planned_end, ord)
       RETURNING *`,
      [projectId, phases.map((p) => p.kind), phases.map((p) => p.name), phases.map((p) => p.plannedStart), phases.map((p) => p.plannedEnd)],
    );
    return rows.sort((a, b) => a.position - b.position);
  }

  update(tx: EntityManager, id: string, version: number, set: PhaseChanges) {
    return versionedUpdate<PhaseRow & Record<string, unknown>>(tx, { table: 'phases', id, version, set, what: 'This phase' });
  }
}
