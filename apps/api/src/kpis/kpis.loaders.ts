import { STANDARD_TEMPLATE } from '@crm/domain';

import { groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { KpiMeasurementModel, KpiMeasurementRow, KpiModel, KpiRow, toKpi, toKpiMeasurement } from './models/kpi.model';

/**
 * Template KPIs come in the template's order (user adoption first), KPIs added later after them
 * in the order they were added. Template rows share one created_at, hence the key position.
 */
export const KPI_ORDER = 'created_at, array_position($2::text[], key), name, id';
export const TEMPLATE_KPI_KEYS = STANDARD_TEMPLATE.kpis.map((k) => k.key);

/** Every measurement of each KPI, oldest first: one statement for a whole list of KPIs. */
export function measurementsByKpiId(loaders: RequestLoaders) {
  return loaders.get<string, KpiMeasurementModel[]>('measurementsByKpiId', async (db, ids) => {
    const rows: KpiMeasurementRow[] = await db.query(
      'SELECT * FROM kpi_measurements WHERE kpi_id = ANY($1) ORDER BY measured_on, created_at, id',
      [ids],
    );
    return groupedByKey(ids, rows.map(toKpiMeasurement), (m) => m.kpiId);
  });
}

/** The KPIs of several projects at once, for summaries across projects (e.g. project health). */
export function kpisByProjectId(loaders: RequestLoaders) {
  return loaders.get<string, KpiModel[]>('kpisByProjectId', async (db, ids) => {
    const rows: KpiRow[] = await db.query(`SELECT * FROM kpis WHERE project_id = ANY($1) ORDER BY ${KPI_ORDER}`, [ids, TEMPLATE_KPI_KEYS]);
    return groupedByKey(ids, rows.map(toKpi), (k) => k.projectId);
  });
}
