import { describe, expect, it } from 'vitest';

import { dayNumber } from '../shared/dates/calendar-days';
import {
  dependencyArrow,
  layoutTimeline,
  LayoutOptions,
  monthTicks,
  taskSpan,
  TimelineInput,
  TimelineTask,
  timeScale,
  xOfDay,
} from './timeline-layout';

const OPTIONS: LayoutOptions = { pxPerDay: 10, rowHeight: 30, estimatedTaskDays: 3 };

function task(id: string, overrides: Partial<TimelineTask> = {}): TimelineTask {
  return {
    id,
    title: `Task ${id}`,
    status: 'TODO',
    startDate: null,
    dueDate: null,
    overdue: false,
    phaseId: 'needs',
    ...overrides,
  };
}

const plan: TimelineInput = {
  today: '2026-03-16',
  projectStart: '2026-03-02',
  projectEnd: '2026-05-29',
  phases: [
    {
      id: 'needs',
      name: 'Needs analysis',
      status: 'IN_PROGRESS',
      plannedStart: '2026-03-02',
      plannedEnd: '2026-03-31',
      milestones: [{ id: 'm1', name: 'Requirements baseline', dueDate: '2026-03-27', status: 'PLANNED', overdue: false }],
    },
    {
      id: 'redesign',
      name: 'Process redesign',
      status: 'NOT_STARTED',
      plannedStart: null,
      plannedEnd: null,
      milestones: [],
    },
  ],
  tasks: [
    task('interviews', { startDate: '2026-03-09', dueDate: '2026-03-13' }),
    task('workshops', { startDate: '2026-03-02', dueDate: '2026-03-06' }),
    task('as-is', { dueDate: '2026-03-20', phaseId: 'redesign' }),
    task('someday'),
  ],
  dependencies: [
    { taskId: 'interviews', dependsOnId: 'workshops' },
    { taskId: 'as-is', dependsOnId: 'someday' },
  ],
};

describe('timeline scale', () => {
  it('spans whole months around the plan, one day being pxPerDay wide', () => {
    const scale = timeScale(dayNumber('2026-03-10'), dayNumber('2026-04-15'), 10);

    expect(scale.startDay).toBe(dayNumber('2026-03-01'));
    expect(scale.endDay).toBe(dayNumber('2026-05-01'));
    expect(scale.width).toBe(61 * 10);
    expect(xOfDay(scale, dayNumber('2026-03-01'))).toBe(0);
    expect(xOfDay(scale, dayNumber('2026-03-11'))).toBe(100);
  });

  it('ends after a December in the next January', () => {
    const scale = timeScale(dayNumber('2026-12-01'), dayNumber('2026-12-31'), 1);

    expect(scale.endDay).toBe(dayNumber('2027-01-01'));
  });

  it('labels each month, naming the year at the start and every January', () => {
    const scale = timeScale(dayNumber('2026-11-20'), dayNumber('2027-02-03'), 2);

    const ticks = monthTicks(scale);
    expect(ticks.map((t) => t.label)).toEqual(['Nov 2026', 'Dec', 'Jan 2027', 'Feb']);
    expect(ticks.map((t) => t.x)).toEqual([0, 60, 122, 184]);
    expect(ticks[1].width).toBe(62);
  });
});

describe('task bars', () => {
  it('run from the start date to the end of the due date', () => {
    expect(taskSpan({ startDate: '2026-03-09', dueDate: '2026-03-13' }, 3)).toEqual({
      first: dayNumber('2026-03-09'),
      last: dayNumber('2026-03-13'),
      estimated: false,
    });
  });

  it('without a start date, are a short bar ending on the due date', () => {
    expect(taskSpan({ startDate: null, dueDate: '2026-03-20' }, 3)).toEqual({
      first: dayNumber('2026-03-18'),
      last: dayNumber('2026-03-20'),
      estimated: true,
    });
  });

  it('treat a start after the due date as missing', () => {
    expect(taskSpan({ startDate: '2026-03-25', dueDate: '2026-03-20' }, 3)?.estimated).toBe(true);
  });

  it('are not drawn without a due date', () => {
    expect(taskSpan({ startDate: '2026-03-25', dueDate: null }, 3)).toBeNull();
  });
});

