import { describe, expect, it } from 'vitest';

import { coverageSentence, flipSentence, namesList, RankingEntry, rankingChartOption, rankingLine, unscoredNote } from './selection-analysis';

const entry = (rank: number, id: string, name: string, score: number, unscoredCriteria = 0): RankingEntry => ({
  rank,
  score,
  unscoredCriteria,
  vendor: { id, name },
});

describe('the ranking', () => {
  it('reads as rank, vendor and score', () => {
    expect(rankingLine(entry(1, 'a', 'Acme CRM', 3.8567))).toBe('1. Acme CRM — 3.86 of 5');
  });

  it('warns that unscored criteria count as 0', () => {
    expect(unscoredNote(entry(2, 'g', 'Globex', 2, 1))).toBe('One criterion is not scored yet and counts as 0.');
    expect(unscoredNote(entry(2, 'g', 'Globex', 2, 3))).toBe('3 criteria are not scored yet and count as 0.');
    expect(unscoredNote(entry(1, 'a', 'Acme', 4))).toBeNull();
  });

  it('charts the best vendor on top, highlighted, on the 0–5 scale', () => {
    const option = rankingChartOption([entry(1, 'a', 'Acme', 4.2), entry(2, 'g', 'Globex', 3.1), entry(3, 'i', 'Initech', 2)]) as {
      xAxis: { min: number; max: number };
      yAxis: { data: string[] };
      series: { data: { value: number; itemStyle: { color: string } }[] }[];
    };

    expect(option.xAxis).toMatchObject({ min: 0, max: 5 });
    // ECharts draws categories bottom-up, so the best vendor is last.
    expect(option.yAxis.data).toEqual(['Initech', 'Globex', 'Acme']);
    expect(option.series[0].data.map((d) => d.value)).toEqual([2, 3.1, 4.2]);
    const colors = option.series[0].data.map((d) => d.itemStyle.color);
    expect(colors[2]).not.toBe(colors[0]);
    expect(colors[0]).toBe(colors[1]);
  });
});

describe('the sensitivity check in words', () => {
  it('says which weight change hands the lead to whom', () => {
    const flip = { changePercent: -10, criterion: { id: 'c', name: 'Total cost' }, leaders: [{ id: 'g', name: 'Globex' }] };

    expect(flipSentence(flip)).toBe('If “Total cost” weighed 10% less, Globex would lead.');
  });

  it('names a tie at the top', () => {
    const flip = {
      changePercent: 10,
      criterion: { id: 'c', name: 'Fit' },
      leaders: [
        { id: 'a', name: 'Acme' },
        { id: 'g', name: 'Globex' },
      ],
    };

    expect(flipSentence(flip)).toBe('If “Fit” weighed 10% more, Acme and Globex would tie for the lead.');
    expect(namesList(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('what the page says about MUST requirements', () => {
  const coverage = (status: string, requirementCount: number, mustRequirementCount: number, untracedMustCount = 0) =>
    ({ status, requirementCount, mustRequirementCount, untracedMustCount }) as Parameters<typeof coverageSentence>[0];

  it('with no requirements it says there are none, not that every MUST requirement is traced', () => {
    expect(coverageSentence(coverage('NO_REQUIREMENTS', 0, 0))).toBe(
      'There are no requirements yet, so the criteria trace nothing. Capture the requirements first, then link each MUST requirement to a criterion.',
    );
  });

  it('with requirements but no MUST among them it says so', () => {
    expect(coverageSentence(coverage('NO_MUST_REQUIREMENTS', 3, 0))).toBe('None of the 3 requirements is a MUST, so there is nothing the evaluation has to cover yet.');
    expect(coverageSentence(coverage('NO_MUST_REQUIREMENTS', 1, 0))).toBe('The one requirement is not a MUST, so there is nothing the evaluation has to cover yet.');
  });

  it('with every MUST requirement traced it counts them', () => {
    expect(coverageSentence(coverage('ALL_TRACED', 5, 2))).toBe('All 2 MUST requirements are traced to at least one criterion.');
    expect(coverageSentence(coverage('ALL_TRACED', 5, 1))).toBe('The one MUST requirement is traced to a criterion.');
  });

  it('leaves the words to the list while some MUST requirement is untraced', () => {
    expect(coverageSentence(coverage('SOME_UNTRACED', 5, 2, 1))).toBeNull();
  });
});
