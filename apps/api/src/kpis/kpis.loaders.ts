import { groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { KpisRepository } from './kpis.repository';
import { KpiMeasurementModel, KpiModel, toKpi, toKpiMeasurement } from './models/kpi.model';

/** Every measurement of each KPI, oldest first: one statement for a whole list of KPIs. */
export function measurementsByKpiId(loaders: RequestLoaders) {
  return loaders.get<string, KpiMeasurementModel[]>('measurementsByKpiId', async (db, ids) => {
    const rows = await new KpisRepository(db).measurementsOf(ids);
    return groupedByKey(ids, rows.map(toKpiMeasurement), (m) => m.kpiId);
  });
}

/** The KPIs of several projects at once, for summaries across projects (e.g. project health). */
export function kpisByProjectId(loaders: RequestLoaders) {
  return loaders.get<string, KpiModel[]>('kpisByProjectId', async (db, ids) => {
    const rows = await new KpisRepository(db).byProjects(ids);
    return groupedByKey(ids, rows.map(toKpi), (k) => k.projectId);
  });
}
