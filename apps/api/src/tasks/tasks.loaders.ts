import { groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { TasksRepository } from './tasks.repository';

export function dependencyIdsByTaskId(loaders: RequestLoaders) {
  return loaders.get<string, string[]>('dependencyIdsByTaskId', async (db, ids) => {
    const rows = await new TasksRepository(db).dependencyEdgesOfTasks(ids);
    return groupedByKey(ids, rows, (r) => r.task_id).map((group) => group.map((r) => r.depends_on_id));
  });
}
