import type { Department, MoscowPriority, RequirementsPageQuery } from '@crm/graphql-client';

import { DEPARTMENT_LABELS, DEPARTMENTS, PRIORITIES, PRIORITY_LABELS } from './requirement-labels';

type Counts = RequirementsPageQuery['requirementCounts'];

/** One bar of a small bar chart: how many requirements share a department or a priority. */
export interface CountBar<K extends string> {
  key: K;
  label: string;
  count: number;
  /** Width of the bar, 0 to 100, relative to the biggest bar of its group. */
  percentOfLargest: number;
}

/**
 * The department and priority counts as bars, in the canonical order and with every department and
 * priority present: a department nobody has heard from yet is a finding in itself, so it shows as 0.
 */
export function countBars(counts: Counts): { departments: CountBar<Department>[]; priorities: CountBar<MoscowPriority>[] } {
  const byDepartment = new Map(counts.byDepartment.map((c) => [c.department, c.count]));
  const byPriority = new Map(counts.byPriority.map((c) => [c.priority, c.count]));
  return {
    departments: bars(DEPARTMENTS, byDepartment, DEPARTMENT_LABELS),
    priorities: bars(PRIORITIES, byPriority, PRIORITY_LABELS),
  };
}

function bars<K extends string>(keys: readonly K[], counts: Map<K, number>, labels: Readonly<Record<K, string>>): CountBar<K>[] {
  const largest = Math.max(0, ...keys.map((key) => counts.get(key) ?? 0));
  return keys.map((key) => {
    const count = counts.get(key) ?? 0;
    return { key, label: labels[key], count, percentOfLargest: largest === 0 ? 0 : Math.round((count / largest) * 100) };
  });
}
