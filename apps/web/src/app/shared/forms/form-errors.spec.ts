import { FormControl, FormGroup, Validators } from '@angular/forms';

import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';

import { fieldErrorMessage, showServerErrors } from './form-errors';

function projectForm() {
  return new FormGroup({
    startDate: new FormControl('2026-03-01', { nonNullable: true, validators: Validators.required }),
    targetGoLiveDate: new FormControl('2026-02-01', { nonNullable: true, validators: Validators.required }),
  });
}

function badUserInput(fields: { field: string; message: string }[]) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields } }],
  });
}

describe('showServerErrors', () => {
  it('puts a field message on the control of the same name and leaves the banner empty', () => {
    const form = projectForm();
    const message = 'Target go-live must come after the start date.';

    const banner = showServerErrors(form, badUserInput([{ field: 'targetGoLiveDate', message }]));

    expect(banner).toBeNull();
    expect(fieldErrorMessage(form.controls.targetGoLiveDate, {})).toBe(message);
    expect(form.controls.startDate.valid).toBe(true);
  });

  it('sends messages for fields the form does not have to the banner', () => {
    const form = projectForm();

    const banner = showServerErrors(
      form,
      badUserInput([
        { field: 'startDate', message: 'Start date must be a real date.' },
        { field: 'budget', message: 'Budget must be positive.' },
      ]),
    );

    expect(banner).toBe('Budget must be positive.');
    expect(fieldErrorMessage(form.controls.startDate, {})).toBe('Start date must be a real date.');
  });

  it('shows any other error in the banner with the API message', () => {
    const form = projectForm();
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Too many attempts. Wait a minute and try again.', extensions: { code: 'TOO_MANY_REQUESTS' } }],
    });

    expect(showServerErrors(form, error)).toBe('Too many attempts. Wait a minute and try again.');
    expect(form.valid).toBe(true);
  });

  it('drops the server message once the user edits the field', () => {
    const form = projectForm();
    showServerErrors(form, badUserInput([{ field: 'targetGoLiveDate', message: 'Too early.' }]));

    form.controls.targetGoLiveDate.setValue('2026-09-01');

    expect(form.controls.targetGoLiveDate.errors).toBeNull();
  });
});

describe('fieldErrorMessage', () => {
  it('names the failed client-side check', () => {
    const control = new FormControl('', Validators.required);
    expect(fieldErrorMessage(control, { required: 'Enter the start date.' })).toBe('Enter the start date.');
  });

  it('prefers the sentence a check worded itself (text that is no date) over the form’s own message', () => {
    const dateInvalid = 'Enter the date as dd/mm/yyyy, or pick it from the calendar.';
    const control = new FormControl('', [Validators.required, () => ({ dateInvalid })]);
    expect(fieldErrorMessage(control, { required: 'Enter the start date.' })).toBe(dateInvalid);
  });
});
