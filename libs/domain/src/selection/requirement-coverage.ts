/**
 * What the evaluation can say about the MUST requirements: there may be none to trace (no
 * requirements at all, or none of them MUST), all may be traced to a criterion, or some not.
 * "Every MUST requirement is traced" is only true when there is at least one.
 */
export type RequirementCoverageStatus = 'NO_REQUIREMENTS' | 'NO_MUST_REQUIREMENTS' | 'ALL_TRACED' | 'SOME_UNTRACED';

export interface RequirementCoverageCounts {
  /** Requirements still in play (not rejected). */
  requirementCount: number;
  /** Of those, the MUST ones. */
  mustRequirementCount: number;
  /** Of those, the ones no criterion traces to. */
  untracedMustCount: number;
}

export function requirementCoverage(counts: RequirementCoverageCounts): RequirementCoverageStatus {
  if (counts.requirementCount === 0) return 'NO_REQUIREMENTS';
  if (counts.mustRequirementCount === 0) return 'NO_MUST_REQUIREMENTS';
  return counts.untracedMustCount === 0 ? 'ALL_TRACED' : 'SOME_UNTRACED';
}
