import { describe, expect, it } from 'vitest';

import { normalizedWeights, rankVendors, selectionSensitivity, untracedRequirements } from './vendor-scoring';

const criteria = [
  { id: 'fit', weight: 50 },
  { id: 'cost', weight: 30 },
  { id: 'support', weight: 20 },
];

describe('normalizedWeights', () => {
  it('turns any weights into shares that add up to one', () => {
    const weights = normalizedWeights([
      { id: 'a', weight: 3 },
      { id: 'b', weight: 1 },
    ]);
    expect(weights.get('a')).toBe(0.75);
    expect(weights.get('b')).toBe(0.25);
  });

  it('gives zero to every criterion when all weights are zero', () => {
    expect([...normalizedWeights([{ id: 'a', weight: 0 }]).values()]).toEqual([0]);
  });
});

describe('rankVendors', () => {
  it('ranks by the weighted score on the 0–5 scale', () => {
    const ranking = rankVendors(['acme', 'globex'], criteria, [
      { vendorId: 'acme', criterionId: 'fit', score: 5 },
      { vendorId: 'acme', criterionId: 'cost', score: 2 },
      { vendorId: 'acme', criterionId: 'support', score: 3 },
      { vendorId: 'globex', criterionId: 'fit', score: 3 },
      { vendorId: 'globex', criterionId: 'cost', score: 5 },
      { vendorId: 'globex', criterionId: 'support', score: 4 },
    ]);
    // acme: .5*5 + .3*2 + .2*3 = 3.7; globex: .5*3 + .3*5 + .2*4 = 3.8
    expect(ranking.map((r) => [r.vendorId, r.score, r.rank])).toEqual([
      ['globex', 3.8, 1],
      ['acme', 3.7, 2],
    ]);
  });

  it('gives equal scores the same rank and skips the next one', () => {
    const ranking = rankVendors(['a', 'b', 'c'], [{ id: 'x', weight: 1 }], [
      { vendorId: 'a', criterionId: 'x', score: 4 },
      { vendorId: 'b', criterionId: 'x', score: 4 },
      { vendorId: 'c', criterionId: 'x', score: 1 },
    ]);
    expect(ranking.map((r) => r.rank)).toEqual([1, 1, 3]);
  });

  it('counts a missing score as zero and says which criteria are unscored', () => {
    const [standing] = rankVendors(['a'], criteria, [{ vendorId: 'a', criterionId: 'fit', score: 4 }]);
    expect(standing.score).toBe(2);
    expect(standing.unscoredCriterionIds).toEqual(['cost', 'support']);
  });
});

describe('selectionSensitivity', () => {
  it('is stable when the leader is ahead on every criterion', () => {
    const scores = criteria.flatMap((c) => [
      { vendorId: 'strong', criterionId: c.id, score: 5 },
      { vendorId: 'weak', criterionId: c.id, score: 2 },
    ]);
    expect(selectionSensitivity(['strong', 'weak'], criteria, scores)).toEqual({ leaderIds: ['strong'], stable: true, flips: [] });
  });

  it('reports the weight change that hands the lead to the runner-up', () => {
    // Two criteria, equal weights; a leads by a hair because of fit.
    const two = [
      { id: 'fit', weight: 50 },
      { id: 'cost', weight: 50 },
    ];
    const scores = [
      { vendorId: 'a', criterionId: 'fit', score: 5 },
      { vendorId: 'a', criterionId: 'cost', score: 3 },
      { vendorId: 'b', criterionId: 'fit', score: 4 },
      { vendorId: 'b', criterionId: 'cost', score: 3.95 },
    ];
    const result = selectionSensitivity(['a', 'b'], two, scores);
    expect(result.leaderIds).toEqual(['a']);
    expect(result.stable).toBe(false);
    expect(result.flips).toContainEqual({ criterionId: 'fit', changePercent: -10, leaderIds: ['b'] });
  });
});

describe('untracedRequirements', () => {
  it('lists MUST requirements that no criterion traces to', () => {
    expect(untracedRequirements(['r1', 'r2', 'r3'], [['r1'], ['r3', 'r9']])).toEqual(['r2']);
  });
});
