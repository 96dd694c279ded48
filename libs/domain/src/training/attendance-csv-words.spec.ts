import { describe, expect, it } from 'vitest';

import { attendanceCsvWord } from './attendance-csv-words';

describe('the attendance column of an export', () => {
  it('English keeps the codes scripts compare', () => {
    expect(['INVITED', 'ATTENDED', 'EXCUSED', 'ABSENT'].map((s) => attendanceCsvWord(s, 'en'))).toEqual(['INVITED', 'ATTENDED', 'EXCUSED', 'ABSENT']);
  });

  it('Dutch reads as the attendance list on screen', () => {
    expect(['INVITED', 'ATTENDED', 'EXCUSED', 'ABSENT'].map((s) => attendanceCsvWord(s, 'nl'))).toEqual(['Niet geregistreerd', 'Aanwezig', 'Afgemeld', 'Afwezig']);
  });

  it('Italian reads as the attendance list on screen', () => {
    expect(['INVITED', 'ATTENDED', 'EXCUSED', 'ABSENT'].map((s) => attendanceCsvWord(s, 'it'))).toEqual(['Non registrato', 'Presente', 'Giustificato', 'Assente']);
  });

  it('a status it does not know is written as stored rather than left blank', () => {
    expect(attendanceCsvWord('WAITLISTED', 'nl')).toBe('WAITLISTED');
  });
});
