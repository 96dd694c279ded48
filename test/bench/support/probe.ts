import { GraphQLClient } from '../../support/graphql-client';
import { percentile } from './http-load';
import { Timed, timedRequest } from './measure';

export interface ProbeResult {
  heavyMs: number;
  heavyError?: string;
  probes: number;
  probeP50: number;
  /** The longest wait for a probe, counting one still unanswered when the heavy request ended. */
  probeMax: number;
}

/**
 * Sends `probe` again and again, each as soon as the previous one is answered, while `heavy` runs:
 * a server whose event loop the heavy request holds shows it as one long probe.
 */
export async function probeWhile(client: GraphQLClient, heavy: () => Promise<Timed>, probe: string): Promise<ProbeResult> {
  let done = false;
  const waits: number[] = [];
  let pendingSince: number | undefined;
  const heavyRun = heavy().finally(() => (done = true));
  // Give the heavy request a head start so the probes overlap its work, not its parsing.
  await new Promise((resolve) => setTimeout(resolve, 10));
  const probing = (async () => {
    while (!done) {
      pendingSince = performance.now();
      const r = await timedRequest(client, probe, {}, 130_000);
      pendingSince = undefined;
      waits.push(r.ms);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const result = await heavyRun;
  const stillWaiting = pendingSince === undefined ? 0 : performance.now() - pendingSince;
  if (stillWaiting > 0) waits.push(stillWaiting);
  if (!result.error) await probing;
  return { heavyMs: result.ms, heavyError: result.error, probes: waits.length, probeP50: percentile(waits, 50), probeMax: Math.max(0, ...waits) };
}
