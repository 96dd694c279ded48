import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';

import { ChildMessage, ChildReady, ParentMessage } from './server-messages';

export interface ServerProcess {
  ready: ChildReady;
  /** Statements the server sent while `during` ran. */
  capture(during: () => Promise<unknown>): Promise<{ text: string; values: unknown[] }[]>;
  /** CPU milliseconds the server process has used since it started. */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
  /** Ends the process at once (a request that would hold it for minutes). */
  kill(): void;
  pid: number;
}

const running = new Set<ChildProcess>();
// A bench that stops on an error must not leave its servers (and their database pools) behind.
process.on('exit', () => running.forEach((child) => child.kill('SIGKILL')));

/** Runs one of the bench's server entry points (support/*.child.ts) as its own Node process. */
export async function startServerProcess(entry: string, env: Record<string, string | undefined>, options: { timeoutMs?: number; quiet?: boolean } = {}): Promise<ServerProcess> {
  const child: ChildProcess = fork(join(__dirname, entry), [], {
    // Without ts-node's REPL, which would load Node's domain module (see without-ts-node-repl.js).
    execArgv: ['-r', join(__dirname, 'without-ts-node-repl.js'), '-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'],
    env: { ...process.env, TS_NODE_PROJECT: 'test/tsconfig.json', NODE_NO_WARNINGS: '1', ...env },
    stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', 'inherit', 'ipc'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const waitFor = <T extends ChildMessage['type']>(type: T, timeoutMs: number) =>
    new Promise<Extract<ChildMessage, { type: T }>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${entry} sent no ${type} within ${timeoutMs / 1000} s`)), timeoutMs);
      const onMessage = (message: ChildMessage) => {
        if (message.type === 'failed') reject(new Error(`${entry} failed: ${message.error}`));
        else if (message.type !== type) return;
        else resolve(message as Extract<ChildMessage, { type: T }>);
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      const onExit = (code: number | null) => {
        clearTimeout(timer);
        reject(new Error(`${entry} exited (${code}) before sending ${type}`));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const tell = (message: ParentMessage) => child.send(message);
  const ready = await waitFor('ready', options.timeoutMs ?? 600_000).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return {
    ready,
    pid: child.pid ?? 0,
    async capture(during) {
      tell({ type: 'capture-start' });
      await during();
      const captured = waitFor('captured', 30_000);
      tell({ type: 'capture-stop' });
      return (await captured).statements;
    },
    async cpuMs() {
      const answer = waitFor('cpu', 10_000);
      tell({ type: 'cpu' });
      return (await answer).ms;
    },
    stop() {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        tell({ type: 'stop' });
      });
    },
    kill() {
      child.kill('SIGKILL');
    },
  };
}
