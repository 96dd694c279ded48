import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { versionedUpdate } from '../common/database/versioned-update';
import { notFound } from '../common/errors/app-error';
import { GateRule } from '@crm/domain';

import { ExitCriterionRow } from './models/phase.model';

/** A change of an exit criterion; a field left undefined keeps its value, a null rule makes it a box again. */
export interface ExitCriterionChanges {
  label: string;
  rule?: GateRule | null;
  signOffRoleId?: string | null;
}

/** The exit_criteria table, and only this file (with the template's bulk insert) writes it. */
@Injectable()
export class ExitCriteriaRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** In the order the phase lists them. */
  byPhases(phaseIds: readonly string[], tx: EntityManager = this.db.manager): Promise<ExitCriterionRow[]> {
    return tx.query('SELECT c.*, p.project_id FROM exit_criteria c JOIN phases p ON p.id = c.phase_id WHERE c.phase_id = ANY($1) ORDER BY c.position', [phaseIds]);
  }

  /** Locked, so two people ticking the same criterion record one change each, in order. */
  async find(tx: EntityManager, id: string): Promise<ExitCriterionRow> {
    const rows: ExitCriterionRow[] = await tx.query(
      'SELECT c.*, p.project_id FROM exit_criteria c JOIN phases p ON p.id = c.phase_id WHERE c.id = $1 FOR UPDATE OF c',
      [id],
    );
    if (!rows[0]) throw notFound('This exit criterion');
    return rows[0];
  }

  /** Ticking is a change like any other: the version goes up, so a rename made before it is seen as stale. */
  async setDone(tx: EntityManager, id: string, done: boolean): Promise<ExitCriterionRow> {
    const [rows] = (await tx.query('UPDATE exit_criteria SET done = $2, version = version + 1 WHERE id = $1 RETURNING *', [id, done])) as [ExitCriterionRow[], number];
    return rows[0];
  }

  /** Rewords the criterion, or changes its rule or signing role, under the version the caller read (CONFLICT when stale). */
  update(tx: EntityManager, id: string, version: number, changes: ExitCriterionChanges) {
    const set: Record<string, unknown> = { label: changes.label };
    if (changes.rule !== undefined) Object.assign(set, { kind: changes.rule ? 'RULE' : 'CHECKBOX', rule: changes.rule ? JSON.stringify(changes.rule) : null });
    if (changes.signOffRoleId !== undefined) set['sign_off_role_id'] = changes.signOffRoleId;
    return versionedUpdate<ExitCriterionRow & Record<string, unknown>>(tx, { table: 'exit_criteria', id, version, set, what: 'This exit criterion' });
  }

  /** Appended after the phase's last criterion. */
  async insert(tx: EntityManager, phaseId: string, label: string, rule: GateRule | null = null, signOffRoleId: string | null = null): Promise<ExitCriterionRow> {
    const [row]: ExitCriterionRow[] = await tx.query(
      `INSERT INTO exit_criteria (phase_id, label, position, kind, rule, sign_off_role_id)
       VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM exit_criteria WHERE phase_id = $1), $3, $4::jsonb, $5) RETURNING *`,
      [phaseId, label, rule ? 'RULE' : 'CHECKBOX', rule ? JSON.stringify(rule) : null, signOffRoleId],
    );
    return row;
  }
}
