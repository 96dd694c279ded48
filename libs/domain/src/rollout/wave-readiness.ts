export interface ReadinessItem {
  label: string;
  done: boolean;
}

/** Readiness items still open: a wave goes live only when this is empty. */
export function goLiveBlockers(items: ReadinessItem[]): string[] {
  return items.filter((i) => !i.done).map((i) => `Not ready: ${i.label}`);
}

/** Share of readiness items checked, 0 to 1; a wave with no checklist is not shown as ready. */
export function readinessProgress(items: ReadinessItem[]): number {
  return items.length === 0 ? 0 : items.filter((i) => i.done).length / items.length;
}
