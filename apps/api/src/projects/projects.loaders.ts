import { ProjectPermission } from '../common/access/project-access';
import { byKey, groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { TaskFiguresRepository } from '../tasks/task-figures.repository';
import { TasksRepository } from '../tasks/tasks.repository';
import { ProjectModel, toProject } from './models/project.model';
import { ProjectsRepository } from './projects.repository';

export function projectById(loaders: RequestLoaders) {
  return loaders.get<string, ProjectModel | null>('projectById', async (db, ids) => {
    const rows = await new ProjectsRepository(db).byIds(ids);
    return byKey(ids, rows.map(toProject), (p) => p.id);
  });
}

/** Keyed by project for the signed-in user of this request. */
export function permissionByProjectId(loaders: RequestLoaders, userId: string) {
  return loaders.get<string, ProjectPermission | null>(`permissionByProjectId:${userId}`, async (db, ids) => {
    const rows = await new ProjectsRepository(db).permissionsOf(userId, ids);
    return byKey(ids, rows, (r) => r.project_id).map((r) => r?.permission ?? null);
  });
}

/** Open tasks that need an owner: the same rule as the board's `unowned` filter and health. */
export function unownedTaskCountByProjectId(loaders: RequestLoaders) {
  return loaders.get<string, number>('unownedTaskCountByProjectId', async (db, ids) => {
    return new TaskFiguresRepository(db).needsOwner(ids);
  });
}

export function dependenciesByProjectId(loaders: RequestLoaders) {
  return loaders.get<string, { taskId: string; dependsOnId: string; lagDays: number }[]>('dependenciesByProjectId', async (db, ids) => {
    const rows = await new TasksRepository(db).dependencyEdgesOfProjects(ids);
    return groupedByKey(ids, rows, (r) => r.project_id).map((group) => group.map((r) => ({ taskId: r.task_id, dependsOnId: r.depends_on_id, lagDays: r.lag_days })));
  });
}
