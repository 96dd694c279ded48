import { byKey, groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { AssignmentRow, RoleModel, RoleRow, RoleAssignmentModel, toAssignment, toRole } from './models/role.model';

export function roleById(loaders: RequestLoaders) {
  return loaders.get<string, RoleModel | null>('roleById', async (db, ids) => {
    const rows: RoleRow[] = await db.query('SELECT * FROM roles WHERE id = ANY($1)', [ids]);
    return byKey(ids, rows.map(toRole), (r) => r.id);
  });
}

export function holdersByRoleId(loaders: RequestLoaders) {
  return loaders.get<string, RoleAssignmentModel[]>('holdersByRoleId', async (db, ids) => {
    const rows: AssignmentRow[] = await db.query(
      'SELECT * FROM role_assignments WHERE role_id = ANY($1) ORDER BY is_primary DESC, created_at',
      [ids],
    );
    return groupedByKey(ids, rows.map(toAssignment), (a) => a.roleId);
  });
}

/** The person who owns a role's tasks, by role id. */
export function primaryHolderByRoleId(loaders: RequestLoaders) {
  return loaders.get<string, string | null>('primaryHolderByRoleId', async (db, ids) => {
    const rows: { role_id: string; person_id: string }[] = await db.query(
      'SELECT role_id, person_id FROM role_assignments WHERE role_id = ANY($1) AND is_primary',
      [ids],
    );
    return byKey(ids, rows, (r) => r.role_id).map((r) => r?.person_id ?? null);
  });
}
