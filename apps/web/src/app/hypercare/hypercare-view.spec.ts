import { afterEach, describe, expect, it } from 'vitest';

import { setActiveMessageLocale } from '../shared/i18n/message-locale';

import { breachChips, exitBlockerTexts, filteredItems, nextStatuses, NO_FILTERS, SupportItem, targetText } from './hypercare-view';

const item = (fields: Partial<SupportItem>): SupportItem =>
  ({
    id: 'i',
    waveId: 'w',
    number: 1,
    title: 'Cannot log a call',
    description: '',
    severity: 3,
    category: 'DEFECT',
    status: 'OPEN',
    version: 1,
    createdAt: '2027-05-03T08:00:00Z',
    respondedAt: null,
    resolvedAt: null,
    responseDueAt: '2027-05-04T08:00:00Z',
    resolutionDueAt: '2027-05-10T08:00:00Z',
    responseBreached: false,
    resolutionBreached: false,
    reporter: null,
    ownerRole: null,
    ...fields,
  }) as SupportItem;

describe('the hypercare list', () => {
  const items = [item({ id: 'a', severity: 1 }), item({ id: 'b', status: 'RESOLVED' }), item({ id: 'c', category: 'HOW_TO', status: 'WAITING' })];

  it('"still open" shows open, in-progress and waiting items, not resolved ones', () => {
    expect(filteredItems(items, { ...NO_FILTERS, status: 'OPEN_ANY' }).map((i) => i.id)).toEqual(['a', 'c']);
  });

  it('filters combine: severity 1 among how-to questions is nothing', () => {
    expect(filteredItems(items, { severity: 1, status: null, category: 'HOW_TO' })).toEqual([]);
    expect(filteredItems(items, NO_FILTERS)).toHaveLength(3);
  });

  it('a late answer and an overdue fix are both named', () => {
    expect(breachChips(item({ responseBreached: true, respondedAt: '2027-05-05T00:00:00Z', resolutionBreached: true })).map((c) => c.text)).toEqual(['Answered late', 'Resolution overdue']);
    expect(breachChips(item({}))).toEqual([]);
  });

  it('offers only the moves the API allows: a closed item stays closed', () => {
    expect(nextStatuses('CLOSED')).toEqual(['CLOSED']);
    expect(nextStatuses('RESOLVED')).toEqual(['RESOLVED', 'CLOSED', 'IN_PROGRESS']);
  });
});

describe('the exit verdict and targets in words', () => {
  afterEach(() => setActiveMessageLocale('en'));

  it('words each blocker from its code and params', () => {
    expect(
      exitBlockerTexts([
        { code: 'URGENT_ITEMS_OPEN', params: '{"severity1":1,"severity2":2}' },
        { code: 'VOLUME_NOT_FALLING', params: '{"twoWeeksAgo":2,"lastWeek":4,"thisWeek":1}' },
      ]),
    ).toEqual(['Urgent support items are still open (1 of severity 1 and 2 of severity 2).', 'New items have not fallen two weeks in a row: 2, then 4, then 1 this week.']);
  });

  it('words the blockers in the reader\'s language on a Dutch page', () => {
    setActiveMessageLocale('nl');
    const [text] = exitBlockerTexts([{ code: 'VOLUME_NOT_FALLING', params: '{"twoWeeksAgo":2,"lastWeek":4,"thisWeek":1}' }]);
    expect(text).toBe('Het aantal nieuwe meldingen is niet twee weken op rij gedaald: 2, dan 4, dan 1 deze week.');
  });

  it('says targets in hours or working days', () => {
    expect(targetText(60, true)).toBe('1 hour');
    expect(targetText(2 * 24 * 60, false)).toBe('2 working days');
    expect(targetText(90, false)).toBe('90 minutes');
  });
});
