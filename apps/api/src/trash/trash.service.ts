import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { databaseFailureOf, FOREIGN_KEY_VIOLATION, UNIQUE_VIOLATION } from '../common/database/constraint-errors';
import { inTransaction } from '../common/database/transaction';
import { AppError, conflict, ErrorCode, invalidState, notFound } from '../common/errors/app-error';
import { JobsService } from '../jobs/jobs.service';
import { DeleteRecord } from './dto/trash.inputs';
import { DependantCountModel, RemovalImpactModel, RestoredRecordModel, TrashEntryModel } from './models/trash-entry.model';
import { ForeignKey, TRASH_DAYS, TrashRepository, TrashRow } from './trash.repository';
import { POLYMORPHIC_CHILDREN, REFERENCE_POLICY, TABLE_KIND, TRASHABLE, TrashableKind, TrashableKindName } from './trash-kinds';

/** Who removes or restores, and in which program (null for the shared people directory). */
export interface TrashActor {
  userId: string;
  projectId: string | null;
}

type Row = Record<string, unknown>;

interface Plan {
  root: Row;
  /** Rows that go with the record, grouped by the reference (`column` pointing at `parentIds`) that brought them along. */
  groups: { table: string; column: string; parentIds: string[]; rows: Row[] }[];
  relinks: TrashRow['relinks'];
  blockers: { table: string; count: number }[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Removal to the trash and restore, for every record kind at once. A removed record and what
 * went with it leave their tables, so every list, count, rule and health figure drops them with
 * no filter to forget; the trash keeps the rows (parent first) and the cleared references, and
 * restore writes them back as they were. What goes with a record follows the database's foreign
 * keys, adjusted by REFERENCE_POLICY, so a new table is covered the day it is migrated.
 */
@Injectable()
export class TrashService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly trash: TrashRepository,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
  ) {}

  remove(kindName: TrashableKindName, input: DeleteRecord, actor: TrashActor): Promise<TrashEntryModel> {
    return inTransaction(this.db, (tx) => this.removeIn(tx, kindName, input, actor));
  }

  /** The removal inside the caller's transaction, for an area that records more with it (a KPI's own history). */
  async removeIn(tx: EntityManager, kindName: TrashableKindName, input: DeleteRecord, actor: TrashActor): Promise<TrashEntryModel> {
    const kind: TrashableKind = TRASHABLE[kindName];
    {
      const { shapes } = await this.trash.schema(tx);
      const plan = await this.plan(tx, kind, input.id);
      if (shapes.get(kind.table)!.hasVersion && plan.root['version'] !== input.version) throw conflict(kind.what);
      const refusal = kind.refuse?.(plan.root, takenAlong(plan));
      if (refusal) throw invalidState(refusal[1], refusal[0]);
      if (plan.blockers.length) throw this.blocked(kind, plan.blockers);
      const title = await this.trash.titleOf(tx, kind.table, kind.title, input.id);

      for (const relink of plan.relinks) await this.trash.clearReferences(tx, relink.table, relink.column, relink.links.map((l) => l.id));
      const ordered = await this.parentsFirst(tx, plan.groups);
      // Link rows (no id of their own) first, by the reference that brought them; then records, children first.
      for (const g of plan.groups) if (!shapes.get(g.table)!.hasId) await this.trash.deleteReferencing(tx, g.table, g.column, g.parentIds);
      for (const g of [...ordered].reverse()) {
        if (shapes.get(g.table)!.hasId) await this.trash.deleteReferencing(tx, g.table, 'id', g.rows.map((r) => String(r['id'])));
      }

      // Jobs about the removed rows (reminders) go, and are not kept in the entry: a restore schedules them anew.
      await this.jobs.subjectsRemoved(tx, plan.groups.flatMap((g) => (shapes.get(g.table)!.hasId ? g.rows.map((r) => String(r['id'])) : [])));
      await this.trash.purgeExpired(tx);
      const entry = await this.trash.insertEntry(tx, {
        project_id: actor.projectId,
        record_kind: kindName,
        record_id: input.id,
        title,
        rows: ordered,
        relinks: plan.relinks,
        removed_by: actor.userId,
      });
      await this.history(tx, actor, kindName, input.id, 'DELETED', { before: this.shown(plan.root) });
      return toEntry(entry);
    }
  }

