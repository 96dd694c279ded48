import { isOnScoreScale, MAX_SCORE, MIN_SCORE } from '@crm/domain';
import type { SelectionCriterionRowFragment, SelectionVendorFragment } from '@crm/graphql-client';

/**
 * The vendor × criterion matrix as the page draws it, worked out from plain data so it can be tested
 * without a browser, and the pure steps of an optimistic score change: put the new score in at once,
 * then either take the server's answer or put the old score back.
 */

export type Vendor = SelectionVendorFragment;
export type Criterion = SelectionCriterionRowFragment;
export type VendorScore = Vendor['scores'][number];

// The scale is the domain's: the API checks scores against the same numbers.
export { MAX_SCORE, MIN_SCORE, SCORE_STEP } from '@crm/domain';

export interface MatrixCell {
  key: string;
  vendorId: string;
  criterionId: string;
  /** Null while the vendor has not been scored on this criterion (it counts as 0 in the ranking). */
  score: number | null;
  /** The version of the score read, sent with a change so a stale one is refused. */
  version: number | null;
  comment: string;
  /** A change to this cell is on its way to the server. */
  pending: boolean;
}

export interface MatrixRow {
  criterion: Criterion;
  /** The criterion's share of the total weight, e.g. "25%". */
  share: string;
  cells: MatrixCell[];
}

export interface ScoreMatrix {
  vendors: readonly Vendor[];
  rows: MatrixRow[];
  /** Cells nobody has scored yet. */
  unscored: number;
}

export function cellKey(vendorId: string, criterionId: string): string {
  return `${vendorId}/${criterionId}`;
}

/** Rows are criteria, in the server's order; columns are vendors, in the server's order. */
export function scoreMatrix(vendors: readonly Vendor[], criteria: readonly Criterion[], pending: ReadonlySet<string> = new Set()): ScoreMatrix {
  const scores = new Map<string, VendorScore>();
  for (const vendor of vendors) {
    for (const score of vendor.scores) scores.set(cellKey(vendor.id, score.criterionId), score);
  }
  let unscored = 0;
  const rows = criteria.map((criterion) => ({
    criterion,
    share: weightShare(criterion.normalizedWeight),
    cells: vendors.map((vendor): MatrixCell => {
      const key = cellKey(vendor.id, criterion.id);
      const score = scores.get(key);
      if (!score) unscored++;
      return {
        key,
        vendorId: vendor.id,
        criterionId: criterion.id,
        score: score?.score ?? null,
        version: score?.version ?? null,
        comment: score?.comment ?? '',
        pending: pending.has(key),
      };
    }),
  }));
  return { vendors, rows, unscored };
}

/** "25%", or "12.5%" when a whole number would hide the difference. */
export function weightShare(normalizedWeight: number): string {
  const percent = Math.round(normalizedWeight * 1000) / 10;
  return `${percent}%`;
}

/** "3.5", "4": how a score reads in a cell and in the ranking. */
export function formatScore(score: number | null): string {
  if (score === null) return '';
  return String(Math.round(score * 100) / 100);
}

export type ParsedScore = { ok: true; score: number } | { ok: false; message: string };

export const SCORE_RULE = $localize`:@@selection.score.rule:Scores go from ${MIN_SCORE}:min: (does not meet the need) to ${MAX_SCORE}:max: (fully meets it), in steps of half a point.`;

/** Reads what someone typed into a cell. A decimal comma is read as a point (3,5 is 3.5). */
export function parseScore(text: string): ParsedScore {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { ok: false, message: $localize`:@@selection.score.empty:Type a score from ${MIN_SCORE}:min: to ${MAX_SCORE}:max:.` };
  const score = Number(trimmed);
  return isOnScoreScale(score) ? { ok: true, score } : { ok: false, message: SCORE_RULE };
}

/**
 * The vendors with one score set, or removed when `score` is null (to put back a cell that had no
 * score before a refused change). Everything else is the same objects, so unchanged rows stay put.
 */
export function withScore(
  vendors: readonly Vendor[],
  vendorId: string,
  criterionId: string,
  score: Omit<VendorScore, 'vendorId' | 'criterionId'> | null,
): Vendor[] {
  return vendors.map((vendor) => {
    if (vendor.id !== vendorId) return vendor;
    const others = vendor.scores.filter((s) => s.criterionId !== criterionId);
    if (score === null) return { ...vendor, scores: others };
    const existing = vendor.scores.find((s) => s.criterionId === criterionId);
    const next: VendorScore = { ...score, vendorId, criterionId };
    // Keep the score where it was, so the vendor's list does not reshuffle on every change.
    return existing
      ? { ...vendor, scores: vendor.scores.map((s) => (s.criterionId === criterionId ? next : s)) }
      : { ...vendor, scores: [...others, next] };
  });
}

/** The score a vendor has on a criterion, if any. */
export function scoreOf(vendors: readonly Vendor[], vendorId: string, criterionId: string): VendorScore | null {
  return vendors.find((v) => v.id === vendorId)?.scores.find((s) => s.criterionId === criterionId) ?? null;
}
