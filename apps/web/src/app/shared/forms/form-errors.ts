import { AbstractControl, FormGroup } from '@angular/forms';

import { fieldErrorsOf, userMessageOf } from '../graphql/graphql-errors';

/** The validation-error key under which a control keeps the API's message for it. */
export const SERVER_ERROR_KEY = 'server';

/**
 * Puts each BAD_USER_INPUT field message on the form control of the same name, so it shows next to
 * the field, and returns a message for the banner covering everything else (or null when every
 * problem found its field). A control's server message goes away with its next edit, because
 * Angular recomputes errors from the control's own validators on every value change.
 */
export function showServerErrors(form: FormGroup, error: unknown): string | null {
  const fieldErrors = fieldErrorsOf(error);
  if (fieldErrors.length === 0) return userMessageOf(error);

  const unplaced: string[] = [];
  for (const { field, message } of fieldErrors) {
    const control = form.get(field);
    if (control) {
      control.setErrors({ ...control.errors, [SERVER_ERROR_KEY]: message });
      control.markAsTouched();
    } else {
      unplaced.push(message);
    }
  }
  return unplaced.length > 0 ? [...new Set(unplaced)].join(' ') : null;
}

/**
 * The sentence to show under a field: the API's own message when it sent one, then a sentence a
 * check worded itself (the date field says how to type a date), otherwise the message for the
 * first failed client-side check, or null when the field is fine.
 */
export function fieldErrorMessage(control: AbstractControl, messages: Readonly<Record<string, string>>): string | null {
  const errors = control.errors;
  if (!errors) return null;
  const server: unknown = errors[SERVER_ERROR_KEY];
  if (typeof server === 'string') return server;
  const worded = Object.values(errors).find((error): error is string => typeof error === 'string');
  if (worded) return worded;
  const known = Object.keys(errors).find((key) => key in messages);
  return known ? messages[known] : $localize`:@@shared.forms.checkField:Check this field.`;
}

/** Moves keyboard focus to the first field that needs attention, so the user lands on it. */
export function focusFirstInvalidField(form: HTMLElement): void {
  form.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, select.ng-invalid')?.focus();
}