  async restore(kindName: TrashableKindName, id: string, actor: TrashActor): Promise<RestoredRecordModel> {
    const kind: TrashableKind = TRASHABLE[kindName];
    return inTransaction(
      this.db,
      async (tx) => {
      const entry = await this.trash.lockEntryOf(tx, kindName, id);
      if (!entry || entry.project_id !== actor.projectId) throw notFound(kind.what);
      const { shapes } = await this.trash.schema(tx);
      const root = entry.rows.find((g) => g.table === kind.table)?.rows.find((r) => r['id'] === id) ?? {};
      if (kind.place && kind.place.column in root) {
        root[kind.place.column] = await this.trash.freePlace(tx, kind.table, kind.place, root[kind.place.scope], Number(root[kind.place.column]));
      }
      try {
        for (const group of entry.rows) {
          const shape = shapes.get(group.table);
          if (!shape || !group.rows.length) continue;
          // Columns a later migration added take their defaults; dropped ones are left out.
          const columns = shape.columns.filter((c) => c in group.rows[0]);
          await this.trash.insertRows(tx, group.table, columns, group.rows);
        }
        for (const relink of entry.relinks) await this.trash.restoreReferences(tx, relink.table, relink.column, relink.links);
      } catch (error) {
        throw restoreRefusal(error, kind) ?? error;
      }
      for (const group of entry.rows) {
        if (shapes.get(group.table)?.hasId) await this.jobs.subjectsRestored(tx, group.table, group.rows.map((r) => String(r['id'])));
      }
      await this.trash.deleteEntry(tx, entry.id);
      await this.history(tx, actor, kindName, id, 'RESTORED', { after: this.shown(root) });
      return { kind: kindName, id, title: entry.title };
      },
      // Two records restored at once to the same free place: the second is run again and goes after the first.
      { retryOnConstraints: PLACE_CONSTRAINTS },
    );
  }

  /** What removing the record would do; nothing is changed. */
  async impact(kindName: TrashableKindName, id: string): Promise<RemovalImpactModel> {
    const kind: TrashableKind = TRASHABLE[kindName];
    return inTransaction(this.db, async (tx) => {
      // Only a look: nothing is locked, so asking never holds up someone's edit.
      const plan = await this.plan(tx, kind, id, false);
      const title = await this.trash.titleOf(tx, kind.table, kind.title, id);
      return {
        kind: kindName,
        id,
        title,
        removedWithIt: countsByKind(plan.groups.slice(1).map((g) => ({ table: g.table, count: g.rows.length }))),
        unlinked: countsByKind(plan.relinks.map((r) => ({ table: r.table, count: r.links.length }))),
        blockers: countsByKind(plan.blockers),
        refusal: kind.refuse?.(plan.root, takenAlong(plan))?.[1] ?? null,
      };
    });
  }

  async list(projectId: string): Promise<TrashEntryModel[]> {
    return (await this.trash.listFor(projectId, 500)).map(toEntry);
  }

  /**
   * Walks the references to the record breadth first; for a removal it locks every row it will take along so
   * nothing new can be attached under them before the removal commits. Rows reached twice (a
   * dependency between two tasks of a removed phase) are kept once.
   */
  private async plan(tx: EntityManager, kind: TrashableKind, id: string, lock = true): Promise<Plan> {
    const { keys, shapes } = await this.trash.schema(tx);
    const root = await this.trash.lockRecord(tx, kind.table, id, lock);
    if (!root) throw notFound(kind.what);
    const plan: Plan = { root, groups: [{ table: kind.table, column: 'id', parentIds: [id], rows: [root] }], relinks: [], blockers: [] };
    const seen = new Set<string>([rowKey(kind.table, root)]);
    const queue: { table: string; ids: string[] }[] = [{ table: kind.table, ids: [id] }];
    while (queue.length) {
      const { table, ids } = queue.shift()!;
      for (const key of keys.filter((k) => k.references === table)) {
        const policy = policyOf(key);
        if (policy === 'block') {
          const count = await this.trash.countReferencing(tx, key.table, key.column, ids);
          if (count) plan.blockers.push({ table: key.table, count });
          continue;
        }
        const rows = (await this.trash.lockReferencing(tx, key.table, key.column, ids, lock)).filter((r) => !seen.has(rowKey(key.table, r)));
        if (!rows.length) continue;
        if (policy === 'relink') {
          plan.relinks.push({ table: key.table, column: key.column, links: rows.map((r) => ({ id: String(r['id']), value: String(r[key.column]) })) });
          continue;
        }
        rows.forEach((r) => seen.add(rowKey(key.table, r)));
        plan.groups.push({ table: key.table, column: key.column, parentIds: ids, rows });
        if (shapes.get(key.table)?.hasId) queue.push({ table: key.table, ids: rows.map((r) => String(r['id'])) });
      }
      for (const child of POLYMORPHIC_CHILDREN) {
        const type = child.types[table];
        if (!type) continue;
        const rows = (await this.trash.lockReferencingOfType(tx, child, type, ids, lock)).filter((r) => !seen.has(rowKey(child.table, r)));
        if (!rows.length) continue;
        rows.forEach((r) => seen.add(rowKey(child.table, r)));
        plan.groups.push({ table: child.table, column: child.idColumn, parentIds: ids, rows });
        queue.push({ table: child.table, ids: rows.map((r) => String(r['id'])) });
      }
    }
    return plan;
  }

