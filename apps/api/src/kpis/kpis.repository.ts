import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { STANDARD_TEMPLATE } from '@crm/domain';

import { versionedUpdate } from '../common/database/versioned-update';
import { notFound } from '../common/errors/app-error';
import { KpiDirection, KpiMeasurementRow, KpiRow } from './models/kpi.model';

/**
 * Template KPIs come in the template's order (user adoption first), KPIs added later after them
 * in the order they were added. Template rows share one created_at, hence the key position.
 */
const KPI_ORDER = 'created_at, array_position($2::text[], key), name, id';
const TEMPLATE_KPI_KEYS = STANDARD_TEMPLATE.kpis.map((k) => k.key);

export interface NewKpi {
  projectId: string;
  key: string;
  name: string;
  description: string;
  unit: string;
  direction: KpiDirection;
  baseline: number | null;
  target: number;
  ownerRoleId: string | null;
}

export interface NewKpiMeasurement {
  kpiId: string;
  measuredOn: string;
  value: number;
  note: string;
  recordedBy: string;
}

export type MeasurementChanges = Partial<Pick<KpiMeasurementRow, 'measured_on' | 'note'>> & { value?: number };

export type KpiChanges = Partial<Pick<KpiRow, 'name' | 'description' | 'unit' | 'direction' | 'owner_role_id'>> & { baseline?: number | null; target?: number };

/** The kpis and kpi_measurements tables; only this file writes them. */
@Injectable()
export class KpisRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The KPIs of several projects at once, each project's in KPI order. */
  byProjects(projectIds: readonly string[]): Promise<KpiRow[]> {
    return this.db.query(`SELECT * FROM kpis WHERE project_id = ANY($1) ORDER BY ${KPI_ORDER}`, [projectIds, TEMPLATE_KPI_KEYS]);
  }

  /** Every measurement of each KPI, oldest first. */
  measurementsOf(kpiIds: readonly string[], tx: EntityManager = this.db.manager): Promise<KpiMeasurementRow[]> {
    return tx.query('SELECT * FROM kpi_measurements WHERE kpi_id = ANY($1) ORDER BY measured_on, created_at, id', [kpiIds]);
  }

  async find(tx: EntityManager, id: string): Promise<KpiRow> {
    const rows: KpiRow[] = await tx.query('SELECT * FROM kpis WHERE id = $1', [id]);
    if (!rows[0]) throw notFound('This KPI');
    return rows[0];
  }

  /** The project's KPI with this stable key (USER_ADOPTION …), if it has one. */
  async findByKey(tx: EntityManager, projectId: string, key: string): Promise<KpiRow | undefined> {
    const rows: KpiRow[] = await tx.query('SELECT * FROM kpis WHERE project_id = $1 AND key = $2', [projectId, key]);
    return rows[0];
  }

  /** True when another KPI of the project (not `exceptId`) has this name, ignoring case. */
  async nameTaken(tx: EntityManager, projectId: string, name: string, exceptId: string | null): Promise<boolean> {
    const rows = await tx.query('SELECT 1 FROM kpis WHERE project_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3', [projectId, name, exceptId]);
    return rows.length > 0;
  }

  async keysInUse(tx: EntityManager, projectId: string): Promise<Set<string | null>> {
    const rows: { key: string | null }[] = await tx.query('SELECT key FROM kpis WHERE project_id = $1', [projectId]);
    return new Set(rows.map((r) => r.key));
  }

  async insert(tx: EntityManager, kpi: NewKpi): Promise<KpiRow> {
    const [row]: KpiRow[] = await tx.query(
      `INSERT INTO kpis (project_id, key, name, description, unit, direction, baseline, target, owner_role_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
      [kpi.projectId, kpi.key, kpi.name, kpi.description, kpi.unit, kpi.direction, kpi.baseline, kpi.target, kpi.ownerRoleId],
    );
    return row;
  }

  update(tx: EntityManager, id: string, version: number, set: KpiChanges) {
    return versionedUpdate<KpiRow & Record<string, unknown>>(tx, { table: 'kpis', id, version, set, what: 'This KPI' });
  }

  async insertMeasurement(tx: EntityManager, measurement: NewKpiMeasurement): Promise<KpiMeasurementRow> {
    const [row]: KpiMeasurementRow[] = await tx.query(
      'INSERT INTO kpi_measurements (kpi_id, measured_on, value, note, recorded_by) VALUES ($1, $2, $3, $4, $5) RETURNING *',
      [measurement.kpiId, measurement.measuredOn, measurement.value, measurement.note, measurement.recordedBy],
    );
    return row;
  }

  async findMeasurement(tx: EntityManager, id: string): Promise<KpiMeasurementRow> {
    const rows: KpiMeasurementRow[] = await tx.query('SELECT * FROM kpi_measurements WHERE id = $1', [id]);
    if (!rows[0]) throw notFound('This measurement');
    return rows[0];
  }

  updateMeasurement(tx: EntityManager, id: string, version: number, set: MeasurementChanges) {
    return versionedUpdate<KpiMeasurementRow & Record<string, unknown>>(tx, { table: 'kpi_measurements', id, version, set, what: 'This measurement' });
  }
}
