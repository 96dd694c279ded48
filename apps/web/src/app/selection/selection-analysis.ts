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
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** One weight change that would change who leads, in a sentence a steering committee can read. */
export function flipSentence(flip: WeightFlip): string {
  const change = `${Math.abs(flip.changePercent)}% ${flip.changePercent < 0 ? 'less' : 'more'}`;
  const names = flip.leaders.map((leader) => leader.name);
  const outcome =
    names.length === 0 ? 'nobody would lead' : names.length === 1 ? `${names[0]} would lead` : `${namesList(names)} would tie for the lead`;
  return `If “${flip.criterion.name}” weighed ${change}, ${outcome}.`;
}

/** How a ranking entry reads: "1. Acme — 3.85 of 5". */
export function rankingLine(entry: RankingEntry): string {
  return `${entry.rank}. ${entry.vendor.name} — ${formatScore(entry.score)} of ${MAX_SCORE}`;
}

/** A note for a vendor that still has criteria without a score, which count as 0 until scored. */
export function unscoredNote(entry: RankingEntry): string | null {
  if (entry.unscoredCriteria === 0) return null;
  return entry.unscoredCriteria === 1
    ? 'One criterion is not scored yet and counts as 0.'
    : `${entry.unscoredCriteria} criteria are not scored yet and count as 0.`;
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
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: unknown) => `${formatScore(Number(value))} of ${MAX_SCORE}` },
    xAxis: { type: 'value', min: MIN_SCORE, max: MAX_SCORE, interval: 1 },
    yAxis: { type: 'category', data: bottomUp.map((entry) => entry.vendor.name), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        name: 'Weighted score',
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
      return 'There are no requirements yet, so the criteria trace nothing. Capture the requirements first, then link each MUST requirement to a criterion.';
    case 'NO_MUST_REQUIREMENTS':
      return `${coverage.requirementCount === 1 ? 'The one requirement is not' : `None of the ${coverage.requirementCount} requirements is`} a MUST, so there is nothing the evaluation has to cover yet.`;
    case 'ALL_TRACED':
      return coverage.mustRequirementCount === 1
        ? 'The one MUST requirement is traced to a criterion.'
        : `All ${coverage.mustRequirementCount} MUST requirements are traced to at least one criterion.`;
    default:
      return null;
  }
}
