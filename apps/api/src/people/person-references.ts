import { FieldError } from '../common/errors/app-error';

/** The field error every area gives when a client names someone who is not in the directory. */
export function notInDirectory(field: string, several = false): FieldError {
  return { field, message: several ? 'Some of these people are not in the people directory.' : 'No one with this id is in the people directory.' };
}
