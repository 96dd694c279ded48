import { describe, expect, it } from 'vitest';

import { criticalPath, type CriticalPath, type NetworkLink, type NetworkTask } from './critical-path';

function network(durations: Record<string, number>, waitsFor: Record<string, string[]>): [NetworkTask[], NetworkLink[]] {
  const tasks = Object.entries(durations).map(([id, durationDays]) => ({ id, durationDays }));
  const links = Object.entries(waitsFor).flatMap(([taskId, ids]) => ids.map((dependsOnId) => ({ taskId, dependsOnId })));
  return [tasks, links];
}

function scheduled(tasks: NetworkTask[], links: NetworkLink[]): CriticalPath {
  const result = criticalPath(tasks, links);
  if (!result.ok) throw new Error(`unexpected loop ${result.cycle.join(' → ')}`);
  return result;
}

const row = (path: CriticalPath, id: string) => {
  const t = path.tasks.find((task) => task.id === id);
  if (!t) throw new Error(`no ${id}`);
  return [t.earliestStart, t.earliestFinish, t.latestStart, t.latestFinish, t.slackDays];
};

describe('criticalPath on textbook networks', () => {
  // The prototype network of a common CPM worked example (design, materials, parts, assemblies):
  // its published answer is the chain A B D E G of 16 days, with C and F one day of slack each.
  const [prototypeTasks, prototypeLinks] = network(
    { A: 6, B: 2, C: 2, D: 3, E: 4, F: 2, G: 1 },
    { B: ['A'], C: ['A'], D: ['B'], F: ['C'], E: ['D', 'F'], G: ['E'] },
  );

  it('the prototype network takes 16 days along A, B, D, E and G', () => {
    const path = scheduled(prototypeTasks, prototypeLinks);
    expect(path.totalDays).toBe(16);
    expect(path.taskIds).toEqual(['A', 'B', 'D', 'E', 'G']);
    expect(path.chains).toEqual([['A', 'B', 'D', 'E', 'G']]);
  });

  it('gives each task of the prototype network the published earliest and latest dates', () => {
    const path = scheduled(prototypeTasks, prototypeLinks);
    // [earliest start, earliest finish, latest start, latest finish, slack]
    expect(row(path, 'A')).toEqual([0, 6, 0, 6, 0]);
    expect(row(path, 'B')).toEqual([6, 8, 6, 8, 0]);
    expect(row(path, 'C')).toEqual([6, 8, 7, 9, 1]);
    expect(row(path, 'D')).toEqual([8, 11, 8, 11, 0]);
    expect(row(path, 'F')).toEqual([8, 10, 9, 11, 1]);
    expect(row(path, 'E')).toEqual([11, 15, 11, 15, 0]);
    expect(row(path, 'G')).toEqual([15, 16, 15, 16, 0]);
  });

  it('the classic A–H network: A B D G H is critical in 19 days, F has 9 days of slack', () => {
    const [tasks, links] = network(
      { A: 3, B: 4, C: 2, D: 5, E: 1, F: 2, G: 4, H: 3 },
      { B: ['A'], C: ['A'], D: ['B'], E: ['C'], F: ['C'], G: ['D', 'E'], H: ['F', 'G'] },
    );
    const path = scheduled(tasks, links);
    expect(path.totalDays).toBe(19);
    expect(path.taskIds).toEqual(['A', 'B', 'D', 'G', 'H']);
    expect(row(path, 'C')).toEqual([3, 5, 9, 11, 6]);
    expect(row(path, 'E')).toEqual([5, 6, 11, 12, 6]);
    expect(row(path, 'F')).toEqual([5, 7, 14, 16, 9]);
  });

  it('tied chains are all critical and each is listed', () => {
    // Two starts (A 7 days, B 5 days) whose branches meet again exactly: every task is critical.
    const [tasks, links] = network(
      { A: 7, B: 5, C: 3, D: 5, E: 4, F: 4, G: 3, H: 1 },
      { C: ['A'], D: ['B'], E: ['C'], F: ['C', 'D'], G: ['E', 'F'], H: ['G'] },
    );
    const path = scheduled(tasks, links);
    expect(path.totalDays).toBe(18);
    expect(path.tasks.every((t) => t.slackDays === 0)).toBe(true);
    // B and A both start on day 0; B finishes first, so it comes first.
    expect(path.taskIds).toEqual(['B', 'A', 'D', 'C', 'E', 'F', 'G', 'H']);
    expect(path.chains).toEqual([
      ['A', 'C', 'E', 'G', 'H'],
      ['A', 'C', 'F', 'G', 'H'],
      ['B', 'D', 'F', 'G', 'H'],
    ]);
  });
});

