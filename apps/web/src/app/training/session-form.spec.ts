import { FormArray, FormControl, FormGroup } from '@angular/forms';

import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';

import { SERVER_ERROR_KEY } from '../shared/forms/form-errors';
import { isWebLink, showSessionErrors } from './session-form';

function form() {
  return new FormGroup({
    date: new FormControl(''),
    trainerId: new FormControl(''),
    materials: new FormArray([new FormGroup({ title: new FormControl('Cheat sheet'), url: new FormControl('notalink') })]),
  });
}

function badInput(fields: { field: string; message: string }[]) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message: 'invalid', extensions: { code: 'BAD_USER_INPUT', fields } }] });
}

describe('server errors on the session form', () => {
  it('puts the start’s message under the date, and a material’s under its own link field', () => {
    const f = form();

    const banner = showSessionErrors(
      f,
      badInput([
        { field: 'startsAt', message: 'startsAt must be a date-time.' },
        { field: 'materials.0.url', message: 'Material links must be full URLs.' },
        { field: 'trainerId', message: 'The trainer must hold the Trainer role.' },
      ]),
    );

    expect(banner).toBeNull();
    expect(f.controls.date.errors?.[SERVER_ERROR_KEY]).toBe('startsAt must be a date-time.');
    expect(f.get('materials.0.url')?.errors?.[SERVER_ERROR_KEY]).toBe('Material links must be full URLs.');
    expect(f.controls.trainerId.errors?.[SERVER_ERROR_KEY]).toBe('The trainer must hold the Trainer role.');
  });

  it('leaves a message without a field of its own for the banner', () => {
    expect(showSessionErrors(form(), badInput([{ field: 'waveId', message: 'Nobody in this wave needs re-training right now.' }]))).toBe(
      'Nobody in this wave needs re-training right now.',
    );
  });

  it('recognises links a browser can open', () => {
    expect(isWebLink('https://meet.example.com/crm')).toBe(true);
    expect(isWebLink('Room 4.12')).toBe(false);
    expect(isWebLink('http://localhost:3000/x')).toBe(true);
  });
});
