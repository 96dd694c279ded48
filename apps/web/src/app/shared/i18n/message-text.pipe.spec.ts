import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client';
import { afterEach, describe, expect, it } from 'vitest';

import { changeProblemOf } from '../graphql/change-problems';
import { fieldErrorsOf, userMessageOf } from '../graphql/graphql-errors';
import { setActiveMessageLocale } from './message-locale';
import { MessageTextPipe } from './message-text.pipe';

function pipeIn(locale: string): MessageTextPipe {
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: locale }] });
  return TestBed.runInInjectionContext(() => new MessageTextPipe());
}

/** A health reason as the API sends it: params as name/value pairs, numbers as text. */
const overdue = {
  code: 'MILESTONES_OVERDUE',
  params: [
    { name: 'count', value: '2' },
    { name: 'milestone', value: 'Go-live' },
    { name: 'days', value: '5' },
  ],
  text: '2 milestones overdue; “Go-live” is furthest behind, 5 days late.',
};

const gateBlocked = {
  message: 'Design cannot be completed yet: Task not done: Map the sales process.',
  extensions: {
    code: 'GATE_BLOCKED',
    params: { reason: 'PHASE_GATE_BLOCKED', phase: 'Design', count: 1 },
    blockers: ['Task not done: Map the sales process'],
    blockerMessages: [{ code: 'TASK_NOT_DONE', params: { task: 'Map the sales process' } }],
  },
};

const titleTooLong = {
  message: 'title: Title must be at most 200 characters.',
  extensions: {
    code: 'BAD_USER_INPUT',
    params: { reason: 'TOO_LONG', field: 'title', max: 200 },
    fields: [{ field: 'title', message: 'Title must be at most 200 characters.', code: 'TOO_LONG', params: { field: 'title', max: 200 } }],
  },
};

describe('messageText', () => {
  afterEach(() => setActiveMessageLocale('en'));

  it('words a health reason in Dutch for a Dutch build', () => {
    expect(pipeIn('nl-NL').transform(overdue)).toBe('2 mijlpalen over tijd; “Go-live” loopt het verst achter, 5 dagen te laat.');
  });

  it('words a health reason in Italian for an Italian build', () => {
    expect(pipeIn('it').transform(overdue)).toBe('2 milestone in ritardo; “Go-live” è la più indietro, con 5 giorni di ritardo.');
  });

  it('keeps the English of an English build, and of a language it has no catalogue for', () => {
    expect(pipeIn('en-US').transform(overdue)).toBe(overdue.text);
    expect(pipeIn('de-DE').transform(overdue)).toBe(overdue.text);
  });

  it('shows the API’s English for a code this client does not know yet', () => {
    expect(pipeIn('nl').transform({ code: 'SOMETHING_NEW', params: [], text: 'Something new.' })).toBe('Something new.');
  });

  it('words a gate the phase cannot pass, and what blocks it, in Dutch', () => {
    setActiveMessageLocale('nl');
    const problem = changeProblemOf(new CombinedGraphQLErrors({ data: null, errors: [gateBlocked] }), 'this phase');
    expect(problem.message).toBe('Design kan nog niet worden afgerond.');
    expect(problem.blockers).toEqual(['Taak niet af: Map the sales process']);
  });

  it('words a field problem in Italian, and keeps the API’s own English in English', () => {
    const error = new CombinedGraphQLErrors({ data: null, errors: [titleTooLong] });
    setActiveMessageLocale('it');
    expect(fieldErrorsOf(error)[0].message).toBe('Il campo title può contenere al massimo 200 caratteri.');
    expect(userMessageOf(error)).toBe('Il campo title può contenere al massimo 200 caratteri.');
    setActiveMessageLocale('en');
    expect(userMessageOf(error)).toBe('Title must be at most 200 characters.');
  });
});
