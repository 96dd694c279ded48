import { describe, expect, it } from 'vitest';

import { cellKey, Criterion, formatScore, parseScore, scoreMatrix, Vendor, weightShare, withScore } from './score-matrix';

const criterion = (id: string, weight: number, normalizedWeight: number): Criterion => ({
  id,
  name: `Criterion ${id}`,
  weight,
  normalizedWeight,
  version: 1,
  requirements: [],
});

const acme: Vendor = {
  id: 'acme',
  name: 'Acme CRM',
  product: 'Acme Sales',
  notes: '',
  version: 1,
  scores: [{ id: 'sc-acme-fit', vendorId: 'acme', criterionId: 'fit', score: 4, comment: 'Strong quoting', version: 3 }],
};
const globex: Vendor = { id: 'globex', name: 'Globex', product: '', notes: '', version: 1, scores: [] };

describe('the score matrix', () => {
  it('has a row per criterion and a cell per vendor, unscored cells empty', () => {
    const matrix = scoreMatrix([acme, globex], [criterion('fit', 3, 0.75), criterion('cost', 1, 0.25)]);

    expect(matrix.rows.map((row) => row.share)).toEqual(['75%', '25%']);
    expect(matrix.rows[0].cells.map((cell) => [cell.vendorId, cell.score, cell.version])).toEqual([
      ['acme', 4, 3],
      ['globex', null, null],
    ]);
    expect(matrix.unscored).toBe(3);
  });

  it('marks the cells with a change on its way', () => {
    const matrix = scoreMatrix([acme, globex], [criterion('fit', 1, 1)], new Set([cellKey('globex', 'fit')]));

    expect(matrix.rows[0].cells.map((cell) => cell.pending)).toEqual([false, true]);
  });

  it('shows shares to a tenth of a percent when a whole number would hide the difference', () => {
    expect(weightShare(1 / 3)).toBe('33.3%');
    expect(weightShare(0.125)).toBe('12.5%');
    expect(weightShare(0)).toBe('0%');
  });
});

describe('reading a typed score', () => {
  it('takes 0 to 5 in steps of half a point, a decimal comma included', () => {
    expect(parseScore('3.5')).toEqual({ ok: true, score: 3.5 });
    expect(parseScore(' 0 ')).toEqual({ ok: true, score: 0 });
    expect(parseScore('4,5')).toEqual({ ok: true, score: 4.5 });
    expect(parseScore('5')).toEqual({ ok: true, score: 5 });
  });

  it('refuses anything else with the rule', () => {
    for (const text of ['5.5', '-1', '3.3', 'abc']) {
      expect(parseScore(text)).toEqual({ ok: false, message: expect.stringContaining('steps of half a point') });
    }
    expect(parseScore('')).toEqual({ ok: false, message: 'Type a score from 0 to 5.' });
  });

  it('formats scores without trailing zeros', () => {
    expect(formatScore(3.5)).toBe('3.5');
    expect(formatScore(4)).toBe('4');
    expect(formatScore(3.8567)).toBe('3.86');
    expect(formatScore(null)).toBe('');
  });
});

describe('an optimistic score change', () => {
  it('puts the new score in at once, leaving other vendors untouched', () => {
    const next = withScore([acme, globex], 'globex', 'fit', { id: '', score: 2.5, comment: '', version: 0 });

    expect(next[0]).toBe(acme);
    expect(next[1].scores).toEqual([{ id: '', vendorId: 'globex', criterionId: 'fit', score: 2.5, comment: '', version: 0 }]);
  });

  it('changes an existing score in place, keeping its comment', () => {
    const next = withScore([acme], 'acme', 'fit', { id: 'sc-acme-fit', score: 5, comment: 'Strong quoting', version: 4 });

    expect(next[0].scores).toEqual([{ id: 'sc-acme-fit', vendorId: 'acme', criterionId: 'fit', score: 5, comment: 'Strong quoting', version: 4 }]);
  });

  it('rolls back to no score when the cell had none before', () => {
    const optimistic = withScore([globex], 'globex', 'fit', { id: '', score: 1, comment: '', version: 0 });

    expect(withScore(optimistic, 'globex', 'fit', null)[0].scores).toEqual([]);
  });
});