describe('criticalPath on program plans', () => {
  it('of two parallel chains the longer is critical and the shorter has the difference as slack', () => {
    const [tasks, links] = network(
      { configure: 10, migrate: 6, train: 3, cleanse: 4, load: 2 },
      { migrate: ['configure'], train: ['migrate'], load: ['cleanse'] },
    );
    const path = scheduled(tasks, links);
    expect(path.totalDays).toBe(19);
    expect(path.taskIds).toEqual(['configure', 'migrate', 'train']);
    expect(path.tasks.filter((t) => !t.critical).map((t) => [t.id, t.slackDays])).toEqual([
      ['cleanse', 13],
      ['load', 13],
    ]);
  });

  it('a go-live milestone takes no days and ends the critical chain', () => {
    const [tasks, links] = network({ build: 5, test: 3, goLive: 0, comms: 2 }, { test: ['build'], goLive: ['test', 'comms'] });
    const path = scheduled(tasks, links);
    expect(path.totalDays).toBe(8);
    expect(path.taskIds).toEqual(['build', 'test', 'goLive']);
    expect(row(path, 'goLive')).toEqual([8, 8, 8, 8, 0]);
    expect(row(path, 'comms')).toEqual([0, 2, 6, 8, 6]);
  });

  it('a milestone that opens the plan comes before the task starting with it', () => {
    const [tasks, links] = network({ work: 4, kickOff: 0 }, { work: ['kickOff'] });
    expect(scheduled(tasks, links).taskIds).toEqual(['kickOff', 'work']);
  });

  it('a lag pushes the dependant later and lengthens the program by as much', () => {
    const tasks = [
      { id: 'order', durationDays: 3 },
      { id: 'install', durationDays: 2 },
      { id: 'docs', durationDays: 4 },
    ];
    const links = [{ taskId: 'install', dependsOnId: 'order', lagDays: 5 }];
    const path = scheduled(tasks, links);
    expect(row(path, 'install')).toEqual([8, 10, 8, 10, 0]);
    expect(path.totalDays).toBe(10);
    expect(path.taskIds).toEqual(['order', 'install']);
    expect(row(path, 'docs')).toEqual([0, 4, 6, 10, 6]);
  });

  it('a negative lag lets the dependant overlap the end of its prerequisite', () => {
    const tasks = [
      { id: 'write', durationDays: 5 },
      { id: 'review', durationDays: 3 },
    ];
    const path = scheduled(tasks, [{ taskId: 'review', dependsOnId: 'write', lagDays: -2 }]);
    expect(row(path, 'review')).toEqual([3, 6, 3, 6, 0]);
    expect(path.totalDays).toBe(6);
  });

  it('a task pinned to a later day starts there, and the chain before it gets slack', () => {
    const tasks = [
      { id: 'prepare', durationDays: 2 },
      { id: 'workshop', durationDays: 1, notBeforeDay: 10 },
    ];
    const path = scheduled(tasks, [{ taskId: 'workshop', dependsOnId: 'prepare' }]);
    expect(path.totalDays).toBe(11);
    expect(row(path, 'prepare')).toEqual([0, 2, 8, 10, 8]);
    expect(path.taskIds).toEqual(['workshop']);
    expect(path.chains).toEqual([['workshop']]);
  });

  it('an empty plan takes no days and has no critical chain', () => {
    expect(scheduled([], [])).toEqual({ ok: true, tasks: [], taskIds: [], chains: [], totalDays: 0 });
  });

  it('ignores links to tasks that are not in the plan', () => {
    const path = scheduled([{ id: 'a', durationDays: 2 }], [{ taskId: 'a', dependsOnId: 'removed', lagDays: 9 }]);
    expect(path.totalDays).toBe(2);
  });

  it('refuses a plan whose tasks wait for each other in a loop, naming the loop', () => {
    const [tasks, links] = network({ a: 1, b: 1, c: 1, d: 1 }, { b: ['a'], c: ['b'], d: ['c'], a: ['d'] });
    const result = criticalPath(tasks, links);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // b waits for a, which waits for d, which waits for c, which waits for b.
    expect(result.cycle).toEqual(['b', 'a', 'd', 'c', 'b']);
  });

  it('refuses a fractional or negative duration instead of rounding it', () => {
    expect(() => criticalPath([{ id: 'a', durationDays: 1.5 }], [])).toThrow(RangeError);
    expect(() => criticalPath([{ id: 'a', durationDays: -1 }], [])).toThrow(RangeError);
  });

  it('schedules the same plan the same way, whatever order the links come in', () => {
    const [tasks, links] = network({ a: 2, b: 2, c: 2, d: 1 }, { c: ['a', 'b'], d: ['c'] });
    const forwards = scheduled(tasks, links);
    const backwards = scheduled(tasks, [...links].reverse());
    expect(backwards).toEqual(forwards);
    expect(forwards.chains).toEqual([
      ['a', 'c', 'd'],
      ['b', 'c', 'd'],
    ]);
  });
});

describe('criticalPath at program scale', () => {
  it('schedules 2,000 tasks in 40 parallel chains with the longest chain critical', () => {
    const tasks: NetworkTask[] = [];
    const links: NetworkLink[] = [];
    for (let chain = 0; chain < 40; chain += 1) {
      for (let step = 0; step < 50; step += 1) {
        tasks.push({ id: `${chain}-${step}`, durationDays: chain === 7 ? 2 : 1 });
        if (step > 0) links.push({ taskId: `${chain}-${step}`, dependsOnId: `${chain}-${step - 1}` });
      }
    }
    const path = scheduled(tasks, links);
    expect(path.totalDays).toBe(100);
    expect(path.taskIds).toHaveLength(50);
    expect(path.taskIds.every((id) => id.startsWith('7-'))).toBe(true);
    expect(path.tasks.find((t) => t.id === '0-0')?.slackDays).toBe(50);
  });
});
