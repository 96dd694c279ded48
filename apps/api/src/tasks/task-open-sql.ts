import { TaskStatus } from './models/task.model';

/**
 * The SQL copy of `isOpen` (libs/domain) over a `tasks` alias, for every query of the tasks area.
 * It is written exactly as the predicate of the partial indexes of open tasks (migrations
 * 1764700000000–1764700000200), so the planner can use them; test/api/task-ownership-contract
 * checks the counts and lists it selects against the domain rule.
 */
export const isOpenSql = (alias: string): string => `${alias}.status <> '${TaskStatus.DONE}'`;
