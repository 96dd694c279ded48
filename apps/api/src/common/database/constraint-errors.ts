import { AppError, badUserInput, ErrorCode, fieldProblem, notFound, refused } from '../errors/app-error';

/** The fields of a PostgreSQL error that say what went wrong (pg's DatabaseError, wrapped by TypeORM). */
export interface DatabaseFailure {
  code: string;
  constraint?: string;
}

export const UNIQUE_VIOLATION = '23505';
export const FOREIGN_KEY_VIOLATION = '23503';
export const SERIALIZATION_FAILURE = '40001';
export const DEADLOCK_DETECTED = '40P01';

/**
 * What a client is told when a write breaks a named constraint. A uniqueness rule names the field
 * the user typed; a reference to a record that vanished meanwhile answers NOT_FOUND or names the
 * field that pointed at it. Constraints not listed fall back to the general answers below.
 */
const CONSTRAINT_ANSWERS: Record<string, () => AppError> = {
  role_assignments_one_primary: () =>
    refused(ErrorCode.CONFLICT, 'PRIMARY_HOLDER_TAKEN', {}, { fields: [{ field: 'primary', message: 'The role already has a primary holder.', code: 'PRIMARY_HOLDER_TAKEN', params: { field: 'primary' } }] }),
  role_assignments_role_person_wave_key: () => badUserInput([fieldProblem('personId', 'ALREADY_HOLDS_ROLE')]),
  roles_project_id_key_key: () => badUserInput([fieldProblem('name', 'ROLE_NAME_TAKEN')]),
  kpis_project_name_idx: () => badUserInput([fieldProblem('name', 'KPI_NAME_TAKEN')]),
  kpis_project_key_idx: () => badUserInput([fieldProblem('name', 'KPI_NAME_TAKEN')]),
  vendors_project_name_idx: () => badUserInput([fieldProblem('name', 'VENDOR_NAME_TAKEN')]),
  baselines_project_name_idx: () => badUserInput([fieldProblem('name', 'BASELINE_NAME_TAKEN')]),
  selection_criteria_project_name_idx: () => badUserInput([fieldProblem('name', 'CRITERION_NAME_TAKEN')]),
  task_dependencies_task_id_fkey: () => notFound('This task'),
  task_dependencies_depends_on_id_fkey: () => badUserInput([fieldProblem('dependsOnIds', 'PREREQUISITE_REMOVED')]),
};

/** The PostgreSQL error inside `error` (TypeORM copies `code` and `constraint` onto QueryFailedError), if any. */
export function databaseFailureOf(error: unknown): DatabaseFailure | undefined {
  const candidate = (error as { driverError?: unknown } | null)?.driverError ?? error;
  const code = (candidate as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return undefined;
  const constraint = (candidate as { constraint?: unknown }).constraint;
  return { code, constraint: typeof constraint === 'string' ? constraint : undefined };
}

/**
 * The clear answer for a constraint violation, or undefined when `error` is not one. Unknown
 * uniqueness violations mean someone else created the same thing first (CONFLICT); unknown
 * foreign keys mean a record the change refers to is gone (NOT_FOUND). Never INTERNAL.
 */
export function constraintViolationAnswer(error: unknown): AppError | undefined {
  const failure = databaseFailureOf(error);
  if (!failure) return undefined;
  const known = failure.constraint ? CONSTRAINT_ANSWERS[failure.constraint] : undefined;
  if (known && (failure.code === UNIQUE_VIOLATION || failure.code === FOREIGN_KEY_VIOLATION)) return known();
  if (failure.code === UNIQUE_VIOLATION) {
    return refused(ErrorCode.CONFLICT, 'SAME_CHANGE_AT_ONCE');
  }
  if (failure.code === FOREIGN_KEY_VIOLATION) return notFound('A record this change refers to');
  return undefined;
}