  /** The groups merged per table, a table after every table it references, so inserts never miss a parent. */
  private async parentsFirst(tx: EntityManager, groups: Plan['groups']): Promise<TrashRow['rows']> {
    const { keys } = await this.trash.schema(tx);
    const byTable = new Map<string, Row[]>();
    for (const g of groups) byTable.set(g.table, [...(byTable.get(g.table) ?? []), ...g.rows]);
    const ordered: TrashRow['rows'] = [];
    const pending = [...byTable.keys()];
    while (pending.length) {
      const next = pending.find((t) => !keys.some((k) => k.table === t && k.references !== t && pending.includes(k.references))) ?? pending[0];
      pending.splice(pending.indexOf(next), 1);
      ordered.push({ table: next, rows: byTable.get(next)! });
    }
    return ordered;
  }

  private blocked(kind: TrashableKind, blockers: Plan['blockers']): AppError {
    const dependants = countsByKind(blockers);
    const list = dependants.map((d) => `${d.count} ${d.kind}`).join(', ');
    return invalidState(`${kind.what} is still in use (${list}). Change those first, then remove it.`, 'HAS_DEPENDANTS', { dependants }, { reason: 'HAS_DEPENDANTS' });
  }

  private async history(tx: EntityManager, actor: TrashActor, kind: string, id: string, action: string, values: { before?: object; after?: object }) {
    // People belong to the shared directory, which has no history of its own yet (organisations will).
    if (!actor.projectId) return;
    await this.audit.record(tx, { projectId: actor.projectId, entityType: kind, entityId: id, action, actorId: actor.userId, ...values });
  }

  private shown(row: Row): object {
    const { version: _v, updated_at: _u, ...rest } = row;
    return rest;
  }
}

const PLACE_CONSTRAINTS = ['phases_project_position_key', 'exit_criteria_phase_position_key', 'selection_criteria_project_position_key'];

function takenAlong(plan: Plan): Map<string, number> {
  const counts = new Map<string, number>();
  for (const g of plan.groups.slice(1)) counts.set(g.table, (counts.get(g.table) ?? 0) + g.rows.length);
  return counts;
}

function policyOf(key: ForeignKey): 'cascade' | 'relink' | 'block' {
  return REFERENCE_POLICY[`${key.table}.${key.column}`] ?? (key.onDelete === 'c' ? 'cascade' : key.onDelete === 'n' ? 'relink' : 'block');
}

function rowKey(table: string, row: Row): string {
  return `${table}:${'id' in row ? String(row['id']) : JSON.stringify(row)}`;
}

function countsByKind(items: { table: string; count: number }[]): DependantCountModel[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const kind = TABLE_KIND[item.table] ?? item.table;
    counts.set(kind, (counts.get(kind) ?? 0) + item.count);
  }
  return [...counts].map(([kind, count]) => ({ kind, count }));
}

function restoreRefusal(error: unknown, kind: TrashableKind): AppError | undefined {
  const failure = databaseFailureOf(error);
  if (failure?.code === UNIQUE_VIOLATION) {
    return new AppError(
      ErrorCode.CONFLICT,
      `${kind.what} cannot come back as it was: something with the same name or place was added since it was removed. Rename or remove that one, then restore again.`,
      {},
      { reason: 'RESTORE_PLACE_TAKEN', record: kind.what },
    );
  }
  if (failure?.code === FOREIGN_KEY_VIOLATION) {
    return invalidState(`${kind.what} belonged to something that was removed since. Restore that first, then this.`, 'PARENT_REMOVED', {}, { reason: 'PARENT_REMOVED' });
  }
  return undefined;
}

function toEntry(row: TrashRow): TrashEntryModel {
  return {
    id: row.id,
    kind: row.record_kind as TrashableKindName,
    recordId: row.record_id,
    title: row.title,
    removedAt: row.removed_at,
    removedByName: row.removed_by_name,
    restorableUntil: new Date(new Date(row.removed_at).getTime() + TRASH_DAYS * DAY_MS),
  };
}
