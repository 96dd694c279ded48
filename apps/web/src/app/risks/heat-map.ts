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

export const LIKELIHOOD_LABELS: Readonly<Record<number, string>> = { 1: $localize`:@@risks.likelihood.rare:Rare`, 2: $localize`:@@risks.likelihood.unlikely:Unlikely`, 3: $localize`:@@risks.likelihood.possible:Possible`, 4: $localize`:@@risks.likelihood.likely:Likely`, 5: $localize`:@@risks.likelihood.almostCertain:Almost certain` };
export const IMPACT_LABELS: Readonly<Record<number, string>> = { 1: $localize`:@@risks.impact.minor:Minor`, 2: $localize`:@@risks.impact.moderate:Moderate`, 3: $localize`:@@risks.impact.significant:Significant`, 4: $localize`:@@risks.impact.major:Major`, 5: $localize`:@@risks.impact.severe:Severe` };
export const SEVERITY_LABELS: Readonly<Record<RiskSeverity, string>> = { HIGH: $localize`:@@risks.severity.high:High`, MEDIUM: $localize`:@@risks.severity.medium:Medium`, LOW: $localize`:@@risks.severity.low:Low` };
export const RISK_STATUS_LABELS: Readonly<Record<RiskStatus, string>> = { OPEN: $localize`:@@risks.status.open:Open`, MONITORING: $localize`:@@risks.status.monitoring:Monitoring`, CLOSED: $localize`:@@risks.status.closed:Closed` };

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
  const risks =
    cell.count === 0
      ? $localize`:@@risks.heatMap.noRisks:no risks`
      : cell.count === 1
        ? $localize`:@@risks.heatMap.oneRisk:1 risk`
        : $localize`:@@risks.heatMap.risks:${cell.count}:count: risks`;
  const likelihood = LIKELIHOOD_LABELS[cell.likelihood];
  const impact = IMPACT_LABELS[cell.impact];
  const band = SEVERITY_LABELS[cell.band].toLowerCase();
  return $localize`:@@risks.heatMap.cellLabel:${likelihood}:likelihood: × ${impact}:impact:: ${risks}:risks:, score ${cell.score}:score:, ${band}:band:`;
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
  if (risk.owner) return { name: risk.owner.name, hint: risk.role ? $localize`:@@risks.owner.viaRoleNamed:via role ${risk.role.name}:role:` : $localize`:@@risks.owner.viaRole:via role` };
  if (risk.role) return { name: $localize`:@@risks.owner.nobody:Nobody`, hint: $localize`:@@risks.owner.roleVacant:nobody holds the role ${risk.role.name}:role:` };
  return { name: $localize`:@@risks.owner.nobody:Nobody`, hint: $localize`:@@risks.owner.noneHint:give it a role or an owner` };
}
