import { describe, expect, it } from 'vitest';

import { spreadsheetSafeCell } from './spreadsheet-cell';

describe('spreadsheetSafeCell', () => {
  it('a description starting with = opens as text, not as a formula', () => {
    expect(spreadsheetSafeCell('=HYPERLINK("http://evil.test","Click")')).toBe(`'=HYPERLINK("http://evil.test","Click")`);
  });

  it.each(['+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1'])('a cell starting with %j gets a leading quote', (text) => {
    expect(spreadsheetSafeCell(text)).toBe(`'${text}`);
  });

  it('ordinary text, dates and emails stay exactly as written', () => {
    expect(spreadsheetSafeCell('Quote to cash')).toBe('Quote to cash');
    expect(spreadsheetSafeCell('2026-03-01')).toBe('2026-03-01');
    expect(spreadsheetSafeCell('ana@example.test')).toBe('ana@example.test');
    expect(spreadsheetSafeCell('a = b')).toBe('a = b');
  });

  it('an empty or missing value is an empty cell', () => {
    expect(spreadsheetSafeCell('')).toBe('');
    expect(spreadsheetSafeCell(null)).toBe('');
    expect(spreadsheetSafeCell(undefined)).toBe('');
  });
});
