import { GraphQLClient } from '../../support/graphql-client';
import { percentile } from './http-load';

export interface Timed {
  ms: number;
  statements: number | undefined;
  data: any;
  error?: string;
}

/** One request; a GraphQL error is returned (and shown in the table), never thrown. */
export async function timedRequest(client: GraphQLClient, query: string, variables: Record<string, unknown>, timeoutMs = 120_000): Promise<Timed> {
  const started = performance.now();
  const timeout = new Promise<Timed>((resolve) => setTimeout(() => resolve({ ms: performance.now() - started, statements: undefined, data: undefined, error: `no answer in ${timeoutMs / 1000} s` }), timeoutMs).unref());
  const answer = client.request(query, variables).then(
    (r): Timed => {
      const header = r.headers.get('x-sql-statements');
      const error = r.errors?.length ? `${r.errors[0].extensions?.code ?? 'ERROR'}: ${r.errors[0].message.slice(0, 80)}` : r.status !== 200 ? `HTTP ${r.status}` : undefined;
      return { ms: r.ms, statements: header === null ? undefined : Number(header), data: r.data, error };
    },
    (e: unknown): Timed => ({ ms: performance.now() - started, statements: undefined, data: undefined, error: String(e).slice(0, 100) }),
  );
  return Promise.race([answer, timeout]);
}

export interface Measured {
  runs: number;
  p50: number;
  p95: number;
  max: number;
  rows: number | undefined;
  statements: number | undefined;
  error?: string;
}

export interface MeasureOptions {
  warmup: number;
  runs: number;
  /** Stop early once this much time went into one operation: after 3 runs, or 1 of over 5 s. */
  budgetMs: number;
}

/** Sequential runs of one operation: p50/p95/max of the wall time each request took. */
export async function measureSequential(run: () => Promise<Timed & { rows?: number }>, options: MeasureOptions): Promise<Measured> {
  const times: number[] = [];
  let last: (Timed & { rows?: number }) | undefined;
  for (let i = 0; i < options.warmup; i += 1) {
    last = await run();
    // One warm-up is enough for a request that takes seconds (the 200k overview took 63 s before).
    if (last.ms > 5_000) break;
    if (last.error) return { runs: 0, p50: NaN, p95: NaN, max: last.ms, rows: undefined, statements: undefined, error: last.error };
  }
  const started = performance.now();
  for (let i = 0; i < options.runs; i += 1) {
    last = await run();
    if (last.error) return { runs: times.length, p50: NaN, p95: NaN, max: Math.max(last.ms, ...times), rows: undefined, statements: undefined, error: last.error };
    times.push(last.ms);
    const spent = performance.now() - started;
    if (spent > options.budgetMs && (i >= 2 || last.ms > 5_000)) break;
  }
  return { runs: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), rows: last?.rows, statements: last?.statements };
}
