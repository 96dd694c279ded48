import { describe, expect, it } from 'vitest';

import type { TeamPageQuery } from '@crm/graphql-client';

import { addedWaveHolderNote, waveMatrix } from './wave-matrix';

type Team = TeamPageQuery['team'];
type Role = Team['roles'][number];

const person = (id: string, name: string) => ({ id, name });
const holder = (id: string, who: { id: string; name: string }, primary: boolean, waveId: string | null = null) => ({
  id,
  allocationPercent: 50,
  primary,
  version: 1,
  waveId,
  person: { ...who, email: `${who.id}@example.test` },
});
const role = (id: string, name: string, holders: ReturnType<typeof holder>[]): Role =>
  ({
    id,
    key: name.toUpperCase(),
    name,
    description: '',
    custom: false,
    holders: holders.filter((h) => h.waveId === null),
    waveHolders: holders.filter((h) => h.waveId !== null),
    primaryHolder: null,
  }) as unknown as Role;

const tom = person('tom', 'Tom Trainer');
const nina = person('nina', 'Nina Nordics');
const nils = person('nils', 'Nils Nordics');
const kees = person('kees', 'Kees Benelux');
const waves = [
  { id: 'benelux', name: 'Benelux', goLiveDate: '2030-09-01' },
  { id: 'nordics', name: 'Nordics', goLiveDate: '2030-06-01' },
];

function team(roles: Role[], openWaveWork: { roleId: string; waveId: string; openTaskCount: number }[] = []): Team {
  return { roles, unfilledRoles: [], overAllocated: [], openWaveWork } as unknown as Team;
}

describe('waveMatrix', () => {
  it('columns are the whole program first, then the waves in go-live order', () => {
    expect(waveMatrix(team([]), waves).columns.map((c) => c.name)).toEqual(['Program-wide', 'Nordics', 'Benelux']);
  });

  it('a wave with its own trainer shows them and their co-holders as "+1"; another wave falls back to the program trainer', () => {
    const matrix = waveMatrix(team([role('r-tr', 'Trainer', [holder('a', tom, true), holder('b', nina, true, 'nordics'), holder('c', nils, false, 'nordics')])]), waves);
    const [program, nordics, benelux] = matrix.rows[0].cells;
    expect(program).toMatchObject({ holderName: 'Tom Trainer', others: 0, coverage: { source: 'PROGRAM', gap: false } });
    expect(nordics).toMatchObject({ holderName: 'Nina Nordics', others: 1, coverage: { source: 'WAVE' }, label: 'Trainer in Nordics: Nina Nordics, and 1 more holder' });
    expect(benelux).toMatchObject({ holderName: null, fallbackName: 'Tom Trainer', coverage: { source: 'PROGRAM' }, label: 'Trainer in Benelux: Tom Trainer, the program’s holder' });
    expect(matrix.gaps).toBe(0);
  });

  it('a role held only in one wave leaves the program and the other wave with nobody, and counts the open tasks nobody owns there', () => {
    const matrix = waveMatrix(team([role('r-ku', 'Key user', [holder('k', kees, true, 'benelux')])], [{ roleId: 'r-ku', waveId: 'nordics', openTaskCount: 3 }]), waves);
    const [program, nordics, benelux] = matrix.rows[0].cells;
    expect(program.coverage).toMatchObject({ source: 'NOBODY', gap: true });
    expect(nordics).toMatchObject({ coverage: { gap: true, unownedTasks: 3 }, label: 'Key user in Nordics: nobody, 3 open tasks unowned' });
    expect(benelux).toMatchObject({ holderName: 'Kees Benelux', coverage: { source: 'WAVE', gap: false } });
    expect(matrix).toMatchObject({ gaps: 2, unownedTasks: 3 });
  });

  it('holders who are not primary in a wave do not cover it: the program holder still does', () => {
    const matrix = waveMatrix(team([role('r-tr', 'Trainer', [holder('a', tom, true), holder('c', nils, false, 'nordics')])]), waves);
    expect(matrix.rows[0].cells[1]).toMatchObject({ holderName: null, others: 1, fallbackName: 'Tom Trainer', coverage: { source: 'PROGRAM', personId: 'tom' } });
  });

  it('a program without waves has only the program-wide column', () => {
    const matrix = waveMatrix(team([role('r-tr', 'Trainer', [])]), []);
    expect(matrix.columns).toHaveLength(1);
    expect(matrix.rows[0].cells[0]).toMatchObject({ coverage: { gap: true }, label: 'Trainer for the whole program: nobody' });
  });

  it('says which wave’s tasks moved to a new wave holder, and that the others keep theirs', () => {
    expect(addedWaveHolderNote('Trainer', { id: 'nordics', name: 'Nordics' }, 'Nina Nordics', true)).toBe(
      'Nina Nordics is now Trainer for Nordics. The wave’s Trainer tasks without their own assignee moved to Nina Nordics; other waves keep theirs.',
    );
    expect(addedWaveHolderNote('Trainer', { id: 'benelux', name: 'Benelux' }, 'Kees', false)).toBe('Kees now holds Trainer in Benelux, not as primary: the wave’s tasks stay where they are.');
  });
});
