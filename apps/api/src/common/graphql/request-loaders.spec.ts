import { byKey, groupedByKey } from './request-loaders';

/**
 * A batch can hold a whole program: the timeline of a 200,000-task program asks for every task's
 * prerequisites in one batch. These helpers must stay linear, or one request holds the server for
 * minutes (a copy per row took 13 s for 32,000 rows under one key).
 */
interface Row {
  id: number;
  projectId: string;
}

const rowsUnderOneKey = (n: number): Row[] => Array.from({ length: n }, (_, id) => ({ id, projectId: 'p' }));
const rowsOneKeyEach = (n: number): Row[] => Array.from({ length: n }, (_, id) => ({ id, projectId: `p${id}` }));

/**
 * CPU time of the cheapest of several runs. Growth is judged by comparing the same number of rows
 * handled two ways, never against a clock budget: once as 200,000 rows, once as ten batches of
 * 20,000. Linear work costs about the same both ways; work that copies per row costs ten times
 * more as one large batch (100× the work per batch for 10× the rows). Seen here: 1.7 and 55.
 */
function cpuMicros(work: () => unknown): number {
  let best = Infinity;
  for (let run = 0; run < 5; run += 1) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    best = Math.min(best, used.user + used.system);
  }
  return Math.max(best, 1);
}

function oneLargeBatchOverTenSmall(build: (n: number) => Row[], helper: (rows: Row[]) => unknown): number {
  const small = build(20_000);
  const large = build(200_000);
  helper(small); // warm up the JIT so the first measurement is not the slow one
  const tenSmall = cpuMicros(() => {
    for (let batch = 0; batch < 10; batch += 1) helper(small);
  });
  return cpuMicros(() => helper(large)) / tenSmall;
}

describe('groupedByKey', () => {
  it('groups 200,000 rows under one key in request order, keys without rows getting an empty group', () => {
    const rows = rowsUnderOneKey(200_000);
    const [none, all] = groupedByKey(['other', 'p'], rows, (r) => r.projectId);
    expect(none).toEqual([]);
    expect(all).toHaveLength(200_000);
    expect(all[0].id).toBe(0);
    expect(all[199_999].id).toBe(199_999);
  });

  it('gives each of 200,000 keys its own row', () => {
    const rows = rowsOneKeyEach(200_000);
    const groups = groupedByKey(rows.map((r) => r.projectId).reverse(), rows, (r) => r.projectId);
    expect(groups).toHaveLength(200_000);
    expect(groups[0]).toEqual([{ id: 199_999, projectId: 'p199999' }]);
    expect(groups.every((g) => g.length === 1)).toBe(true);
  });

  it('grows linearly with the rows under one key, where a copy of the group per row grew quadratically', () => {
    expect(oneLargeBatchOverTenSmall(rowsUnderOneKey, (rows) => groupedByKey(['p'], rows, (r) => r.projectId))).toBeLessThan(5);
  });
});

describe('byKey', () => {
  it('matches 200,000 rows to their keys and answers null for a key without a row', () => {
    const rows = rowsOneKeyEach(200_000);
    const found = byKey(['p5', 'missing', 'p199999'], rows, (r) => r.projectId);
    expect(found.map((r) => r?.id ?? null)).toEqual([5, null, 199_999]);
  });
});
