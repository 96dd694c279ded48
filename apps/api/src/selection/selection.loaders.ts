import { groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { SelectionCriterionModel, VendorScoreModel } from './models/selection.model';
import { toCriterion, toScore } from './selection.service';

export function scoresByVendorId(loaders: RequestLoaders) {
  return loaders.get<string, VendorScoreModel[]>('scoresByVendorId', async (db, ids) => {
    const rows = await db.query('SELECT * FROM vendor_scores WHERE vendor_id = ANY($1)', [ids]);
    return groupedByKey(ids, rows.map(toScore), (s) => s.vendorId);
  });
}

export function criteriaByProjectId(loaders: RequestLoaders) {
  return loaders.get<string, SelectionCriterionModel[]>('criteriaByProjectId', async (db, ids) => {
    const rows = await db.query('SELECT * FROM selection_criteria WHERE project_id = ANY($1) ORDER BY position', [ids]);
    return groupedByKey(ids, rows.map(toCriterion), (c) => c.projectId);
  });
}
