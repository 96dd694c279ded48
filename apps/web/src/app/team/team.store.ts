import { computed, inject, Injectable, signal } from '@angular/core';

import { map, Observable, tap } from 'rxjs';

import {
  TeamAssignRoleGQL,
  TeamCreateRoleGQL,
  TeamCreateRoleMutation,
  TeamPageGQL,
  TeamPageQuery,
  TeamUpdateAssignmentGQL,
} from '@crm/graphql-client';

import { AreaStore, toggledSet } from '../shared/data/area-store';
import type { DirectoryPerson } from '../shared/people/people-directory';
import { RecordRemoval } from '../shared/trash/record-removal.service';
import { addedHolderNote, Holder, newPrimaryNote, removedHolderNote, RoleRow, teamMatrix, teamPeople } from './team-matrix';
import { addedWaveHolderNote, ColumnHolder, WaveColumn, waveMatrix } from './wave-matrix';

export type NewRole = TeamCreateRoleMutation['createRole'];

/**
 * The team of one project: who holds which role, and the changes to it. Every change is followed by
 * loading the team again, because one change can move others (a new primary holder steps the old
 * one back, and the role's tasks follow). Provided by the team page.
 */
@Injectable()
export class TeamStore extends AreaStore<TeamPageQuery> {
  private readonly pageGQL = inject(TeamPageGQL);
  private readonly assignGQL = inject(TeamAssignRoleGQL);
  private readonly removal = inject(RecordRemoval);
  private readonly updateGQL = inject(TeamUpdateAssignmentGQL);
  private readonly createRoleGQL = inject(TeamCreateRoleGQL);

  protected readonly content = 'the team';
  protected readonly thing = 'this team';

  /** Assignments with a change on its way to the server. */
  readonly busy = signal<ReadonlySet<string>>(new Set());

  readonly matrix = computed(() => {
    const data = this.data();
    return data ? teamMatrix(data.team) : null;
  });
  /** The roles across the program and its rollout waves: who covers each, and the gaps. */
  readonly waveMatrix = computed(() => {
    const data = this.data();
    return data ? waveMatrix(data.team, data.rolloutWaves) : null;
  });
  /** Everyone holding a role here, once each, with the roles they hold. */
  readonly people = computed(() => {
    const data = this.data();
    return data ? teamPeople(data.team, data.rolloutWaves) : [];
  });
  /**
   * Gives `person` the role in one rollout wave (or the whole program, for a column without id).
   * Field errors reach the caller, for the dialog to place them.
   */
  assignInWave(role: { key: string; name: string }, wave: WaveColumn, person: { id: string; name: string }, allocationPercent: number, primary: boolean): Observable<void> {
    return this.assignGQL
      .mutate({ variables: { input: { projectId: this.projectId, roleKey: role.key, personId: person.id, allocationPercent, primary, waveId: wave.id } } })
      .pipe(
        map(() => undefined),
        tap(() => this.changed(addedWaveHolderNote(role.name, wave, person.name, primary))),
      );
  }

  /** Makes a holder of one column (a wave, or the whole program) its primary holder; the previous one there steps back. */
  makePrimaryInWave(roleName: string, wave: WaveColumn, holder: ColumnHolder): void {
    this.whileBusy(holder.id, this.updateGQL.mutate({ variables: { input: { id: holder.id, version: holder.version, primary: true } } }), () =>
      wave.id === null ? newPrimaryNote(holder.person.name, roleName) : addedWaveHolderNote(roleName, wave, holder.person.name, true),
    );
  }

  /** Takes a holder off the role in one column, through the trash (confirmed first, with Undo). */
  unassignInWave(roleName: string, wave: WaveColumn, holder: ColumnHolder): void {
    if (this.busy().has(holder.id)) return;
    const where = wave.id === null ? roleName : $localize`:@@team.store.roleInWave:${roleName}:role: in ${wave.name}:wave:`;
    this.setBusy(holder.id, true);
    this.notice.set(null);
    this.removal
      .remove('RoleAssignment', { id: holder.id, version: holder.version, title: $localize`:@@team.store.holderAs:${holder.person.name}:person: as ${where}:role:` }, { what: $localize`:@@team.store.thisPlace:this place in ${where}:role:` })
      .subscribe((removed) => {
        this.setBusy(holder.id, false);
        if (removed) this.done($localize`:@@team.store.noLongerHolds:${holder.person.name}:person: no longer holds ${where}:role:.`);
      });
  }

