import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface AuditEntry {
  projectId: string;
  entityType: string;
  entityId: string;
  action: string;
  actorId: string;
  before?: object | null;
  after?: object | null;
}

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
  /** Written inside the caller's transaction: a change and its history entry commit together. */
  async record(tx: EntityManager, entry: AuditEntry): Promise<void> {
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
}
