import { groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';

export function dependencyIdsByTaskId(loaders: RequestLoaders) {
  return loaders.get<string, string[]>('dependencyIdsByTaskId', async (db, ids) => {
    const rows: { task_id: string; depends_on_id: string }[] = await db.query(
      'SELECT task_id, depends_on_id FROM task_dependencies WHERE task_id = ANY($1)',
      [ids],
    );
    return groupedByKey(ids, rows, (r) => r.task_id).map((group) => group.map((r) => r.depends_on_id));
  });
}
