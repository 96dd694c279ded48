import { ChangeDetectionStrategy, Component, inject, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder, Validators } from '@angular/forms';

import { CombinedGraphQLErrors } from '@apollo/client';
import { of, throwError } from 'rxjs';
import { beforeEach, describe, expect, it } from 'vitest';

import { EditSubmission } from './edit-submission';
import { SERVER_ERROR_KEY } from './form-errors';

@Component({ selector: 'crm-test-form', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class TestFormComponent {
  readonly form = inject(NonNullableFormBuilder).group({ name: ['Pilot', Validators.required] });
  readonly submission = new EditSubmission(this.form, 'this wave');
}

function apiError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { ...extensions, code } }] });
}

describe('EditSubmission', () => {
  let component: TestFormComponent;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    component = TestBed.createComponent(TestFormComponent).componentInstance;
  });

  it('does not send an invalid form and shows its problems', () => {
    component.form.controls.name.setValue('');

    expect(component.submission.ready()).toBe(false);
    expect(component.form.controls.name.touched).toBe(true);
  });

  it('hands the saved record on and stops saving', () => {
    let saved = '';
    component.submission.send(of('w1'), (id) => (saved = id));

    expect(saved).toBe('w1');
    expect(component.submission.submitting()).toBe(false);
  });

  it('a CONFLICT says someone else changed it since the form opened and offers a reload', () => {
    component.submission.send(throwError(() => apiError('CONFLICT', 'stale')), () => undefined);

    expect(component.submission.banner()).toBe(
      'Someone else changed this wave since you opened it. Reload to see their changes, then make yours again.',
    );
    expect(component.submission.stale()).toBe(true);
  });

  it('an INVALID_STATE says it is already done, offers no reload and blames nobody', () => {
    component.submission.send(throwError(() => apiError('INVALID_STATE', 'This wave is already live.', { state: 'LIVE' })), () => undefined);

    expect(component.submission.banner()).toBe('This wave is already live.');
    expect(component.submission.stale()).toBe(false);
  });

  it('puts field messages beside their fields, leaving the banner empty', () => {
    const error = apiError('BAD_USER_INPUT', 'name: Taken.', { fields: [{ field: 'name', message: 'Taken.' }] });
    component.submission.send(throwError(() => error), () => undefined);

    expect(component.form.controls.name.errors?.[SERVER_ERROR_KEY]).toBe('Taken.');
    expect(component.submission.banner()).toBeNull();
  });

  it('starts each try with a clean banner', () => {
    component.submission.refused(apiError('CONFLICT', 'stale'));
    component.submission.ready();

    expect(component.submission.banner()).toBeNull();
    expect(component.submission.stale()).toBe(false);
  });
});
