import { TaskStatus } from './models/task.model';

/**
 * The SQL copy of `isOpen` (libs/domain) over a `tasks` alias, for every query of the tasks area.
 * It is written exactly as the predicate of the partial indexes of open tasks (migrations
 * 1764700000000–1764700000200), so the planner can use them; test/api/task-ownership-contract
 * checks the counts and lists it selects against the domain rule.
 */
export const isOpenSql = (alias: string): string => `${alias}.status <> '${TaskStatus.DONE}'`;

/**
 * The task `alias` has no primary holder of its role in its own wave (always true for a task of
 * no wave): the wave step of `ownerFor` (a wave's holder first, then the program's), one probe of
 * role_assignments_one_primary per task. Checked with the rest by test/api/task-ownership-contract.
 */
export const noWaveHolder = (alias: string): string =>
  `NOT EXISTS (SELECT 1 FROM role_assignments wa WHERE wa.role_id = ${alias}.role_id AND wa.wave_id = ${alias}.wave_id AND wa.is_primary)`;
