import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { PersonRow } from '../people/models/person.model';
import { UsageFormat, UsageImportRow } from './models/adoption.model';

export interface NewUsageImport {
  projectId: string;
  format: UsageFormat;
  rowCount: number;
  matchedCount: number;
  unmatchedCount: number;
  unmatchedEmails: string[];
  importedBy: string;
}

export interface UsageEventsToWrite {
  projectId: string;
  importId: string;
  source: UsageFormat;
  personIds: string[];
  days: string[];
  counts: number[];
}

/** A wave's user with the wave they belong to (one row per wave and person). */
export type WaveUserRow = PersonRow & { wave_id: string };

/**
 * The usage_imports, usage_events and wave_users tables; only this file writes them. Every
 * statement takes the same time whatever the number of rows: rows go in through unnest.
 */
@Injectable()
export class AdoptionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insertImport(tx: EntityManager, entry: NewUsageImport): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO usage_imports (project_id, format, row_count, matched_count, unmatched_count, imported_count, unmatched_emails, imported_by)
       VALUES ($1, $2, $3, $4, $5, 0, $6, $7) RETURNING id`,
      [entry.projectId, entry.format, entry.rowCount, entry.matchedCount, entry.unmatchedCount, entry.unmatchedEmails, entry.importedBy],
    );
    return row.id;
  }

  /**
   * Writes each person's days of use, and answers how many were new or raised. A day already
   * imported from the same source keeps the larger count, so the same file twice adds nothing and
   * a later export that overlaps an earlier one only adds what it knows more.
   */
  async writeEvents(tx: EntityManager, events: UsageEventsToWrite): Promise<number> {
    const [row]: { written: number }[] = await tx.query(
      `WITH written AS (
         INSERT INTO usage_events (project_id, person_id, day, source, count, import_id)
         SELECT $1, t.person_id, t.day, $2, t.count, $3 FROM unnest($4::uuid[], $5::date[], $6::int[]) AS t(person_id, day, count)
         ON CONFLICT ON CONSTRAINT usage_events_once_per_day
         DO UPDATE SET count = EXCLUDED.count, import_id = EXCLUDED.import_id WHERE usage_events.count < EXCLUDED.count
         RETURNING 1)
       SELECT count(*)::int AS written FROM written`,
      [events.projectId, events.source, events.importId, events.personIds, events.days, events.counts],
    );
    await tx.query('UPDATE usage_imports SET imported_count = $2 WHERE id = $1', [events.importId, row.written]);
    return row.written;
  }

  /**
   * The users of each wave: people of the program's organisation in a business unit of the wave's
   * scope, its key users and the people added to it by hand. One statement for any number of waves.
   */
  usersOfWaves(manager: EntityManager, waveIds: readonly string[]): Promise<WaveUserRow[]> {
    return manager.query(
      `SELECT w.id AS wave_id, p.* FROM rollout_waves w
       JOIN projects pr ON pr.id = w.project_id
       JOIN people p ON p.organisation_id = pr.organisation_id
       WHERE w.id = ANY($1)
         AND (p.business_unit = ANY(w.scope)
              OR p.id IN (SELECT u.person_id FROM wave_users u WHERE u.wave_id = w.id)
              OR p.id IN (SELECT k.person_id FROM wave_key_users k WHERE k.wave_id = w.id))
       ORDER BY lower(p.name), p.id`,
      [waveIds],
    );
  }

  /** Each person's latest day of use in the program on or before `today` (people never active are absent). */
  latestUse(manager: EntityManager, projectId: string, personIds: readonly string[], today: string): Promise<{ person_id: string; day: string }[]> {
    return manager.query(
      'SELECT person_id, max(day)::text AS day FROM usage_events WHERE project_id = $1 AND person_id = ANY($2) AND day <= $3 GROUP BY person_id',
      [projectId, personIds, today],
    );
  }

  async latestImport(projectId: string): Promise<UsageImportRow | undefined> {
    const rows: UsageImportRow[] = await this.db.query('SELECT * FROM usage_imports WHERE project_id = $1 ORDER BY imported_at DESC, id DESC LIMIT 1', [projectId]);
    return rows[0];
  }

  async replaceWaveUsers(tx: EntityManager, waveId: string, personIds: readonly string[]): Promise<void> {
    await tx.query('DELETE FROM wave_users WHERE wave_id = $1', [waveId]);
    await tx.query('INSERT INTO wave_users (wave_id, person_id) SELECT $1, unnest($2::uuid[])', [waveId, [...new Set(personIds)]]);
  }
}
