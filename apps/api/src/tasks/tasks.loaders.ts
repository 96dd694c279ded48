import { groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { TaskModel, toTask } from './models/task.model';
import { TasksRepository } from './tasks.repository';

export function dependencyIdsByTaskId(loaders: RequestLoaders) {
  return loaders.get<string, string[]>('dependencyIdsByTaskId', async (db, ids) => {
    const rows = await new TasksRepository(db).dependencyEdgesOfTasks(ids);
    return groupedByKey(ids, rows, (r) => r.task_id).map((group) => group.map((r) => r.depends_on_id));
  });
}

/** Every task each task waits for, done or not; the resolver keeps the open ones. */
export function prerequisitesByTaskId(loaders: RequestLoaders) {
  return loaders.get<string, TaskModel[]>('prerequisitesByTaskId', async (db, ids) => {
    const rows = await new TasksRepository(db).prerequisitesOfTasks(ids);
    return groupedByKey(ids, rows, (r) => r.waiting_task_id).map((group) => group.map(toTask));
  });
}
