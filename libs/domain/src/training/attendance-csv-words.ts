import type { Language } from '../i18n/languages';
import type { AttendanceStatus } from './retraining';

/**
 * How the attendance export writes each status, per language; a status without a word in a
 * language fails to compile. English writes the codes themselves: scripts that read English
 * exports compare them, and the file must stay as they know it. Dutch and Italian write the words
 * the attendance list on screen shows, so the file reads as the page did.
 */
const ATTENDANCE_CSV_WORDS: Readonly<Record<Language, Readonly<Record<AttendanceStatus, string>>>> = {
  en: { INVITED: 'INVITED', ATTENDED: 'ATTENDED', EXCUSED: 'EXCUSED', ABSENT: 'ABSENT' },
  nl: { INVITED: 'Niet geregistreerd', ATTENDED: 'Aanwezig', EXCUSED: 'Afgemeld', ABSENT: 'Afwezig' },
  it: { INVITED: 'Non registrato', ATTENDED: 'Presente', EXCUSED: 'Giustificato', ABSENT: 'Assente' },
};

/** The attendance cell of an export in the reader's language; a status we do not know is written as stored. */
export function attendanceCsvWord(status: string, language: Language): string {
  const words = ATTENDANCE_CSV_WORDS[language] as Readonly<Record<string, string>>;
  return words[status] ?? status;
}