  /** Gives `person` the role. Field errors reach the caller, for the form to place them. */
  assign(row: RoleRow, person: { id: string; name: string }, allocationPercent: number, primary: boolean): Observable<void> {
    return this.assignGQL
      .mutate({ variables: { input: { projectId: this.projectId, roleKey: row.key, personId: person.id, allocationPercent, primary } } })
      .pipe(
        map(() => undefined),
        tap(() => this.changed(addedHolderNote(row, person.name, allocationPercent, primary))),
      );
  }

  makePrimary(row: RoleRow, holder: Holder): void {
    this.whileBusy(holder.id, this.updateGQL.mutate({ variables: { input: { id: holder.id, version: holder.version, primary: true } } }), () =>
      newPrimaryNote(holder.person.name, row.name),
    );
  }

  /**
   * Takes `holder` off the role through the trash (what goes with it is confirmed first, and the
   * snackbar offers an Undo). The page loads the team again on every removal and restore; the note
   * says afterwards whom the role's tasks belong to now.
   */
  unassign(row: RoleRow, holder: Holder): void {
    if (this.busy().has(holder.id)) return;
    this.setBusy(holder.id, true);
    this.notice.set(null);
    this.removal
      .remove('RoleAssignment', { id: holder.id, version: holder.version, title: $localize`:@@team.store.holderAs:${holder.person.name}:person: as ${row.name}:role:` }, { what: $localize`:@@team.store.thisPlace:this place in ${row.name}:role:` })
      .subscribe((removed) => {
        this.setBusy(holder.id, false);
        if (removed) this.done(removedHolderNote(row, holder));
      });
  }

  /** Removes a custom role (with its assignments) to the trash; the standard roles have no such action. */
  removeRole(row: RoleRow): void {
    if (!row.custom) return;
    // Roles carry no version of their own; the API ignores the one sent (it must still be 1 or more).
    this.removal.remove('Role', { id: row.id, version: 1, title: row.name }).subscribe();
  }

  /** Removes someone from the people directory (for every program), with their role assignments, after the confirmation. */
  removePerson(person: DirectoryPerson): void {
    this.removal.remove('Person', { id: person.id, version: person.version, title: person.name }, { what: `${person.name}` }).subscribe();
  }

  /** Errors reach the caller, for the dialog to show them beside the field. */
  changeAllocation(row: RoleRow, holder: Holder, allocationPercent: number): Observable<void> {
    return this.updateGQL.mutate({ variables: { input: { id: holder.id, version: holder.version, allocationPercent } } }).pipe(
      map(() => undefined),
      tap(() => this.changed($localize`:@@team.store.allocationChanged:${holder.person.name}:person: now gives ${allocationPercent}:percent:% to ${row.name}:role:.`)),
    );
  }

  /** The person dialog saved someone's details: the team shows them from the next load on. */
  personEdited(person: DirectoryPerson): void {
    this.changed($localize`:@@team.store.personSaved:Saved ${person.name}:person:’s details. They show in every program ${person.name}:person: works in.`);
  }

  createRole(name: string, description: string): Observable<NewRole> {
    return this.createRoleGQL.mutate({ variables: { input: { projectId: this.projectId, name, description } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@team.store.noNewRole:The server answered without the new role.`);
        return data.createRole;
      }),
      tap((role) => this.changed($localize`:@@team.store.roleAdded:Added the role ${role.name}:role:. Assign someone to it so its tasks have an owner.`)),
    );
  }

  protected query() {
    return this.pageGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' });
  }

  private whileBusy(assignmentId: string, change: Observable<unknown>, done: () => string): void {
    this.setBusy(assignmentId, true);
    this.notice.set(null);
    change.subscribe({
      next: () => {
        this.setBusy(assignmentId, false);
        this.changed(done());
      },
      error: (error: unknown) => {
        this.setBusy(assignmentId, false);
        this.refused(error);
      },
    });
  }

  private setBusy(id: string, busy: boolean): void {
    this.busy.update((current) => toggledSet(current, id, busy));
  }
}
