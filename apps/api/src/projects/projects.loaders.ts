import { byKey, groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { ProjectPermission } from './project-member.entity';
import { ProjectEntity } from './project.entity';

export function projectById(loaders: RequestLoaders) {
  return loaders.get<string, ProjectEntity | null>('projectById', async (db, ids) => {
    const rows = await db.getRepository(ProjectEntity).createQueryBuilder('p').where('p.id IN (:...ids)', { ids }).getMany();
    return byKey(ids, rows, (p) => p.id);
  });
}

/** Keyed by project for the signed-in user of this request. */
export function permissionByProjectId(loaders: RequestLoaders, userId: string) {
  return loaders.get<string, ProjectPermission | null>(`permissionByProjectId:${userId}`, async (db, ids) => {
    const rows: { project_id: string; permission: ProjectPermission }[] = await db.query(
      'SELECT project_id, permission FROM project_members WHERE user_id = $1 AND project_id = ANY($2)',
      [userId, ids],
    );
    return byKey(ids, rows, (r) => r.project_id).map((r) => r?.permission ?? null);
  });
}

export function unownedTaskCountByProjectId(loaders: RequestLoaders) {
  return loaders.get<string, number>('unownedTaskCountByProjectId', async (db, ids) => {
    const rows: { project_id: string; n: number }[] = await db.query(
      `SELECT t.project_id, count(*)::int AS n FROM tasks t
       LEFT JOIN role_assignments ra ON ra.role_id = t.role_id AND ra.is_primary
       WHERE t.project_id = ANY($1) AND t.assignee_id IS NULL AND ra.person_id IS NULL AND t.status <> 'DONE'
       GROUP BY t.project_id`,
      [ids],
    );
    return byKey(ids, rows, (r) => r.project_id).map((r) => r?.n ?? 0);
  });
}

export function dependenciesByProjectId(loaders: RequestLoaders) {
  return loaders.get<string, { taskId: string; dependsOnId: string }[]>('dependenciesByProjectId', async (db, ids) => {
    const rows: { project_id: string; task_id: string; depends_on_id: string }[] = await db.query(
      'SELECT project_id, task_id, depends_on_id FROM task_dependencies WHERE project_id = ANY($1)',
      [ids],
    );
    return groupedByKey(ids, rows, (r) => r.project_id).map((group) => group.map((r) => ({ taskId: r.task_id, dependsOnId: r.depends_on_id })));
  });
}
