import { describe, expect, it } from 'vitest';

import { cellLabel, heatMapRows, inCell, ownerView } from './heat-map';

describe('the risk heat map', () => {
  it('reads likelihood from 5 at the top to 1 at the bottom and impact from 1 to 5 across', () => {
    const rows = heatMapRows([]);

    expect(rows.map((row) => row[0].likelihood)).toEqual([5, 4, 3, 2, 1]);
    expect(rows[0].map((cell) => cell.impact)).toEqual([1, 2, 3, 4, 5]);
  });

  it('colours cells by score band: 15 and above high, 8 to 14 medium, below 8 low', () => {
    const byKey = new Map(heatMapRows([]).flat().map((cell) => [`${cell.likelihood}×${cell.impact}`, cell.band]));

    expect(byKey.get('5×5')).toBe('HIGH');
    expect(byKey.get('3×5')).toBe('HIGH');
    expect(byKey.get('2×4')).toBe('MEDIUM');
    expect(byKey.get('3×4')).toBe('MEDIUM');
    expect(byKey.get('1×5')).toBe('LOW');
    expect(byKey.get('1×1')).toBe('LOW');
  });

  it('counts the risks of each cell and treats cells the API left out as empty', () => {
    const rows = heatMapRows([{ likelihood: 4, impact: 3, count: 2 }]);
    const cell = rows[1][2];

    expect(cell).toMatchObject({ likelihood: 4, impact: 3, count: 2, score: 12 });
    expect(rows.flat().reduce((sum, c) => sum + c.count, 0)).toBe(2);
    expect(cellLabel(cell)).toBe('Likely × Significant: 2 risks, score 12, medium');
  });

  it('marks the chosen cell and filters the list to it', () => {
    const rows = heatMapRows([], { likelihood: 2, impact: 5 });
    const risks = [
      { id: 'a', likelihood: 2, impact: 5 },
      { id: 'b', likelihood: 5, impact: 2 },
    ];

    expect(rows.flat().filter((cell) => cell.selected).map((cell) => [cell.likelihood, cell.impact])).toEqual([[2, 5]]);
    expect(inCell(risks, { likelihood: 2, impact: 5 }).map((r) => r.id)).toEqual(['a']);
    expect(inCell(risks, null).map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('the risk owner', () => {
  it('names the owner, and says when they own it through their role', () => {
    const role = { name: 'Project manager' };

    expect(ownerView({ owner: { name: 'Pat' }, ownerSource: 'ASSIGNEE', role })).toEqual({ name: 'Pat', hint: null });
    expect(ownerView({ owner: { name: 'Pat' }, ownerSource: 'ROLE', role })).toEqual({ name: 'Pat', hint: 'via role Project manager' });
    expect(ownerView({ owner: null, ownerSource: 'UNOWNED', role })).toEqual({ name: 'Nobody', hint: 'nobody holds the role Project manager' });
  });
});
