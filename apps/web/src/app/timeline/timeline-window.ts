import type { DependencyArrow, MilestoneMark, PhaseBar, TaskBar, TimelineLayout, TimelineRow } from './timeline-layout';

/**
 * Which part of the timeline is drawn: only the rows in or near the scroller's viewport, so a
 * program of thousands of tasks keeps a few hundred SVG elements in the page however far it is
 * scrolled. The layout itself is still worked out for every row (it is cheap); only the DOM is
 * windowed.
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

export interface DrawnTimeline {
  rows: TimelineRow[];
  phaseBars: PhaseBar[];
  milestones: MilestoneMark[];
  taskBars: TaskBar[];
  arrows: DependencyArrow[];
}

/**
 * The layout's elements that fall inside the window's rows. A dependency arrow is drawn when any
 * part of it crosses the window, so a line leaving the viewport towards a far-away task still shows.
 */
export function drawnPart(layout: TimelineLayout, window: RowWindow): DrawnTimeline {
  const top = window.first * layout.rowHeight;
  const bottom = window.last * layout.rowHeight;
  const inside = (y: number) => y >= top && y < bottom;
  return {
    rows: layout.rows.slice(window.first, window.last),
    phaseBars: layout.phaseBars.filter((bar) => inside(bar.y)),
    milestones: layout.milestones.filter((mark) => inside(mark.y)),
    taskBars: layout.taskBars.filter((bar) => inside(bar.y)),
    arrows: layout.arrows.filter((arrow) => arrow.bottom >= top && arrow.top < bottom),
  };
}
