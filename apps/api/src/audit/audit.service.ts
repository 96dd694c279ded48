import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Connection, connectionOf, decodeCursor } from '../common/graphql/pagination';
import { AuditEntry } from './audit-entry';
import { AuditRepository, AuditScope } from './audit.repository';
import { AuditEventModel } from './models/audit-event.model';

export type { AuditEntry } from './audit-entry';

const UNINTERESTING = new Set(['version', 'updated_at', 'seq']);

/** Keeps only the columns that changed, so the history reads as "what changed", not as row dumps. */
export function changedColumns(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter(
    (key) => !UNINTERESTING.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return {
    before: Object.fromEntries(keys.map((k) => [k, before[k]])),
    after: Object.fromEntries(keys.map((k) => [k, after[k]])),
  };
}

@Injectable()
export class AuditService {
  constructor(private readonly events: AuditRepository) {}

  /** Written inside the caller's transaction: a change and its history entry commit together. */
  async record(tx: EntityManager, entry: AuditEntry): Promise<void> {
    await this.events.insert(tx, entry);
  }

  /** Several entries in one statement, in the same transaction as the change (a bulk change). */
  async recordMany(tx: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
    await this.events.insertMany(tx, entries);
  }

  async history(scope: AuditScope, page: { first: number; after?: string | null }): Promise<Connection<AuditEventModel>> {
    const rows = await this.events.page(scope, decodeCursor(page.after ?? undefined), page.first + 1);
    const events = rows.map((r) => ({
      id: r.id,
      entityType: r.entity_type,
      entityId: r.entity_id,
      action: r.action,
      actorName: r.actor_name,
      at: r.at,
      before: r.before ? JSON.stringify(r.before) : null,
      after: r.after ? JSON.stringify(r.after) : null,
    }));
    return connectionOf(events, page.first, (e) => e.id, () => this.events.count(scope));
  }
}
