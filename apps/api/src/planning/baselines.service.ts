import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { baselineVariance, type PlanItem } from '@crm/domain';

import { AuditService } from '../audit/audit.service';
import { ProjectAccess } from '../common/access/project-access';
import { inTransaction, serializeWrites } from '../common/database/transaction';
import { badUserInput, notFound } from '../common/errors/app-error';
import { RequestLoaders } from '../common/graphql/request-loaders';
import { BaselinesRepository, PlanItemRow } from './baselines.repository';
import { BaselineModel, BaselineVarianceRowModel, toBaseline, toVarianceRow } from './models/baseline.model';
import { SaveBaselineInput } from './dto/baseline.inputs';
import { programCalendarByProjectId } from './planning.loaders';

export const BASELINE_NAME_TAKEN = 'A baseline of that name exists.';

function planItem(row: PlanItemRow): PlanItem {
  return { id: row.item_id, kind: row.item_type, start: row.start_date, finish: row.finish_date, durationDays: row.duration_days };
}

@Injectable()
export class BaselinesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly baselines: BaselinesRepository,
    private readonly audit: AuditService,
  ) {}

  /** Copies today's plan under a new name; the name is free per program, ignoring case. */
  async save(input: SaveBaselineInput, access: ProjectAccess): Promise<BaselineModel> {
    return inTransaction(this.db, async (tx) => {
      const name = input.name.trim();
      // Two editors saving the same name at once: the second is told it is taken, not CONFLICT.
      await serializeWrites(tx, 'baselines', access.projectId);
      if (await this.baselines.nameTaken(tx, access.projectId, name)) throw badUserInput([{ field: 'name', message: BASELINE_NAME_TAKEN, code: 'BASELINE_NAME_TAKEN' }]);
      const id = await this.baselines.insert(tx, access.projectId, name, access.userId);
      await this.baselines.snapshot(tx, id, access.projectId);
      const row = await this.baselines.find(id, tx);
      if (!row) throw notFound('This baseline');
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'Baseline', entityId: id, action: 'CREATED', actorId: access.userId, after: { name, items: row.item_count } });
      return toBaseline(row);
    });
  }

  async list(access: ProjectAccess): Promise<BaselineModel[]> {
    return (await this.baselines.list(access.projectId)).map(toBaseline);
  }

  /**
   * Today's plan against the baseline, in the program's working days: four statements (baseline
   * items, today's plan, the calendar's two) whatever the number of items.
   */
  async variance(baselineId: string, access: ProjectAccess, loaders: RequestLoaders): Promise<BaselineVarianceRowModel[]> {
    const [before, now, calendar] = await Promise.all([
      this.baselines.items(baselineId),
      this.baselines.currentPlan(access.projectId),
      programCalendarByProjectId(loaders).load(access.projectId),
    ]);
    const titles = new Map<string, string>();
    for (const row of before) titles.set(row.item_id, row.title);
    for (const row of now) titles.set(row.item_id, row.title);
    return baselineVariance(before.map(planItem), now.map(planItem), calendar).map((v) => toVarianceRow(v, titles.get(v.id) ?? ''));
  }
}
