import type { Language } from '../i18n/languages';

/** What a calendar app shows of a training session, in one language. */
export interface SessionCalendarWords {
  /** The event's title in the calendar. */
  summary: (p: { waveName: string; topic: string }) => string;
  /** Its notes: who trains, and for whom. */
  description: (p: { trainer: string; audience: string | null }) => string;
  /** The name a subscribed calendar is listed under. */
  calendarName: (p: { waveName: string }) => string;
}

const lines = (...parts: (string | false)[]) => parts.filter(Boolean).join('\n');

export const SESSION_CALENDAR_WORDS: Readonly<Record<Language, SessionCalendarWords>> = {
  en: {
    summary: (p) => `${p.waveName}: ${p.topic}`,
    description: (p) => lines(`Trainer: ${p.trainer}`, !!p.audience && `For: ${p.audience}`),
    calendarName: (p) => `${p.waveName} training`,
  },
  nl: {
    summary: (p) => `Training ${p.topic} (${p.waveName})`,
    description: (p) => lines(`Trainer: ${p.trainer}`, !!p.audience && `Voor: ${p.audience}`),
    calendarName: (p) => `Trainingen ${p.waveName}`,
  },
  it: {
    summary: (p) => `Formazione ${p.topic} (${p.waveName})`,
    description: (p) => lines(`Formatore: ${p.trainer}`, !!p.audience && `Per: ${p.audience}`),
    calendarName: (p) => `Formazione ${p.waveName}`,
  },
};
