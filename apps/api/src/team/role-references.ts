import { FieldError, fieldProblem } from '../common/errors/app-error';

/** The field error every area gives when a client names a role key the project does not have. */
export function noSuchRole(field: string, roleKey: string): FieldError {
  return fieldProblem(field, 'NO_SUCH_ROLE', { roleKey });
}
