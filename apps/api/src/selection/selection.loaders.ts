import { groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { RequirementModel, toRequirement } from '../requirements/models/requirement.model';
import { SelectionCriterionModel, toCriterion, toScore, VendorScoreModel } from './models/selection.model';
import { SelectionRepository } from './selection.repository';

export function scoresByVendorId(loaders: RequestLoaders) {
  return loaders.get<string, VendorScoreModel[]>('scoresByVendorId', async (db, ids) => {
    const rows = await new SelectionRepository(db).scoresOfVendors(ids);
    return groupedByKey(ids, rows.map(toScore), (s) => s.vendorId);
  });
}

export function criteriaByProjectId(loaders: RequestLoaders) {
  return loaders.get<string, SelectionCriterionModel[]>('criteriaByProjectId', async (db, ids) => {
    const rows = await new SelectionRepository(db).criteriaOf(ids);
    return groupedByKey(ids, rows.map(toCriterion), (c) => c.projectId);
  });
}

/** The requirements each criterion traces to: one statement for a whole list of criteria. */
export function requirementsByCriterionId(loaders: RequestLoaders) {
  return loaders.get<string, RequirementModel[]>('requirementsByCriterionId', async (db, ids) => {
    const rows = await new SelectionRepository(db).requirementsOf(ids);
    return groupedByKey(ids, rows, (r) => r.criterion_id).map((group) => group.map(toRequirement));
  });
}
