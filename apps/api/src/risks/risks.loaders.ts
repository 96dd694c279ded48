import { groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { byScore, RiskModel, RiskRow, toRisk } from './models/risk.model';

/**
 * Every risk of several projects at once, highest score first, for summaries across projects
 * (e.g. project health). A risk's role and owner come through the team and people loaders.
 */
export function risksByProjectId(loaders: RequestLoaders) {
  return loaders.get<string, RiskModel[]>('risksByProjectId', async (db, ids) => {
    const rows: RiskRow[] = await db.query('SELECT * FROM risks WHERE project_id = ANY($1)', [ids]);
    return groupedByKey(ids, rows.map(toRisk).sort(byScore), (r) => r.projectId);
  });
}
