import { describe, expect, it } from 'vitest';

import { riskHeatMap, riskScore, riskSeverity } from './risk-score';

describe('risk score', () => {
  it('multiplies likelihood by impact', () => {
    expect(riskScore(4, 5)).toBe(20);
  });

  it('draws the severity lines at 8 and 15', () => {
    expect([7, 8, 14, 15].map(riskSeverity)).toEqual(['LOW', 'MEDIUM', 'MEDIUM', 'HIGH']);
  });

  it('counts risks per cell of the 5 × 5 grid', () => {
    const cells = riskHeatMap([
      { likelihood: 4, impact: 5 },
      { likelihood: 4, impact: 5 },
      { likelihood: 1, impact: 1 },
    ]);
    expect(cells).toHaveLength(25);
    expect(cells.find((c) => c.likelihood === 4 && c.impact === 5)?.count).toBe(2);
    expect(cells.reduce((n, c) => n + c.count, 0)).toBe(3);
  });
});
