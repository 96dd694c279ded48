import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { kpiValueProblem, todayIso } from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { ProjectAccess } from '../common/access/project-access';
import { inTransaction, serializeWrites } from '../common/database/transaction';
import { badUserInput } from '../common/errors/app-error';
import { CreateKpiInput, DeleteKpiMeasurementInput, RecordKpiMeasurementInput, UpdateKpiInput, UpdateKpiMeasurementInput } from './dto/kpi.inputs';
import { TrashService } from '../trash/trash.service';
import { KpiChanges, KpisRepository, MeasurementChanges } from './kpis.repository';
import { KpiMeasurementRow, kpiKeyFromName, KpiModel, KpiRow, toKpi } from './models/kpi.model';

type Row = Record<string, unknown>;

@Injectable()
export class KpisService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly kpis: KpisRepository,
    private readonly audit: AuditService,
    private readonly trash: TrashService,
  ) {}

  async list(access: ProjectAccess): Promise<KpiModel[]> {
    return (await this.kpis.byProjects([access.projectId])).map(toKpi);
  }

  async create(input: CreateKpiInput, access: ProjectAccess): Promise<KpiModel> {
    return inTransaction(this.db, async (tx) => {
      const name = input.name.trim();
      // Names and keys are unique per project (a constraint); waiting for each other keeps a second
      // writer from deriving the same key, so it is told the name is taken instead.
      await serializeWrites(tx, 'kpis', access.projectId);
      const key = await this.freeKey(tx, access.projectId, name);
      const row = await this.kpis.insert(tx, {
        projectId: access.projectId,
        key,
        name,
        description: input.description.trim(),
        unit: input.unit.trim(),
        direction: input.direction,
        baseline: input.baseline ?? null,
        target: input.target,
      });
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'Kpi', entityId: row.id, action: 'CREATED', actorId: access.userId, after: this.auditShape(row) });
      return toKpi(row);
    });
  }

  async update(input: UpdateKpiInput, access: ProjectAccess): Promise<KpiModel> {
    return inTransaction(this.db, async (tx) => {
      const current = await this.kpis.find(tx, input.id);
      const set: KpiChanges = {};
      if (input.name !== undefined && input.name.trim() !== current.name) {
        await serializeWrites(tx, 'kpis', current.project_id);
        await this.checkNameFree(tx, current.project_id, input.name.trim(), current.id);
        set.name = input.name.trim();
      }
      if (input.description !== undefined) set.description = input.description.trim();
      if (input.unit !== undefined) set.unit = input.unit.trim();
      if (input.direction !== undefined) set.direction = input.direction;
      if (input.baseline !== undefined) set.baseline = input.baseline;
      if (input.target !== undefined) set.target = input.target;
      const { before, after } = await this.kpis.update(tx, input.id, input.version, set);
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'Kpi',
        entityId: current.id,
        action: 'UPDATED',
        actorId: access.userId,
        ...changedColumns(this.auditShape(before), this.auditShape(after)),
      });
      return toKpi(after);
    });
  }

  /** Adds one measurement; the KPI's status and trend follow from it when the KPI is read. */
  async recordMeasurement(input: RecordKpiMeasurementInput, access: ProjectAccess): Promise<KpiModel> {
    return inTransaction(this.db, async (tx) => {
      const kpi = await this.kpis.find(tx, input.kpiId);
      this.checkMeasurement(kpi, input.value, input.measuredOn);
      const row = await this.kpis.insertMeasurement(tx, { kpiId: kpi.id, measuredOn: input.measuredOn, value: input.value, note: input.note.trim(), recordedBy: access.userId });
      // Filed under the KPI so that its history shows the measurements next to changes of the target.
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'Kpi',
        entityId: kpi.id,
        action: 'MEASURED',
        actorId: access.userId,
        after: { measurement_id: row.id, measured_on: row.measured_on, value: row.value, note: row.note },
      });
      return toKpi(kpi);
    });
  }

  private async checkNameFree(tx: EntityManager, projectId: string, name: string, exceptId: string | null): Promise<void> {
    if (await this.kpis.nameTaken(tx, projectId, name, exceptId)) throw badUserInput([{ field: 'name', message: `This project already has a KPI called “${name}”.` }]);
  }

  /** A key derived from the name that no other KPI of the project uses: DATA_QUALITY, else DATA_QUALITY_2, … */
  private async freeKey(tx: EntityManager, projectId: string, name: string): Promise<string> {
    await this.checkNameFree(tx, projectId, name, null);
    const base = kpiKeyFromName(name);
    if (!base) throw badUserInput([{ field: 'name', message: 'The name needs at least one letter or digit.' }]);
    const used = await this.kpis.keysInUse(tx, projectId);
    let key = base;
    for (let n = 2; used.has(key); n += 1) key = `${base}_${n}`;
    return key;
  }

  private auditShape(row: KpiRow): Row {
    const { version: _version, created_at: _created, ...rest } = row;
    return rest;
  }

  /** Corrects a measurement's value, day or note; the KPI's history keeps what it was before. */
  async updateMeasurement(input: UpdateKpiMeasurementInput, access: ProjectAccess): Promise<KpiModel> {
    return inTransaction(this.db, async (tx) => {
      const current = await this.kpis.findMeasurement(tx, input.id);
      const kpi = await this.kpis.find(tx, current.kpi_id);
      this.checkMeasurement(kpi, input.value, input.measuredOn ?? null);
      const set: MeasurementChanges = { value: input.value };
      if (input.measuredOn != null) set.measured_on = input.measuredOn;
      if (input.note != null) set.note = input.note.trim();
      const { before, after } = await this.kpis.updateMeasurement(tx, current.id, input.version ?? current.version, set);
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'Kpi',
        entityId: kpi.id,
        action: 'MEASUREMENT_CORRECTED',
        actorId: access.userId,
        before: { measurement_id: before.id, ...this.measurementShape(before) },
        after: { measurement_id: after.id, ...this.measurementShape(after) },
      });
      return toKpi(kpi);
    });
  }

  /** Moves a measurement to the trash; the KPI's own history also says which value was removed. */
  async deleteMeasurement(input: DeleteKpiMeasurementInput, access: ProjectAccess): Promise<KpiModel> {
    return inTransaction(this.db, async (tx) => {
      const current = await this.kpis.findMeasurement(tx, input.id);
      const kpi = await this.kpis.find(tx, current.kpi_id);
      await this.trash.removeIn(tx, 'KpiMeasurement', { id: current.id, version: input.version ?? current.version }, access);
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'Kpi',
        entityId: kpi.id,
        action: 'MEASUREMENT_REMOVED',
        actorId: access.userId,
        before: { measurement_id: current.id, ...this.measurementShape(current) },
      });
      return toKpi(kpi);
    });
  }

  /** A value outside its unit's range, or a day still to come, is refused and nothing is stored. */
  private checkMeasurement(kpi: KpiRow, value: number, measuredOn: string | null): void {
    const problems = [];
    const valueProblem = kpiValueProblem(value, kpi.unit);
    if (valueProblem) problems.push({ field: 'value', message: valueProblem });
    const today = todayIso();
    if (measuredOn !== null && measuredOn > today) {
      problems.push({ field: 'measuredOn', message: `${measuredOn} is in the future (today is ${today}). Record a value on or after the day it was measured.` });
    }
    if (problems.length > 0) throw badUserInput(problems);
  }

  private measurementShape(row: KpiMeasurementRow): Row {
    return { measured_on: row.measured_on, value: row.value, note: row.note };
  }
}
