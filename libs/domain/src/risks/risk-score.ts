import { HIGH_RISK_SCORE, MEDIUM_RISK_SCORE } from './risk-scale';

export type RiskSeverity = 'LOW' | 'MEDIUM' | 'HIGH';

/** Likelihood × impact, each 1–5: 1 to 25. */
export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/** 15 and above is high (e.g. likely and major), 8–14 medium, below 8 low. */
export function riskSeverity(score: number): RiskSeverity {
  if (score >= HIGH_RISK_SCORE) return 'HIGH';
  if (score >= MEDIUM_RISK_SCORE) return 'MEDIUM';
  return 'LOW';
}

export interface HeatMapCell {
  likelihood: number;
  impact: number;
  count: number;
}

/** All 25 cells of the 5 × 5 grid, empty ones included, likelihood-major. */
export function riskHeatMap(risks: { likelihood: number; impact: number }[]): HeatMapCell[] {
  const cells: HeatMapCell[] = [];
  for (let likelihood = 1; likelihood <= 5; likelihood += 1) {
    for (let impact = 1; impact <= 5; impact += 1) {
      cells.push({ likelihood, impact, count: risks.filter((r) => r.likelihood === likelihood && r.impact === impact).length });
    }
  }
  return cells;
}
