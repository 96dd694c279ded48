import { byKey, groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { ProjectPermission } from './project-member.entity';
import { ProjectEntity } from './project.entity';
import { TasksRepository } from '../tasks/tasks.repository';

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

/** Open tasks that need an owner: the same rule as the board's `unowned` filter and health. */
export function unownedTaskCountByProjectId(loaders: RequestLoaders) {
  return loaders.get<string, number>('unownedTaskCountByProjectId', async (db, ids) => {
    return (await new TasksRepository(db).ownershipSummary(ids)).map((s) => s.needsOwner);
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
