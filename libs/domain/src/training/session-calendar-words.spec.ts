import { describe, expect, it } from 'vitest';

import { SESSION_CALENDAR_WORDS } from './session-calendar-words';

const session = { waveName: 'Benelux', topic: 'Pipeline review' };

describe('a training session in a calendar app, per language', () => {
  it('English keeps the wave and topic as calendars have shown them', () => {
    expect(SESSION_CALENDAR_WORDS.en.summary(session)).toBe('Benelux: Pipeline review');
    expect(SESSION_CALENDAR_WORDS.en.description({ trainer: 'Tara', audience: 'Sales reps' })).toBe('Trainer: Tara\nFor: Sales reps');
  });

  it('Dutch and Italian say it is a training, and who trains', () => {
    expect(SESSION_CALENDAR_WORDS.nl.summary(session)).toBe('Training Pipeline review (Benelux)');
    expect(SESSION_CALENDAR_WORDS.it.summary(session)).toBe('Formazione Pipeline review (Benelux)');
    expect(SESSION_CALENDAR_WORDS.it.description({ trainer: 'Tara', audience: null })).toBe('Formatore: Tara');
    expect(SESSION_CALENDAR_WORDS.nl.calendarName({ waveName: 'Benelux' })).toBe('Trainingen Benelux');
  });
});
