import { groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { RequirementModel, RequirementRow, toRequirement } from './models/requirement.model';

/** Requirements linked to a process or a selection criterion, by the owner's id. */
export function linkedRequirements(loaders: RequestLoaders, link: 'process_requirements' | 'criterion_requirements') {
  const ownerColumn = link === 'process_requirements' ? 'process_id' : 'criterion_id';
  return loaders.get<string, RequirementModel[]>(`requirementsBy:${link}`, async (db, ids) => {
    const rows: (RequirementRow & { owner_id: string })[] = await db.query(
      `SELECT r.*, l.${ownerColumn} AS owner_id FROM ${link} l JOIN requirements r ON r.id = l.requirement_id
       WHERE l.${ownerColumn} = ANY($1) ORDER BY r.seq`,
      [ids],
    );
    return groupedByKey(ids, rows, (r) => r.owner_id).map((group) => group.map(toRequirement));
  });
}
