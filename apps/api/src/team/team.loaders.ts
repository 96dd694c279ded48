import { byKey, groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { RoleAssignmentModel, RoleModel, toAssignment, toRole } from './models/role.model';
import { TeamRepository } from './team.repository';

export function roleById(loaders: RequestLoaders) {
  return loaders.get<string, RoleModel | null>('roleById', async (db, ids) => {
    const rows = await new TeamRepository(db).rolesByIds(ids);
    return byKey(ids, rows.map(toRole), (r) => r.id);
  });
}

/** The holders of each role in the program's rollout waves (each says its wave), by role id. */
export function waveHoldersByRoleId(loaders: RequestLoaders) {
  return loaders.get<string, RoleAssignmentModel[]>('waveHoldersByRoleId', async (db, ids) => {
    const rows = await new TeamRepository(db).holdersByRoleIds(ids, { inWaves: true });
    return groupedByKey(ids, rows.map(toAssignment), (a) => a.roleId);
  });
}

/** The program-wide holders of each role, by role id. */
export function holdersByRoleId(loaders: RequestLoaders) {
  return loaders.get<string, RoleAssignmentModel[]>('holdersByRoleId', async (db, ids) => {
    const rows = await new TeamRepository(db).holdersByRoleIds(ids);
    return groupedByKey(ids, rows.map(toAssignment), (a) => a.roleId);
  });
}

/** The person who owns a role's program-wide tasks, by role id. */
export function primaryHolderByRoleId(loaders: RequestLoaders) {
  return loaders.get<string, string | null>('primaryHolderByRoleId', async (db, ids) => {
    const rows = await new TeamRepository(db).primaryHoldersByRoleIds(ids);
    return byKey(ids, rows, (r) => r.role_id).map((r) => r?.person_id ?? null);
  });
}