describe('timeline layout', () => {
  const layout = layoutTimeline(plan, OPTIONS);

  it('groups rows by phase: the phase, its milestones, then its tasks by start date', () => {
    expect(layout.rows.map((r) => `${r.kind}:${r.label}`)).toEqual([
      'phase:Needs analysis',
      'milestones:Milestones',
      'task:Task workshops',
      'task:Task interviews',
      'phase:Process redesign',
      'task:Task as-is',
    ]);
    expect(layout.rows.map((r) => r.y)).toEqual([0, 30, 60, 90, 120, 150]);
    expect(layout.height).toBe(180);
  });

  it('places bars at their dates inside their rows', () => {
    const interviews = layout.taskBars.find((b) => b.id === 'interviews');
    // March 1 is x = 0; March 9 is 8 days later; five days long.
    expect(interviews).toMatchObject({ x: 80, width: 50, y: 90 + 6, height: 18, estimated: false });

    const asIs = layout.taskBars.find((b) => b.id === 'as-is');
    expect(asIs).toMatchObject({ x: 170, width: 30, estimated: true });
  });

  it('draws a planned bar only for phases with planned dates', () => {
    expect(layout.phaseBars).toHaveLength(1);
    expect(layout.phaseBars[0]).toMatchObject({ id: 'needs', x: 10, width: 300 });
  });

  it('puts a milestone diamond in the middle of its due day', () => {
    // March 27 starts at x = 260; the centre of the day is 5 px further; the row centre is y = 45.
    expect(layout.milestones[0].path).toBe('M265,38 L272,45 L265,52 L258,45 Z');
  });

  it('leaves out tasks without a due date and counts them', () => {
    expect(layout.taskBars.map((b) => b.id)).not.toContain('someday');
    expect(layout.undatedTaskCount).toBe(1);
  });

  it('draws an arrow only between two drawn tasks', () => {
    expect(layout.arrows.map((a) => a.key)).toEqual(['workshops->interviews']);
    expect(layout.arrows[0].title).toBe('Task interviews waits for Task workshops');
  });

  it('marks today and shows whole months', () => {
    expect(layout.todayX).toBe(150);
    expect(layout.months.map((m) => m.label)).toEqual(['Mar 2026', 'Apr', 'May']);
    expect(layout.width).toBe((31 + 30 + 31) * 10);
  });

  it('stays within budget for a large plan', () => {
    const tasks = Array.from({ length: 600 }, (_, i) =>
      task(`t${i}`, { dueDate: `2026-0${(i % 9) + 1}-1${i % 10}`, phaseId: i % 2 ? 'needs' : 'redesign' }),
    );
    const dependencies = tasks.slice(1).map((t, i) => ({ taskId: t.id, dependsOnId: tasks[i].id }));

    const started = performance.now();
    const big = layoutTimeline({ ...plan, tasks, dependencies }, OPTIONS);
    const elapsed = performance.now() - started;

    expect(big.taskBars).toHaveLength(600);
    expect(big.arrows).toHaveLength(599);
    expect(elapsed).toBeLessThan(200);
  });
});

describe('dependency arrows', () => {
  const bar = (id: string, x: number, width: number, rowY: number) => ({
    id,
    x,
    width,
    y: rowY + 6,
    height: 18,
    rowY,
    title: id,
  });

  it('step down right after the earlier task when the later one starts after it', () => {
    const arrow = dependencyArrow(bar('a', 0, 50, 0), bar('b', 100, 40, 60), 30);

    expect(arrow.line).toBe('M50,15 H58 V75 H100');
    expect(arrow.head).toBe('M100,75 l-6,-4 v8 z');
    expect(arrow.conflicting).toBe(false);
  });

  it('route back through the gap above the waiting task when it starts too soon, and flag it', () => {
    const arrow = dependencyArrow(bar('a', 0, 100, 0), bar('b', 60, 40, 60), 30);

    expect(arrow.line).toBe('M100,15 H108 V60 H52 V75 H60');
    expect(arrow.conflicting).toBe(true);
  });

  it('route through the gap below when the waiting task sits above', () => {
    const arrow = dependencyArrow(bar('a', 0, 100, 90), bar('b', 104, 40, 30), 30);

    expect(arrow.line).toBe('M100,105 H108 V60 H96 V45 H104');
    expect(arrow.conflicting).toBe(false);
  });
});
