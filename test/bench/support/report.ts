/** A figure for a table: whole numbers from 100 up, one decimal below, '–' when there is none. */
export function fmt(value: number | undefined, decimals?: number): string {
  if (value === undefined || Number.isNaN(value)) return '–';
  if (decimals !== undefined) return value.toFixed(decimals);
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(1);
}

/** Fixed-width columns: the first left-aligned, the others right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string[] {
  const cells = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => '  ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(cells[0]), '  ' + widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
}
