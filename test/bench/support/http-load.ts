import { Agent, request } from 'node:http';

/**
 * A small load generator (autocannon is not a dependency): N keep-alive connections, each sending
 * the same POST as soon as the previous answer is read, for a fixed time per round. The client is
 * the same for the API and the raw handler, so its own cost cancels out of their ratio.
 */
export interface LoadOptions {
  url: string;
  body: string;
  headers?: Record<string, string>;
  connections: number;
  rounds: number;
  roundMs: number;
}

export interface RoundResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  errors: number;
}

export interface LoadResult {
  rounds: RoundResult[];
  /** The median round's throughput. */
  requestsPerSecond: number;
  p50: number;
  p95: number;
  errors: number;
  /** Requests sent, warm-up included (for CPU time per request). */
  total: number;
  /** Bytes of one answer, to show both servers send the same thing. */
  responseBytes: number;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function post(agent: Agent, url: URL, body: string, headers: Record<string, string>): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function round(agent: Agent, url: URL, options: LoadOptions, sample: { bytes: number }): Promise<RoundResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + options.roundMs;
  const connection = async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      try {
        const { status, bytes } = await post(agent, url, options.body, options.headers ?? {});
        if (status !== 200) errors += 1;
        sample.bytes = bytes;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, connection));
  const seconds = (performance.now() - started) / 1000;
  return { requests: latencies.length, requestsPerSecond: latencies.length / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), errors };
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  const url = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const sample = { bytes: 0 };
  try {
    // A short warm-up so JIT and connection setup are not in the first round.
    const warmup = await round(agent, url, { ...options, roundMs: Math.min(1_000, options.roundMs) }, sample);
    const rounds: RoundResult[] = [];
    for (let i = 0; i < options.rounds; i += 1) rounds.push(await round(agent, url, options, sample));
    const byThroughput = [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
    const median = byThroughput[Math.floor(byThroughput.length / 2)];
    return { rounds, requestsPerSecond: median.requestsPerSecond, p50: median.p50, p95: median.p95, errors: rounds.reduce((n, r) => n + r.errors, 0), total: warmup.requests + rounds.reduce((n, r) => n + r.requests, 0), responseBytes: sample.bytes };
  } finally {
    agent.destroy();
  }
}
