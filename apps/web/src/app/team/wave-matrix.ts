import { waveCoverage, WaveCoverage } from '@crm/domain';
import type { TeamPageQuery } from '@crm/graphql-client';

type TeamData = TeamPageQuery['team'];
type WaveData = TeamPageQuery['rolloutWaves'][number];

/** A column of the role × wave matrix: the whole program (id null) or one rollout wave. */
export interface WaveColumn {
  id: string | null;
  name: string;
}

export const PROGRAM_WIDE: WaveColumn = { id: null, name: $localize`:@@team.waves.programWide:Program-wide` };

/** Someone holding a role in one column, as the cell's dialog lists them. */
export interface ColumnHolder {
  id: string;
  version: number;
  primary: boolean;
  allocationPercent: number;
  person: { id: string; name: string };
}

/** One cell: who covers the role there, in words a screen reader can read out whole. */
export interface WaveCell {
  roleId: string;
  roleKey: string;
  roleName: string;
  wave: WaveColumn;
  coverage: WaveCoverage;
  /** The primary holder of this column (the wave's own, or the program's in its column), if any. */
  holderName: string | null;
  /** Other holders in this column besides the primary one: shown as "+2". */
  others: number;
  /** Everyone holding the role in this column, the primary holder first. */
  holders: readonly ColumnHolder[];
  /** A wave without its own primary holder that falls back to the program's: their name. */
  fallbackName: string | null;
  /** Everything the cell says, for its accessible name. */
  label: string;
}

export interface WaveMatrixRow {
  roleId: string;
  roleKey: string;
  roleName: string;
  cells: readonly WaveCell[];
}

export interface WaveMatrix {
  columns: readonly WaveColumn[];
  rows: readonly WaveMatrixRow[];
  /** Cells where nobody answers for the role, and those with open tasks nobody owns. */
  gaps: number;
  unownedTasks: number;
}

/** `$localize` does not evaluate ICU, so the singular and plural are two messages picked by the page's plural rules. */
const isSingular = (n: number) => new Intl.PluralRules($localize.locale).select(n) === 'one';

const unownedTasksWord = (n: number) =>
  isSingular(n) ? $localize`:@@team.waves.unownedTask:${n}:count: open task unowned` : $localize`:@@team.waves.unownedTasks:${n}:count: open tasks unowned`;

/**
 * The team page's "By wave" view: each role (rows) across the program and its rollout waves in
 * go-live order (columns). A cell is covered by the wave's own primary holder, else by the
 * program's (`waveCoverage` of libs/domain, the tasks' owner rule), else it is a gap.
 */
export function waveMatrix(team: TeamData, waves: readonly WaveData[]): WaveMatrix {
  const columns: WaveColumn[] = [PROGRAM_WIDE, ...[...waves].sort((a, b) => a.goLiveDate.localeCompare(b.goLiveDate) || a.name.localeCompare(b.name)).map((w) => ({ id: w.id, name: w.name }))];
  const openTasks = new Map(team.openWaveWork.map((w) => [`${w.roleId}:${w.waveId}`, w.openTaskCount]));
  const rows = team.roles.map((role): WaveMatrixRow => {
    const programPrimary = role.holders.find((h) => h.primary) ?? null;
    const cells = columns.map((wave): WaveCell => {
      const inColumn = wave.id === null ? role.holders : role.waveHolders.filter((h) => h.waveId === wave.id);
      const primary = inColumn.find((h) => h.primary) ?? null;
      const coverage = waveCoverage({
        inWave: wave.id !== null,
        waveHolderId: wave.id === null ? undefined : (primary?.person.id ?? null),
        programHolderId: programPrimary?.person.id ?? null,
        openTasks: wave.id === null ? 0 : (openTasks.get(`${role.id}:${wave.id}`) ?? 0),
      });
      const others = inColumn.length - (primary ? 1 : 0);
      const fallbackName = coverage.source === 'PROGRAM' && wave.id !== null ? (programPrimary?.person.name ?? null) : null;
      const holderName = primary?.person.name ?? null;
      const where =
        wave.id === null
          ? $localize`:@@team.waves.cellWhereProgram:${role.name}:role: for the whole program`
          : $localize`:@@team.waves.cellWhereWave:${role.name}:role: in ${wave.name}:wave:`;
      const who = coverage.gap
        ? coverage.unownedTasks
          ? $localize`:@@team.waves.cellNobodyWithTasks:nobody, ${unownedTasksWord(coverage.unownedTasks)}:tasks:`
          : $localize`:@@team.waves.cellNobody:nobody`
        : holderName
          ? holderName
          : $localize`:@@team.waves.cellFallback:${fallbackName}:person:, the program’s holder`;
      const more =
        others === 0
          ? ''
          : isSingular(others)
            ? $localize`:@@team.waves.cellOneMore:, and ${others}:count: more holder`
            : $localize`:@@team.waves.cellMore:, and ${others}:count: more holders`;
      const holders = [...inColumn]
        .sort((a, b) => Number(b.primary) - Number(a.primary) || a.person.name.localeCompare(b.person.name))
        .map((h) => ({ id: h.id, version: h.version, primary: h.primary, allocationPercent: h.allocationPercent, person: { id: h.person.id, name: h.person.name } }));
      return { roleId: role.id, roleKey: role.key, roleName: role.name, wave, coverage, holderName, others, holders, fallbackName, label: $localize`:@@team.waves.cellLabel:${where}:where:: ${who}:who:${more}:more:` };
    });
    return { roleId: role.id, roleKey: role.key, roleName: role.name, cells };
  });
  const all = rows.flatMap((r) => r.cells);
  return { columns, rows, gaps: all.filter((c) => c.coverage.gap).length, unownedTasks: all.reduce((sum, c) => sum + c.coverage.unownedTasks, 0) };
}

/** What the user should know once someone has been given a role in a wave (or program-wide). */
export function addedWaveHolderNote(roleName: string, wave: WaveColumn, personName: string, primary: boolean): string {
  if (wave.id === null) {
    return primary
      ? $localize`:@@team.waves.addedProgramPrimary:${personName}:person: is now the primary holder of ${roleName}:role:. Its tasks without their own assignee or wave holder moved to ${personName}:person:.`
      : $localize`:@@team.waves.addedProgram:${personName}:person: now holds ${roleName}:role: for the whole program.`;
  }
  // "The wave’s tasks", not "Nordics’ tasks": an English possessive of a name has no translation.
  return primary
    ? $localize`:@@team.waves.addedWavePrimary:${personName}:person: is now ${roleName}:role: for ${wave.name}:wave:. The wave’s ${roleName}:role: tasks without their own assignee moved to ${personName}:person:; other waves keep theirs.`
    : $localize`:@@team.waves.addedWave:${personName}:person: now holds ${roleName}:role: in ${wave.name}:wave:, not as primary: the wave’s tasks stay where they are.`;
}
