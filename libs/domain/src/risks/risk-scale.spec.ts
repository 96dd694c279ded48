import { describe, expect, it } from 'vitest';

import { riskScore, riskSeverity } from './risk-score';
import { HIGH_RISK_SCORE, MAX_RISK_SCORE, RISK_LEVELS } from './risk-scale';

describe('risk scale', () => {
  it('a risk scoring HIGH_RISK_SCORE is high, one point less is not', () => {
    expect(riskSeverity(HIGH_RISK_SCORE)).toBe('HIGH');
    expect(riskSeverity(HIGH_RISK_SCORE - 1)).not.toBe('HIGH');
  });

  it('almost certain and severe is the highest score', () => {
    const top = RISK_LEVELS[RISK_LEVELS.length - 1];
    expect(riskScore(top, top)).toBe(MAX_RISK_SCORE);
  });
});
