import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { AuditEntry } from './audit-entry';

export interface AuditRow {
  id: string;
  entity_type: string;
  entity_id: string;
  action: string;
  actor_name: string | null;
  at: Date;
  before: object | null;
  after: object | null;
}

/** Which part of a project's history to read: all of it, or one record's. */
export interface AuditScope {
  projectId: string;
  entityId?: string;
}

/** The audit_events table: appended to by every area through AuditService, read by the history page. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(tx: EntityManager, entry: AuditEntry): Promise<void> {
    await tx.query(
      `INSERT INTO audit_events (project_id, entity_type, entity_id, action, actor_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.projectId,
        entry.entityType,
        entry.entityId,
        entry.action,
        entry.actorId,
        entry.before ? JSON.stringify(entry.before) : null,
        entry.after ? JSON.stringify(entry.after) : null,
      ],
    );
  }

  /** Several entries in one statement, in the order given (a bulk change writes one per record). */
  async insertMany(tx: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const json = (value: object | null | undefined) => (value ? JSON.stringify(value) : null);
    await tx.query(
      `INSERT INTO audit_events (project_id, entity_type, entity_id, action, actor_id, before, after)
       SELECT p, k, i, a, u, b, f FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::uuid[], $6::jsonb[], $7::jsonb[]) WITH ORDINALITY AS e(p, k, i, a, u, b, f, n)
       ORDER BY n`,
      [
        entries.map((e) => e.projectId),
        entries.map((e) => e.entityType),
        entries.map((e) => e.entityId),
        entries.map((e) => e.action),
        entries.map((e) => e.actorId),
        entries.map((e) => json(e.before)),
        entries.map((e) => json(e.after)),
      ],
    );
  }

  /** Newest first, `limit` events older than `beforeId` (all when it is null), with the actor's name. */
  page(scope: AuditScope, beforeId: string | null, limit: number): Promise<AuditRow[]> {
    const params: unknown[] = [scope.projectId, limit];
    const where = ['e.project_id = $1'];
    if (scope.entityId) where.push(`e.entity_id = $${params.push(scope.entityId)}`);
    if (beforeId) where.push(`e.id < $${params.push(beforeId)}`);
    return this.db.query(
      `SELECT e.*, u.name AS actor_name FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
       WHERE ${where.join(' AND ')} ORDER BY e.id DESC LIMIT $2`,
      params,
    );
  }

  async count(scope: AuditScope): Promise<number> {
    const [{ n }]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE project_id = $1${scope.entityId ? ' AND entity_id = $2' : ''}`,
      scope.entityId ? [scope.projectId, scope.entityId] : [scope.projectId],
    );
    return n;
  }
}
