import type { ProgramFixture } from './bench-fixtures';
import type { BenchPrograms } from './bench-programs';

/** What a bench server child tells the bench over IPC, and what the bench asks of it. */
export interface ChildReady {
  type: 'ready';
  url: string;
  programs?: BenchPrograms;
  fixtures?: { big: ProgramFixture; medium: ProgramFixture };
  /** Start-up including migrations and seeding (or finding the kept seed). */
  bootSeconds: number;
}

export type ChildMessage =
  | ChildReady
  | { type: 'captured'; statements: { text: string; values: unknown[] }[] }
  /** CPU time the server process has used so far (its own, not the database's). */
  | { type: 'cpu'; ms: number }
  | { type: 'failed'; error: string };

export type ParentMessage = { type: 'capture-start' } | { type: 'capture-stop' } | { type: 'cpu' } | { type: 'stop' };

/** Answers the bench's CPU question; every server child installs it. */
export function answerCpuRequests(): void {
  process.on('message', (message: ParentMessage) => {
    if (message.type !== 'cpu') return;
    const { user, system } = process.cpuUsage();
    process.send?.({ type: 'cpu', ms: (user + system) / 1000 } satisfies ChildMessage);
  });
}
