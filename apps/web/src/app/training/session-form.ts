import { FormGroup } from '@angular/forms';

import { SERVER_ERROR_KEY } from '../shared/forms/form-errors';
import { fieldErrorsOf, userMessageOf } from '../shared/graphql/graphql-errors';

/**
 * The API names the start `startsAt`; the form asks for it as a date, a time and a zone. Its
 * message goes under the date, where the user is most likely to fix it.
 */
const CONTROL_FOR_FIELD: Readonly<Record<string, string>> = { startsAt: 'date' };

/**
 * Like showServerErrors, for the session forms: each BAD_USER_INPUT message lands on its control
 * (materials.0.url included), and the rest is returned for the banner, or null when all found a home.
 */
export function showSessionErrors(form: FormGroup, error: unknown): string | null {
  const fieldErrors = fieldErrorsOf(error);
  if (fieldErrors.length === 0) return userMessageOf(error);
  const unplaced: string[] = [];
  for (const { field, message } of fieldErrors) {
    const control = form.get(CONTROL_FOR_FIELD[field] ?? field);
    if (control) {
      control.setErrors({ ...control.errors, [SERVER_ERROR_KEY]: message });
      control.markAsTouched();
    } else {
      unplaced.push(message);
    }
  }
  return unplaced.length > 0 ? [...new Set(unplaced)].join(' ') : null;
}

/** Whether a link is one a browser can open: http or https, with a host. */
export function isWebLink(value: string): boolean {
  return /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value.trim()) || /^https?:\/\/localhost(:\d+)?(\/\S*)?$/i.test(value.trim());
}
