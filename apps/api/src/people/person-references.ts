import { FieldError, fieldProblem } from '../common/errors/app-error';

/** The field error every area gives when a client names someone who is not in the directory. */
export function notInDirectory(field: string, several = false): FieldError {
  return fieldProblem(field, several ? 'PEOPLE_NOT_IN_DIRECTORY' : 'PERSON_NOT_IN_DIRECTORY');
}
