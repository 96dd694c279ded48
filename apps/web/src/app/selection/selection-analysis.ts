import type { EChartsCoreOption } from 'echarts/core';

import { MAX_SCORE, MIN_SCORE } from '@crm/domain';

import type { SelectionAnalysisQuery } from '@crm/graphql-client';

import { formatScore } from './score-matrix';

export type RankingEntry = SelectionAnalysisQuery['vendorRanking'][number];
export type Sensitivity = SelectionAnalysisQuery['selectionSensitivity'];
export type WeightFlip = Sensitivity['flips'][number];
export type Coverage = SelectionAnalysisQuery['selectionCoverage'];

/** "Acme", "Acme and Globex", "Acme, Globex and Initech". */
export function namesList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return $localize`:@@selection.analysis.namesList:${names.slice(0, -1).join(', ')}:first: and ${names[names.length - 1]}:last:`;
}

/** One weight change that would change who leads, in a sentence a steering committee can read. */
export function flipSentence(flip: WeightFlip): string {
  const percent = Math.abs(flip.changePercent);
  const criterion = flip.criterion.name;
  const names = flip.leaders.map((leader) => leader.name);
  const outcome =
    names.length === 0
      ? $localize`:@@selection.analysis.nobodyLeads:nobody would lead`
      : names.length === 1
        ? $localize`:@@selection.analysis.oneLeads:${names[0]}:name: would lead`
        : $localize`:@@selection.analysis.tieLeads:${namesList(names)}:names: would tie for the lead`;
  // Whole sentences per direction: "less"/"more" sit differently in Dutch and Italian.
  return flip.changePercent < 0
    ? $localize`:@@selection.analysis.flipLess:If “${criterion}:criterion:” weighed ${percent}:percent:% less, ${outcome}:outcome:.`
    : $localize`:@@selection.analysis.flipMore:If “${criterion}:criterion:” weighed ${percent}:percent:% more, ${outcome}:outcome:.`;
}

/** How a ranking entry reads: "1. Acme — 3.85 of 5". */
export function rankingLine(entry: RankingEntry): string {
  return $localize`:@@selection.analysis.rankingLine:${entry.rank}:rank:. ${entry.vendor.name}:vendor: — ${formatScore(entry.score)}:score: of ${MAX_SCORE}:max:`;
}

/** A note for a vendor that still has criteria without a score, which count as 0 until scored. */
export function unscoredNote(entry: RankingEntry): string | null {
  if (entry.unscoredCriteria === 0) return null;
  return entry.unscoredCriteria === 1
    ? $localize`:@@selection.analysis.unscoredOne:One criterion is not scored yet and counts as 0.`
    : $localize`:@@selection.analysis.unscoredMany:${entry.unscoredCriteria}:count: criteria are not scored yet and count as 0.`;
}

// ECharts draws on a canvas and cannot read the theme's CSS variables: these match the azure theme.
const LEADER_COLOR = '#005cbb';
const OTHER_COLOR = '#8fb0e0';

/**
 * The ranking as a horizontal bar chart on the 0–5 scale. Categories go bottom-up in ECharts, so
 * the list is reversed to put the best vendor on top, as in the ranked list beside it.
 */
export function rankingChartOption(ranking: readonly RankingEntry[]): EChartsCoreOption {
  const bottomUp = [...ranking].reverse();
  return {
    // No animation: the chart is read and printed as a status figure, never mid-transition.
    animation: false,
    grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: unknown) => $localize`:@@selection.analysis.scoreOfMax:${formatScore(Number(value))}:score: of ${MAX_SCORE}:max:` },
    xAxis: { type: 'value', min: MIN_SCORE, max: MAX_SCORE, interval: 1 },
    yAxis: { type: 'category', data: bottomUp.map((entry) => entry.vendor.name), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        name: $localize`:@@selection.analysis.weightedScore:Weighted score`,
        barMaxWidth: 28,
        data: bottomUp.map((entry) => ({
          value: entry.score,
          itemStyle: { color: entry.rank === 1 ? LEADER_COLOR : OTHER_COLOR },
        })),
        label: { show: true, position: 'right', formatter: (params: { value: unknown }) => formatScore(Number(params.value)) },
      },
    ],
  };
}

/**
 * What the evaluation covers when no MUST requirement is left out; null while some are (the page
 * lists those instead). "All traced" is only said when there is at least one MUST requirement.
 */
export function coverageSentence(coverage: Coverage): string | null {
  switch (coverage.status) {
    case 'NO_REQUIREMENTS':
      return $localize`:@@selection.coverage.noRequirements:There are no requirements yet, so the criteria trace nothing. Capture the requirements first, then link each MUST requirement to a criterion.`;
    case 'NO_MUST_REQUIREMENTS':
      return coverage.requirementCount === 1
        ? $localize`:@@selection.coverage.oneNotMust:The one requirement is not a MUST, so there is nothing the evaluation has to cover yet.`
        : $localize`:@@selection.coverage.noneMust:None of the ${coverage.requirementCount}:count: requirements is a MUST, so there is nothing the evaluation has to cover yet.`;
    case 'ALL_TRACED':
      return coverage.mustRequirementCount === 1
        ? $localize`:@@selection.coverage.oneTraced:The one MUST requirement is traced to a criterion.`
        : $localize`:@@selection.coverage.allTraced:All ${coverage.mustRequirementCount}:count: MUST requirements are traced to at least one criterion.`;
    default:
      return null;
  }
}
