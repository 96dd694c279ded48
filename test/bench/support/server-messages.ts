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

export type ChildMessage = ChildReady | { type: 'captured'; statements: { text: string; values: unknown[] }[] } | { type: 'failed'; error: string };

export type ParentMessage = { type: 'capture-start' } | { type: 'capture-stop' } | { type: 'stop' };
