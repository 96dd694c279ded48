import { describe, expect, it } from 'vitest';

import { addedHolderNote, overAllocationMessage, removedHolderNote, teamMatrix, TeamData, teamPeople } from './team-matrix';

const person = (id: string, name: string) => ({ __typename: 'Person' as const, id, name, email: `${id}@example.com` });
const holder = (id: string, who: ReturnType<typeof person>, allocationPercent: number, primary: boolean) => ({
  __typename: 'RoleAssignment' as const,
  id,
  allocationPercent,
  primary,
  version: 1,
  person: who,
});

const ana = person('ana', 'Ana Ortiz');
const bo = person('bo', 'Bo Chen');
const cy = person('cy', 'Cy Diaz');

const team = {
  roles: [
    {
      id: 'r-ba',
      key: 'BUSINESS_ANALYST',
      name: 'Business analyst',
      description: 'Captures how the business works.',
      custom: false,
      holders: [holder('h1', cy, 20, false), holder('h2', bo, 50, false), holder('h3', ana, 30, true)],
      primaryHolder: ana,
      waveHolders: [],
    },
    { id: 'r-tr', key: 'TRAINER', name: 'Trainer', description: 'Trains users.', custom: false, holders: [], primaryHolder: null, waveHolders: [] },
    {
      id: 'r-ds',
      key: 'DATA_STEWARD',
      name: 'Data steward',
      description: 'Keeps data clean.',
      custom: false,
      holders: [holder('h4', bo, 40, false)],
      primaryHolder: null,
      waveHolders: [],
    },
  ],
  unfilledRoles: [{ id: 'r-tr', key: 'TRAINER', name: 'Trainer' }],
  overAllocated: [{ person: ana, totalPercent: 130 }],
} as unknown as TeamData;

describe('people of the team', () => {
  const people = teamPeople(team);

  it('names a role held in a rollout wave with its wave', () => {
    const trainer = { ...team.roles[1], waveHolders: [{ ...holder('hw', cy, 25, true), waveId: 'w-nordics' }] };
    const withWave = teamPeople({ ...team, roles: [team.roles[0], trainer] } as unknown as TeamData, [{ id: 'w-nordics', name: 'Nordics' }]);
    expect(withWave.find((entry) => entry.person.id === 'cy')?.rolesText).toBe('Business analyst 20%, Trainer in Nordics 25% (primary)');
  });

  it('lists everyone holding a role once, by name, with each of their roles', () => {
    expect(people.map((entry) => entry.person.name)).toEqual(['Ana Ortiz', 'Bo Chen', 'Cy Diaz']);
    expect(people[1].rolesText).toBe('Business analyst 50%, Data steward 40%');
    expect(people[1].totalPercent).toBe(90);
    expect(people[0].rolesText).toBe('Business analyst 30% (primary)');
  });

  it('says where someone works, or that nobody said', () => {
    const withPlace = teamPeople({
      ...team,
      roles: [{ ...team.roles[0], holders: [{ ...team.roles[0].holders[0], person: { ...cy, department: 'Sales', businessUnit: 'EMEA' } }] }],
    } as unknown as TeamData);
    expect(withPlace[0].place).toBe('Sales · EMEA');
    expect(people[0].place).toBe('No department or business unit given');
  });
});

describe('team matrix', () => {
  const matrix = teamMatrix(team);

  it('keeps one row per role in the API’s order', () => {
    expect(matrix.rows.map((row) => row.key)).toEqual(['BUSINESS_ANALYST', 'TRAINER', 'DATA_STEWARD']);
  });

  it('shows the primary holder first, then the biggest allocation', () => {
    expect(matrix.rows[0].holders.map((h) => h.person.name)).toEqual(['Ana Ortiz', 'Bo Chen', 'Cy Diaz']);
  });

  it('flags a role nobody holds, and one whose holders include no primary', () => {
    expect(matrix.rows.map((row) => [row.key, row.unfilled, row.noPrimary])).toEqual([
      ['BUSINESS_ANALYST', false, false],
      ['TRAINER', true, false],
      ['DATA_STEWARD', false, true],
    ]);
    expect(matrix.unfilledRoles).toEqual([{ key: 'TRAINER', name: 'Trainer' }]);
  });

  it('words an over-allocation as a person and their total', () => {
    expect(matrix.overAllocation).toEqual([
      { personId: 'ana', name: 'Ana Ortiz', totalPercent: 130, message: 'Ana Ortiz is booked at 130% across active programs.' },
    ]);
    expect(overAllocationMessage('Ana', 130)).toBe('Ana is booked at 130% across active programs.');
  });

  it('tells the user the role’s tasks moved when someone new becomes primary', () => {
    expect(addedHolderNote(matrix.rows[0], 'Dee Eve', 50, true)).toBe(
      'Dee Eve is now the primary holder of Business analyst. The role’s tasks without their own assignee moved to Dee Eve.',
    );
    expect(addedHolderNote(matrix.rows[0], 'Dee Eve', 50, false)).toBe(
      'Dee Eve now holds Business analyst at 50%. Ana Ortiz stays its primary holder and keeps its tasks.',
    );
  });

  it('warns that tasks lose their owner when the primary holder is removed', () => {
    const analyst = matrix.rows[0];
    expect(removedHolderNote(analyst, analyst.holders[1])).toBe('Bo Chen no longer holds Business analyst.');
    expect(removedHolderNote(analyst, analyst.holders[0])).toContain('has no primary holder now');
    const steward = matrix.rows[2];
    expect(removedHolderNote(steward, { ...steward.holders[0], primary: true })).toContain('Nobody holds the role now');
  });
});
