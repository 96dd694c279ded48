import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { parseUsageRecords, recognizeUsageFormat, usageDay, usageDays, type UsageFormat } from './usage-formats';

const today = '2026-12-04';
const cells = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: 'greedy' }).data;
const fixture = (name: string) => cells(readFileSync(join(__dirname, 'fixtures', name), 'utf8'));
const parse = (format: UsageFormat, csv: string) => parseUsageRecords(format, cells(csv), today);

describe('recognizeUsageFormat', () => {
  it('knows each sample export by its header row', () => {
    expect(recognizeUsageFormat(fixture('salesforce-login-history.csv')[0])).toBe('SALESFORCE');
    expect(recognizeUsageFormat(fixture('dynamics-user-activity.csv')[0])).toBe('DYNAMICS');
    expect(recognizeUsageFormat(fixture('hubspot-login-history.csv')[0])).toBe('HUBSPOT');
    expect(recognizeUsageFormat(fixture('generic-usage.csv')[0])).toBe('GENERIC');
  });

  it('ignores case, a byte-order mark and notes such as "(GMT)" in column names', () => {
    expect(recognizeUsageFormat(['\uFEFFUSERNAME', 'Login Time (GMT)', 'source_ip'])).toBe('SALESFORCE');
  });

  it('a header of none of them is recognised as nothing', () => {
    expect(recognizeUsageFormat(['name', 'department'])).toBeNull();
  });
});

describe('parseUsageRecords', () => {
  it('a Salesforce login history counts successful logins only, by the username as email', () => {
    const parsed = parseUsageRecords('SALESFORCE', fixture('salesforce-login-history.csv'), today);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rowCount).toBe(5);
    expect(parsed.ignored).toBe(1);
    expect(parsed.rows.map((r) => [r.email, r.day])).toEqual([
      ['ines.okafor@northwind.example', '2026-11-02'],
      ['ines.okafor@northwind.example', '2026-11-02'],
      ['tomas.lindqvist@northwind.example', '2026-11-03'],
      ['amara.diallo@northwind.example.sandbox', '2026-11-04'],
    ]);
  });

  it('a Dynamics activity report gives each user their last activity day; no date means no use', () => {
    const parsed = parseUsageRecords('DYNAMICS', fixture('dynamics-user-activity.csv'), today);
    expect(parsed.errors).toEqual([]);
    expect(parsed.ignored).toBe(1);
    expect(parsed.rows.map((r) => [r.email, r.day])).toEqual([
      ['ines.okafor@northwind.example', '2026-11-04'],
      ['tomas.lindqvist@northwind.example', '2026-10-28'],
    ]);
  });

  it('a HubSpot login history reads its UTC login times', () => {
    const parsed = parseUsageRecords('HUBSPOT', fixture('hubspot-login-history.csv'), today);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => [r.email, r.day, r.count])).toEqual([
      ['ines.okafor@northwind.example', '2026-11-02', 1],
      ['tomas.lindqvist@northwind.example', '2026-11-03', 1],
    ]);
  });

  it('a generic file takes its count, one when empty, and a count of 0 as no use', () => {
    const parsed = parseUsageRecords('GENERIC', fixture('generic-usage.csv'), today);
    expect(parsed.errors).toEqual([]);
    expect(parsed.ignored).toBe(1);
    expect(parsed.rows.map((r) => [r.email, r.count])).toEqual([
      ['ines.okafor@northwind.example', 4],
      ['tomas.lindqvist@northwind.example', 1],
    ]);
  });

  it('a file of another format is refused, naming the format it looks like', () => {
    const parsed = parseUsageRecords('GENERIC', fixture('hubspot-login-history.csv'), today);
    expect(parsed.rows).toEqual([]);
    expect(parsed.detected).toBe('HUBSPOT');
    expect(parsed.errors).toEqual([{ row: 1, code: 'USAGE_HEADER_MISMATCH', params: { format: 'GENERIC', expected: 'email", "date', detected: 'HUBSPOT' } }]);
  });

  it('every bad row is reported with its spreadsheet row number', () => {
    const parsed = parse('GENERIC', 'email,date,count\nnot-an-email,2026-11-02,1\nada@northwind.example,2026-02-30,1\nada@northwind.example,2026-11-02,-3\nada@northwind.example,2027-01-01,1\nbo@northwind.example,2026-11-02,2');
    expect(parsed.errors).toEqual([
      { row: 2, code: 'CELL_NOT_AN_EMAIL', params: { column: 'email', value: 'not-an-email' } },
      { row: 3, code: 'USAGE_DATE_UNREADABLE', params: { value: '2026-02-30' } },
      { row: 4, code: 'USAGE_COUNT_INVALID', params: { value: '-3', max: 1_000_000 } },
      { row: 5, code: 'USAGE_DATE_IN_FUTURE', params: { day: '2027-01-01' } },
    ]);
    expect(parsed.rows).toHaveLength(1);
  });

  it('a header without rows says so', () => {
    expect(parse('GENERIC', 'email,date').errors).toEqual([{ row: 2, code: 'USAGE_FILE_EMPTY', params: {} }]);
  });
});

describe('usageDay', () => {
  it('reads ISO days, zoned timestamps by their UTC day and US month/day/year', () => {
    expect(usageDay('2026-11-02')).toBe('2026-11-02');
    expect(usageDay('2026-11-02T23:30:00-02:00')).toBe('2026-11-03');
    expect(usageDay('2026-11-02 08:00')).toBe('2026-11-02');
    expect(usageDay('11/3/2026, 9:05 PM')).toBe('2026-11-03');
  });

  it('a first number over 12 cannot be a month', () => {
    expect(usageDay('23/11/2026')).toEqual({ code: 'USAGE_DATE_NO_MONTH', params: { value: '23/11/2026', month: 23 } });
  });
});

describe('usageDays', () => {
  it('sums the rows of one person and day, emails already lower-cased', () => {
    const rows = [
      { row: 2, email: 'a@x.example', day: '2026-11-02', count: 1 },
      { row: 3, email: 'a@x.example', day: '2026-11-02', count: 2 },
      { row: 4, email: 'a@x.example', day: '2026-11-03', count: 1 },
    ];
    expect(usageDays(rows)).toEqual([
      { email: 'a@x.example', day: '2026-11-02', count: 3 },
      { email: 'a@x.example', day: '2026-11-03', count: 1 },
    ]);
  });
});
