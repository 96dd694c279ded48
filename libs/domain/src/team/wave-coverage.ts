import { roleHolderFor } from '../tasks/owner-resolution';

/** The one role and wave a cell is about: the lookup below needs no real ids. */
const THE_ROLE = 'role';
const THE_WAVE = 'wave';

/**
 * Who covers a role in a rollout wave: the wave's own primary holder (WAVE), else the program's
 * (PROGRAM), else nobody (NOBODY). For the program-wide column itself, PROGRAM or NOBODY.
 */
export type WaveCoverageSource = 'WAVE' | 'PROGRAM' | 'NOBODY';

export interface WaveCoverage {
  source: WaveCoverageSource;
  /** The person whose the role's work in the wave is (`roleHolderFor`), or null. */
  personId: string | null;
  /** Nobody answers for the role here: no holder in the wave and none program-wide. */
  gap: boolean;
  /** Open tasks of the role in the wave that nobody owns because of the gap (0 without one). */
  unownedTasks: number;
}

/**
 * A cell of the team page's role × wave matrix, by the owner rule of tasks (`roleHolderFor`):
 * `waveHolderId` the wave's primary holder (undefined for the program-wide column),
 * `programHolderId` the program's, `openTasks` the role's open tasks in the wave.
 */
export function waveCoverage(cell: { waveHolderId?: string | null; programHolderId: string | null; openTasks?: number; inWave: boolean }): WaveCoverage {
  const personId = roleHolderFor(THE_ROLE, cell.inWave ? THE_WAVE : null, (_role, wave) => (wave ? cell.waveHolderId : cell.programHolderId));
  const source: WaveCoverageSource = !personId ? 'NOBODY' : cell.inWave && cell.waveHolderId ? 'WAVE' : 'PROGRAM';
  const gap = source === 'NOBODY';
  return { source, personId, gap, unownedTasks: gap ? (cell.openTasks ?? 0) : 0 };
}
