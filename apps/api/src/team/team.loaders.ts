import { byKey, groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { RoleAssignmentModel, RoleModel, toAssignment, toRole } from './models/role.model';
import { TeamRepository } from './team.repository';

export function roleById(loaders: RequestLoaders) {
  return loaders.get<string, RoleModel | null>('roleById', async (db, ids) => {
    const rows = await new TeamRepository(db).rolesByIds(ids);
    return byKey(ids, rows.map(toRole), (r) => r.id);
  });
}

export function holdersByRoleId(loaders: RequestLoaders) {
  return loaders.get<string, RoleAssignmentModel[]>('holdersByRoleId', async (db, ids) => {
    const rows = await new TeamRepository(db).holdersByRoleIds(ids);
    return groupedByKey(ids, rows.map(toAssignment), (a) => a.roleId);
  });
}

/** The person who owns a role's tasks, by role id. */
export function primaryHolderByRoleId(loaders: RequestLoaders) {
  return loaders.get<string, string | null>('primaryHolderByRoleId', async (db, ids) => {
    const rows = await new TeamRepository(db).primaryHoldersByRoleIds(ids);
    return byKey(ids, rows, (r) => r.role_id).map((r) => r?.person_id ?? null);
  });
}
