import type { TeamPageQuery } from '@crm/graphql-client';

export type TeamData = TeamPageQuery['team'];
type RoleData = TeamData['roles'][number];
export type Holder = RoleData['holders'][number];

/** One row of the team page: a role and the people who hold it, the primary holder first. */
export interface RoleRow {
  id: string;
  key: string;
  name: string;
  description: string;
  custom: boolean;
  holders: readonly Holder[];
  /** Nobody holds the role, so its tasks have no owner. */
  unfilled: boolean;
  /** People hold the role but none is primary, so its tasks without an assignee have no owner either. */
  noPrimary: boolean;
}

export interface OverAllocationWarning {
  personId: string;
  name: string;
  totalPercent: number;
  message: string;
}

export interface TeamMatrix {
  rows: readonly RoleRow[];
  unfilledRoles: readonly { key: string; name: string }[];
  overAllocation: readonly OverAllocationWarning[];
}

/** The team page's view of the team, in the API's role order. */
export function teamMatrix(team: TeamData): TeamMatrix {
  const rows = team.roles.map((role): RoleRow => {
    const holders = [...role.holders].sort(
      (a, b) =>
        Number(b.primary) - Number(a.primary) ||
        b.allocationPercent - a.allocationPercent ||
        a.person.name.localeCompare(b.person.name),
    );
    return {
      id: role.id,
      key: role.key,
      name: role.name,
      description: role.description,
      custom: role.custom,
      holders,
      unfilled: holders.length === 0,
      noPrimary: holders.length > 0 && !holders.some((holder) => holder.primary),
    };
  });
  return {
    rows,
    unfilledRoles: team.unfilledRoles.map(({ key, name }) => ({ key, name })),
    overAllocation: team.overAllocated.map(({ person, totalPercent }) => ({
      personId: person.id,
      name: person.name,
      totalPercent,
      message: overAllocationMessage(person.name, totalPercent),
    })),
  };
}

/** Someone holding at least one role in the project, with the roles they hold there. */
export interface TeamPerson {
  person: Holder['person'];
  roles: readonly { name: string; allocationPercent: number; primary: boolean }[];
  /** What they give the project in all, in percent of their time. */
  totalPercent: number;
  /** "Sales · EMEA", or what is missing. */
  place: string;
  /** "Business analyst 80% (primary), Trainer 20%" */
  rolesText: string;
}

/**
 * Everyone holding a role, once each and by name, with their roles in the API's role order; a role
 * held in a rollout wave is named with its wave ("Trainer in Nordics").
 */
export function teamPeople(team: TeamData, waves: readonly { id: string; name: string }[] = []): TeamPerson[] {
  const byId = new Map<string, { person: Holder['person']; roles: TeamPerson['roles'][number][] }>();
  const waveName = new Map(waves.map((w) => [w.id, w.name]));
  for (const role of team.roles) {
    const holdings = [
      ...role.holders.map((h) => ({ person: h.person, allocationPercent: h.allocationPercent, primary: h.primary, name: role.name })),
      ...role.waveHolders.map((h) => ({
        person: h.person,
        allocationPercent: h.allocationPercent,
        primary: h.primary,
        name: $localize`:@@team.people.roleInWave:${role.name}:role: in ${waveName.get(h.waveId ?? '') ?? $localize`:@@team.people.aWave:a wave`}:wave:`,
      })),
    ];
    for (const holding of holdings) {
      const known = byId.get(holding.person.id);
      const entry = known ?? { person: holding.person, roles: [] };
      entry.roles.push({ name: holding.name, allocationPercent: holding.allocationPercent, primary: holding.primary });
      byId.set(holding.person.id, entry);
    }
  }
  return [...byId.values()]
    .map(({ person, roles }) => ({
      person,
      roles,
      totalPercent: roles.reduce((sum, role) => sum + role.allocationPercent, 0),
      place: [person.department, person.businessUnit].filter(Boolean).join(' · ') || $localize`:@@team.people.noPlace:No department or business unit given`,
      rolesText: roles
        .map((role) =>
          role.primary
            ? $localize`:@@team.people.rolePrimary:${role.name}:role: ${role.allocationPercent}:percent:% (primary)`
            : $localize`:@@team.people.role:${role.name}:role: ${role.allocationPercent}:percent:%`,
        )
        .join(', '),
    }))
    .sort((a, b) => a.person.name.localeCompare(b.person.name));
}

export function overAllocationMessage(name: string, totalPercent: number): string {
  return $localize`:@@team.overAllocation.message:${name}:person: is booked at ${totalPercent}:percent:% across active programs.`;
}

/** What the user should know once someone becomes the primary holder of a role. */
export function newPrimaryNote(personName: string, roleName: string): string {
  return $localize`:@@team.notes.newPrimary:${personName}:person: is now the primary holder of ${roleName}:role:. The role’s tasks without their own assignee moved to ${personName}:person:.`;
}

/** What the user should know once someone has been given a role. */
export function addedHolderNote(row: RoleRow, personName: string, allocationPercent: number, primary: boolean): string {
  if (primary) return newPrimaryNote(personName, row.name);
  const owner = row.holders.find((holder) => holder.primary);
  return owner
    ? $localize`:@@team.notes.addedHolderKeepsOwner:${personName}:person: now holds ${row.name}:role: at ${allocationPercent}:percent:%. ${owner.person.name}:owner: stays its primary holder and keeps its tasks.`
    : $localize`:@@team.notes.addedHolderNoOwner:${personName}:person: now holds ${row.name}:role: at ${allocationPercent}:percent:%. The role still has no primary holder, so its tasks without their own assignee stay unowned.`;
}

/** What the user should know once someone stops holding a role, depending on who is left. */
export function removedHolderNote(row: RoleRow, removed: Holder): string {
  const person = removed.person.name;
  if (!removed.primary) return $localize`:@@team.notes.removedHolder:${person}:person: no longer holds ${row.name}:role:.`;
  const left = row.holders.filter((holder) => holder.id !== removed.id);
  if (left.length === 0) {
    return $localize`:@@team.notes.removedLastHolder:${person}:person: no longer holds ${row.name}:role:. Nobody holds the role now, so its tasks without their own assignee are unowned.`;
  }
  return $localize`:@@team.notes.removedPrimary:${person}:person: no longer holds ${row.name}:role:. The role has no primary holder now, so its tasks without their own assignee are unowned until you make someone primary.`;
}
