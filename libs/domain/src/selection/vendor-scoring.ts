import type { Message } from '../messages/message';
import { listParams } from '../messages/message-wording';

export interface Criterion {
  id: string;
  weight: number;
}

export interface Score {
  vendorId: string;
  criterionId: string;
  /** 0 (does not meet) to 5 (fully meets). */
  score: number;
}

export interface VendorStanding {
  vendorId: string;
  /** Weighted score on the same 0–5 scale as the individual scores. */
  score: number;
  /** Competition ranking: equal scores share a rank and the next rank is skipped (1, 1, 3). */
  rank: number;
  /** Criteria this vendor has no score for yet; they count as 0 until scored. */
  unscoredCriterionIds: string[];
}

export const MAX_SCORE = 5;

/** Weights as shares of their total, so they always add up to 1 whatever scale people use. */
export function normalizedWeights(criteria: Criterion[]): Map<string, number> {
  const total = criteria.reduce((sum, c) => sum + Math.max(0, c.weight), 0);
  return new Map(criteria.map((c) => [c.id, total === 0 ? 0 : Math.max(0, c.weight) / total]));
}

// Scores are compared after rounding away floating-point noise, so equal scores really tie.
const round = (value: number) => Math.round(value * 1e9) / 1e9;

/** The weighted ranking of vendors, best first; ties keep the order the vendors were given in. */
export function rankVendors(vendorIds: string[], criteria: Criterion[], scores: Score[]): VendorStanding[] {
  const weights = normalizedWeights(criteria);
  const scoreOf = new Map(scores.map((s) => [`${s.vendorId}/${s.criterionId}`, s.score]));
  const standings = vendorIds.map((vendorId) => {
    let total = 0;
    const unscored: string[] = [];
    for (const criterion of criteria) {
      const score = scoreOf.get(`${vendorId}/${criterion.id}`);
      if (score === undefined) unscored.push(criterion.id);
      total += (weights.get(criterion.id) ?? 0) * (score ?? 0);
    }
    return { vendorId, score: round(total), rank: 0, unscoredCriterionIds: unscored };
  });
  const ordered = standings
    .map((s, index) => ({ s, index }))
    .sort((a, b) => b.s.score - a.s.score || a.index - b.index)
    .map(({ s }) => s);
  ordered.forEach((standing, i) => {
    standing.rank = i > 0 && ordered[i - 1].score === standing.score ? ordered[i - 1].rank : i + 1;
  });
  return ordered;
}

export interface WeightShift {
  criterionId: string;
  /** The relative change applied to that one weight, in percent: -10 or +10. */
  changePercent: number;
  /** Who leads after the change; several ids when the change produces a tie at the top. */
  leaderIds: string[];
}

export interface Sensitivity {
  /** Who leads with the weights as they are; empty when nothing is scored yet. */
  leaderIds: string[];
  /** True when no single ±change of one weight changes who leads. */
  stable: boolean;
  /** Every one-weight change that changes the leader. */
  flips: WeightShift[];
}

function leadersOf(vendorIds: string[], criteria: Criterion[], scores: Score[]): string[] {
  const ranking = rankVendors(vendorIds, criteria, scores);
  if (ranking.length === 0) return [];
  return ranking.filter((s) => s.rank === 1).map((s) => s.vendorId).sort();
}

/**
 * Would the decision survive a small disagreement about priorities? Moves each weight on its own
 * by ±`percent` (relative) and reports every move that changes who leads.
 */
export function selectionSensitivity(vendorIds: string[], criteria: Criterion[], scores: Score[], percent = 10): Sensitivity {
  const leaderIds = leadersOf(vendorIds, criteria, scores);
  const flips: WeightShift[] = [];
  for (const criterion of criteria) {
    for (const changePercent of [-percent, percent]) {
      const shifted = criteria.map((c) => (c.id === criterion.id ? { ...c, weight: c.weight * (1 + changePercent / 100) } : c));
      const after = leadersOf(vendorIds, shifted, scores);
      if (after.join() !== leaderIds.join()) flips.push({ criterionId: criterion.id, changePercent, leaderIds: after });
    }
  }
  return { leaderIds, stable: flips.length === 0, flips };
}

/**
 * The sensitivity finding as a message: nothing to compare yet, a tie, a robust lead, or the first
 * weight shift that hands the lead to someone else. Vendor and criterion names go in as params,
 * so every language words the same finding.
 */
export function selectionVerdict(input: {
  comparable: boolean;
  sensitivity: Sensitivity;
  vendorName: (id: string) => string;
  criterionName: (id: string) => string;
  percent?: number;
}): Message {
  const { sensitivity, vendorName } = input;
  const percent = input.percent ?? 10;
  if (!input.comparable) return { code: 'SELECTION_NOT_COMPARABLE', params: {} };
  const leaders = listParams('leader', sensitivity.leaderIds.map(vendorName));
  if (sensitivity.leaderIds.length > 1) return { code: 'SELECTION_TIED', params: leaders };
  if (sensitivity.stable) return { code: 'SELECTION_LEAD_ROBUST', params: { ...leaders, percent } };
  const first = sensitivity.flips[0];
  return {
    code: 'SELECTION_LEAD_FRAGILE',
    params: { ...listParams('leader', first.leaderIds.map(vendorName)), criterion: input.criterionName(first.criterionId), change: first.changePercent > 0 ? 'UP' : 'DOWN', percent },
  };
}

/** MUST requirements that no criterion traces to: the evaluation says nothing about them. */
export function untracedRequirements(mustRequirementIds: string[], criteriaRequirementIds: string[][]): string[] {
  const traced = new Set(criteriaRequirementIds.flat());
  return mustRequirementIds.filter((id) => !traced.has(id));
}
