import { createEvents, EventAttributes } from 'ics';

import { SessionRow } from './models/training.model';

/** A training session as a calendar event: the same for the wave's feed and a reminder's attachment. */
export function sessionEvent(session: SessionRow & { trainer: string }, waveName: string): EventAttributes {
  return {
    // The same uid and a rising sequence let a calendar app update the event it already has.
    uid: `${session.id}@crm-rollout-tracker`,
    sequence: session.version,
    start: new Date(session.starts_at).getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: session.duration_minutes },
    title: `${waveName}: ${session.topic}`,
    description: [`Trainer: ${session.trainer}`, session.audience ? `For: ${session.audience}` : ''].filter(Boolean).join('\n'),
    location: session.location || undefined,
    status: session.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED',
  };
}

/** An iCalendar file of the events (written by the `ics` package). */
export function calendarOf(events: EventAttributes[], calName: string): string {
  const { error, value } = createEvents(events, { calName, productId: 'crm-rollout-tracker' });
  if (error || !value) throw error ?? new Error('Calendar could not be written');
  return value;
}
