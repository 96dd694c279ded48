import { RISK_LEVELS, riskScore, riskSeverity, RiskSeverity } from '@crm/domain';
import type { OwnerSource, RiskStatus } from '@crm/graphql-client';

/** One likelihood × impact cell of the heat map and how many open risks sit in it. */
export interface HeatCell {
  likelihood: number;
  impact: number;
  /** Likelihood × impact, 1 to 25. */
  score: number;
  /** The band the score falls in, which gives the cell its colour: the API's own rule. */
  band: RiskSeverity;
  count: number;
  selected: boolean;
}

export interface CellKey {
  likelihood: number;
  impact: number;
}

export const LIKELIHOOD_LABELS: Readonly<Record<number, string>> = { 1: 'Rare', 2: 'Unlikely', 3: 'Possible', 4: 'Likely', 5: 'Almost certain' };
export const IMPACT_LABELS: Readonly<Record<number, string>> = { 1: 'Minor', 2: 'Moderate', 3: 'Significant', 4: 'Major', 5: 'Severe' };
export const SEVERITY_LABELS: Readonly<Record<RiskSeverity, string>> = { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' };
export const RISK_STATUS_LABELS: Readonly<Record<RiskStatus, string>> = { OPEN: 'Open', MONITORING: 'Monitoring', CLOSED: 'Closed' };

/**
 * The 5 × 5 grid as it is read: the most likely row on top (likelihood 5 → 1), impact growing to
 * the right (1 → 5), so the worst risks gather in the top-right corner. Cells the API did not send
 * count as empty.
 */
export function heatMapRows(cells: readonly { likelihood: number; impact: number; count: number }[], selected: CellKey | null = null): HeatCell[][] {
  const counts = new Map(cells.map((cell) => [`${cell.likelihood}:${cell.impact}`, cell.count]));
  return [...RISK_LEVELS].reverse().map((likelihood) =>
    RISK_LEVELS.map((impact) => {
      const score = riskScore(likelihood, impact);
      return {
        likelihood,
        impact,
        score,
        band: riskSeverity(score),
        count: counts.get(`${likelihood}:${impact}`) ?? 0,
        selected: selected !== null && selected.likelihood === likelihood && selected.impact === impact,
      };
    }),
  );
}

/** "Likely × Major: 2 risks, score 16, high". */
export function cellLabel(cell: HeatCell): string {
  const risks = cell.count === 0 ? 'no risks' : cell.count === 1 ? '1 risk' : `${cell.count} risks`;
  return `${LIKELIHOOD_LABELS[cell.likelihood]} × ${IMPACT_LABELS[cell.impact]}: ${risks}, score ${cell.score}, ${SEVERITY_LABELS[cell.band].toLowerCase()}`;
}

export function inCell<T extends CellKey>(risks: readonly T[], cell: CellKey | null): T[] {
  return cell === null ? [...risks] : risks.filter((risk) => risk.likelihood === cell.likelihood && risk.impact === cell.impact);
}

export interface OwnerView {
  name: string;
  /** Why this person owns it, e.g. "via role Project manager"; null when named directly. */
  hint: string | null;
}

/** Who answers for a risk: a person named as owner, or the primary holder of its role. */
export function ownerView(risk: { owner: { name: string } | null; ownerSource: OwnerSource; role: { name: string } | null }): OwnerView {
  if (risk.owner && risk.ownerSource === 'ASSIGNEE') return { name: risk.owner.name, hint: null };
  if (risk.owner) return { name: risk.owner.name, hint: risk.role ? `via role ${risk.role.name}` : 'via role' };
  if (risk.role) return { name: 'Nobody', hint: `nobody holds the role ${risk.role.name}` };
  return { name: 'Nobody', hint: 'give it a role or an owner' };
}
