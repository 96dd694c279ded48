import { createEvents, EventAttributes } from 'ics';

import { type Language, SESSION_CALENDAR_WORDS } from '@crm/domain';

import { SessionRow } from './models/training.model';

/** A training session as a calendar event: the same for the wave's feed and a reminder's attachment, in the reader's language. */
export function sessionEvent(session: SessionRow & { trainer: string }, waveName: string, language: Language): EventAttributes {
  const words = SESSION_CALENDAR_WORDS[language];
  return {
    // The same uid and a rising sequence let a calendar app update the event it already has.
    uid: `${session.id}@crm-rollout-tracker`,
    sequence: session.version,
    start: new Date(session.starts_at).getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: session.duration_minutes },
    title: words.summary({ waveName, topic: session.topic }),
    description: words.description({ trainer: session.trainer, audience: session.audience || null }),
    location: session.location || undefined,
    status: session.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED',
  };
}

/** The name a wave's calendar is listed under, in the reader's language. */
export function waveCalendarName(waveName: string, language: Language): string {
  return SESSION_CALENDAR_WORDS[language].calendarName({ waveName });
}

/** An iCalendar file of the events (written by the `ics` package). */
export function calendarOf(events: EventAttributes[], calName: string): string {
  const { error, value } = createEvents(events, { calName, productId: 'crm-rollout-tracker' });
  if (error || !value) throw error ?? new Error('Calendar could not be written');
  return value;
}
