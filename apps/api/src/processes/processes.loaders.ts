import { groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { RequirementModel, toRequirement } from '../requirements/models/requirement.model';
import { ProcessesRepository } from './processes.repository';

/** The requirements each process is linked to: one statement for a whole list of processes. */
export function requirementsByProcessId(loaders: RequestLoaders) {
  return loaders.get<string, RequirementModel[]>('requirementsByProcessId', async (db, ids) => {
    const rows = await new ProcessesRepository(db).requirementsOf(ids);
    return groupedByKey(ids, rows, (r) => r.process_id).map((group) => group.map(toRequirement));
  });
}
