import { KpiStatus } from '../kpis/kpi-status';

/** Whether a change turned a KPI off track (by `assessKpi`): only the step into OFF_TRACK is news, not staying there. */
export function kpiTurnedOffTrack(before: KpiStatus, after: KpiStatus): boolean {
  return after === 'OFF_TRACK' && before !== 'OFF_TRACK';
}

/** The role that answers for a KPI when none was chosen. */
export const KPI_DEFAULT_OWNER_ROLE = 'CRM_ANALYST';
