import { byKey, groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { TaskDependencyModel, TaskModel, toTask } from './models/task.model';
import { TasksRepository } from './tasks.repository';

export function dependencyIdsByTaskId(loaders: RequestLoaders) {
  return loaders.get<string, string[]>('dependencyIdsByTaskId', async (db, ids) => {
    const rows = await new TasksRepository(db).dependencyEdgesOfTasks(ids);
    return groupedByKey(ids, rows, (r) => r.task_id).map((group) => group.map((r) => r.depends_on_id));
  });
}

/** Every task each task waits for, done or not, with the link's lag, in board order. */
export function dependenciesByTaskId(loaders: RequestLoaders) {
  return loaders.get<string, TaskDependencyModel[]>('dependenciesByTaskId', async (db, ids) => {
    const rows = await new TasksRepository(db).prerequisitesOfTasks(ids);
    return groupedByKey(ids, rows, (r) => r.waiting_task_id).map((group) =>
      group.map((row) => ({ taskId: row.waiting_task_id, dependsOnId: row.id, lagDays: row.link_lag_days, prerequisite: toTask(row) })),
    );
  });
}

/** Every task each task waits for, done or not; the resolver keeps the open ones. Shares the statement of `dependenciesByTaskId`. */
export async function prerequisitesOf(loaders: RequestLoaders, taskId: string): Promise<TaskModel[]> {
  return (await dependenciesByTaskId(loaders).load(taskId)).map((d) => d.prerequisite as TaskModel);
}

export function taskById(loaders: RequestLoaders) {
  return loaders.get<string, TaskModel | null>('taskById', async (db, ids) => {
    return byKey(ids, (await new TasksRepository(db).byIds(ids)).map(toTask), (t) => t.id);
  });
}
