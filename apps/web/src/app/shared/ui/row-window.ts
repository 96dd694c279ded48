/**
 * Which rows of a long scrolling list are drawn: only those in or near the viewport, so a list of
 * thousands keeps a few hundred elements in the page however far it is scrolled (the board's
 * columns). The window moves in steps, so scrolling within a step changes nothing.
 */

/** Rows `first` (inclusive) to `last` (exclusive). */
export interface RowWindow {
  first: number;
  last: number;
}

/** Rows drawn beyond each edge of the viewport, and the step the window moves by. */
export const OVERSCAN_ROWS = 12;

/** Used before the scroller has been measured (and where nothing lays the page out, as in tests). */
export const UNMEASURED_VIEWPORT_PX = 800;

/**
 * The rows to draw for a scroll offset. The window starts and ends on multiples of `step`, so it
 * moves (and the page re-renders) once every `step` rows of scrolling rather than on every pixel,
 * and always covers the viewport plus at least `step` rows either side.
 */
export function visibleRows(scrollTop: number, viewportHeight: number, rowHeight: number, rowCount: number, step = OVERSCAN_ROWS): RowWindow {
  if (rowCount <= 0 || rowHeight <= 0) return { first: 0, last: 0 };
  const height = viewportHeight > 0 ? viewportHeight : UNMEASURED_VIEWPORT_PX;
  const top = Math.max(0, scrollTop);
  const firstSeen = Math.floor(top / rowHeight);
  const lastSeen = Math.ceil((top + height) / rowHeight);
  const first = Math.max(0, Math.floor(firstSeen / step) * step - step);
  const last = Math.min(rowCount, Math.ceil(lastSeen / step) * step + step);
  return { first: Math.min(first, last), last };
}

export function sameWindow(a: RowWindow, b: RowWindow): boolean {
  return a.first === b.first && a.last === b.last;
}
