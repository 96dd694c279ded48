import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { todayIso } from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { versionedUpdate } from '../common/database/versioned-update';
import { badUserInput, notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids/is-uuid';
import { ProjectAccessService } from '../projects/project-access.service';
import { CreateKpiInput, RecordKpiMeasurementInput, UpdateKpiInput } from './dto/kpi.inputs';
import { KPI_ORDER, TEMPLATE_KPI_KEYS } from './kpis.loaders';
import { kpiKeyFromName, KpiMeasurementRow, KpiModel, KpiRow, toKpi } from './models/kpi.model';

type Row = Record<string, unknown>;

@Injectable()
export class KpisService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  async list(projectId: string, userId: string): Promise<KpiModel[]> {
    await this.access.canView(projectId, userId);
    const rows: KpiRow[] = await this.db.query(`SELECT * FROM kpis WHERE project_id = $1 ORDER BY ${KPI_ORDER}`, [projectId, TEMPLATE_KPI_KEYS]);
    return rows.map(toKpi);
  }

  async create(input: CreateKpiInput, userId: string): Promise<KpiModel> {
    return this.db.transaction(async (tx) => {
      await this.access.canEdit(input.projectId, userId, tx);
      const name = input.name.trim();
      const key = await this.freeKey(tx, input.projectId, name);
      const [row]: KpiRow[] = await tx.query(
        `INSERT INTO kpis (project_id, key, name, description, unit, direction, baseline, target)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
        [input.projectId, key, name, input.description.trim(), input.unit.trim(), input.direction, input.baseline ?? null, input.target],
      );
      await this.audit.record(tx, { projectId: input.projectId, entityType: 'Kpi', entityId: row.id, action: 'CREATED', actorId: userId, after: this.auditShape(row) });
      return toKpi(row);
    });
  }

  async update(input: UpdateKpiInput, userId: string): Promise<KpiModel> {
    return this.db.transaction(async (tx) => {
      const current = await this.kpiRow(tx, input.id);
      await this.access.canEdit(current.project_id, userId, tx);
      const set: Row = {};
      if (input.name !== undefined && input.name.trim() !== current.name) {
        await this.checkNameFree(tx, current.project_id, input.name.trim(), current.id);
        set['name'] = input.name.trim();
      }
      if (input.description !== undefined) set['description'] = input.description.trim();
      if (input.unit !== undefined) set['unit'] = input.unit.trim();
      if (input.direction !== undefined) set['direction'] = input.direction;
      if (input.baseline !== undefined) set['baseline'] = input.baseline;
      if (input.target !== undefined) set['target'] = input.target;
      const { before, after } = await versionedUpdate<KpiRow & Row>(tx, { table: 'kpis', id: input.id, version: input.version, set, what: 'This KPI' });
      await this.audit.record(tx, {
        projectId: current.project_id,
        entityType: 'Kpi',
        entityId: current.id,
        action: 'UPDATED',
        actorId: userId,
        ...changedColumns(this.auditShape(before), this.auditShape(after)),
      });
      return toKpi(after);
    });
  }

  /** Adds one measurement; the KPI's status and trend follow from it when the KPI is read. */
  async recordMeasurement(input: RecordKpiMeasurementInput, userId: string): Promise<KpiModel> {
    return this.db.transaction(async (tx) => {
      const kpi = await this.kpiRow(tx, input.kpiId);
      await this.access.canEdit(kpi.project_id, userId, tx);
      const today = todayIso();
      if (input.measuredOn > today) {
        throw badUserInput([
          { field: 'measuredOn', message: `${input.measuredOn} is in the future (today is ${today}). Record a value on or after the day it was measured.` },
        ]);
      }
      const [row]: KpiMeasurementRow[] = await tx.query(
        'INSERT INTO kpi_measurements (kpi_id, measured_on, value, note, recorded_by) VALUES ($1, $2, $3, $4, $5) RETURNING *',
        [kpi.id, input.measuredOn, input.value, input.note.trim(), userId],
      );
      // Filed under the KPI so that its history shows the measurements next to changes of the target.
      await this.audit.record(tx, {
        projectId: kpi.project_id,
        entityType: 'Kpi',
        entityId: kpi.id,
        action: 'MEASURED',
        actorId: userId,
        after: { measurement_id: row.id, measured_on: row.measured_on, value: row.value, note: row.note },
      });
      return toKpi(kpi);
    });
  }

  private async kpiRow(tx: EntityManager, id: string): Promise<KpiRow> {
    if (!isUuid(id)) throw notFound('This KPI');
    const rows: KpiRow[] = await tx.query('SELECT * FROM kpis WHERE id = $1', [id]);
    if (!rows[0]) throw notFound('This KPI');
    return rows[0];
  }

  private async checkNameFree(tx: EntityManager, projectId: string, name: string, exceptId: string | null): Promise<void> {
    const taken = await tx.query('SELECT 1 FROM kpis WHERE project_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3', [projectId, name, exceptId]);
    if (taken.length) throw badUserInput([{ field: 'name', message: `This project already has a KPI called “${name}”.` }]);
  }

  /** A key derived from the name that no other KPI of the project uses: DATA_QUALITY, else DATA_QUALITY_2, … */
  private async freeKey(tx: EntityManager, projectId: string, name: string): Promise<string> {
    await this.checkNameFree(tx, projectId, name, null);
    const base = kpiKeyFromName(name);
    if (!base) throw badUserInput([{ field: 'name', message: 'The name needs at least one letter or digit.' }]);
    const rows: { key: string | null }[] = await tx.query('SELECT key FROM kpis WHERE project_id = $1', [projectId]);
    const used = new Set(rows.map((r) => r.key));
    let key = base;
    for (let n = 2; used.has(key); n += 1) key = `${base}_${n}`;
    return key;
  }

  private auditShape(row: KpiRow): Row {
    const { version: _version, created_at: _created, ...rest } = row;
    return rest;
  }
}
