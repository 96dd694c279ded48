export interface Allocation {
  personId: string;
  projectId: string;
  allocationPercent: number;
}

export interface OverAllocation {
  personId: string;
  totalPercent: number;
}

/**
 * People whose role allocations across active projects add up to more than their whole capacity.
 * One person may hold several roles, but only if they have the time for each.
 */
export function overAllocatedPeople(allocations: Allocation[]): OverAllocation[] {
  const totals = new Map<string, number>();
  for (const a of allocations) totals.set(a.personId, (totals.get(a.personId) ?? 0) + a.allocationPercent);
  return [...totals.entries()]
    .filter(([, total]) => total > 100)
    .map(([personId, totalPercent]) => ({ personId, totalPercent }))
    .sort((a, b) => b.totalPercent - a.totalPercent || a.personId.localeCompare(b.personId));
}
