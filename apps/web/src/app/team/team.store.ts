import { computed, inject, Injectable, signal } from '@angular/core';

import { map, Observable, Subscription, tap } from 'rxjs';

import {
  CreatePersonInput,
  TeamAssignRoleGQL,
  TeamCreatePersonGQL,
  TeamCreatePersonMutation,
  TeamCreateRoleGQL,
  TeamCreateRoleMutation,
  TeamPageGQL,
  TeamPageQuery,
  TeamUnassignRoleGQL,
  TeamUpdateAssignmentGQL,
} from '@crm/graphql-client';

import { hasErrorCode, userMessageOf } from '../shared/graphql/graphql-errors';
import { addedHolderNote, Holder, newPrimaryNote, removedHolderNote, RoleRow, teamMatrix } from './team-matrix';
import type { PageNotice } from '../shared/ui/page-notice.component';

export type TeamLoad = { status: 'loading' } | { status: 'error'; message: string } | { status: 'loaded' };

/** The outcome of the last change, shown above the matrix. */
export type TeamNotice = PageNotice;

export type NewPerson = TeamCreatePersonMutation['createPerson'];
export type NewRole = TeamCreateRoleMutation['createRole'];

export const STALE_TEAM_MESSAGE =
  'Someone else changed this team since you loaded the page. Reload to see who holds what now, then try again.';

/**
 * The team of one project: who holds which role, and the changes to it. Every change is followed by
 * loading the team again, because one change can move others (a new primary holder steps the old
 * one back, and the role's tasks follow). Provided by the team page.
 */
@Injectable()
export class TeamStore {
  private readonly pageGQL = inject(TeamPageGQL);
  private readonly assignGQL = inject(TeamAssignRoleGQL);
  private readonly unassignGQL = inject(TeamUnassignRoleGQL);
  private readonly updateGQL = inject(TeamUpdateAssignmentGQL);
  private readonly createPersonGQL = inject(TeamCreatePersonGQL);
  private readonly createRoleGQL = inject(TeamCreateRoleGQL);

  private projectId = '';
  private request?: Subscription;

  readonly data = signal<TeamPageQuery | null>(null);
  readonly load = signal<TeamLoad>({ status: 'loading' });
  readonly refreshing = signal(false);
  readonly notice = signal<TeamNotice | null>(null);
  /** Assignments with a change on its way to the server. */
  readonly busy = signal<ReadonlySet<string>>(new Set());

  readonly matrix = computed(() => {
    const data = this.data();
    return data ? teamMatrix(data.team) : null;
  });
  readonly canEdit = computed(() => {
    const permission = this.data()?.project.myPermission;
    return permission !== undefined && permission !== 'VIEWER';
  });

  open(projectId: string): void {
    if (projectId !== this.projectId) this.data.set(null);
    this.projectId = projectId;
    this.notice.set(null);
    this.fetch();
  }

  /** Loads the team again, keeping the current one on screen meanwhile. */
  reload(): void {
    this.notice.set(null);
    this.fetch();
  }

  dismissNotice(): void {
    this.notice.set(null);
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

  unassign(row: RoleRow, holder: Holder): void {
    this.whileBusy(
      holder.id,
      this.unassignGQL.mutate({ variables: { input: { projectId: this.projectId, roleKey: row.key, personId: holder.person.id } } }),
      () => removedHolderNote(row, holder),
    );
  }

  /** Errors reach the caller, for the dialog to show them beside the field. */
  changeAllocation(row: RoleRow, holder: Holder, allocationPercent: number): Observable<void> {
    return this.updateGQL.mutate({ variables: { input: { id: holder.id, version: holder.version, allocationPercent } } }).pipe(
      map(() => undefined),
      tap(() => this.changed(`${holder.person.name} now gives ${allocationPercent}% to ${row.name}.`)),
    );
  }

  createPerson(input: CreatePersonInput): Observable<NewPerson> {
    return this.createPersonGQL.mutate({ variables: { input } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error('The server answered without the new person.');
        return data.createPerson;
      }),
    );
  }

  createRole(name: string, description: string): Observable<NewRole> {
    return this.createRoleGQL.mutate({ variables: { input: { projectId: this.projectId, name, description } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error('The server answered without the new role.');
        return data.createRole;
      }),
      tap((role) => this.changed(`Added the role ${role.name}. Assign someone to it so its tasks have an owner.`)),
    );
  }

  private fetch(): void {
    this.request?.unsubscribe();
    if (this.data()) this.refreshing.set(true);
    else this.load.set({ status: 'loading' });
    this.request = this.pageGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => {
        this.refreshing.set(false);
        if (!data) return this.load.set({ status: 'error', message: userMessageOf(null) });
        this.data.set(data);
        this.load.set({ status: 'loaded' });
      },
      error: (error: unknown) => {
        this.refreshing.set(false);
        // A failed refresh keeps the team on screen and says so; a failed first load has nothing to show.
        if (this.data()) this.notice.set({ kind: 'problem', message: `We could not refresh the team. ${userMessageOf(error)}`, offerReload: true });
        else this.load.set({ status: 'error', message: userMessageOf(error) });
      },
    });
  }

  private changed(message: string): void {
    this.fetch();
    this.notice.set({ kind: 'done', message, offerReload: false });
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
        this.notice.set(problemNotice(error));
      },
    });
  }

  private setBusy(id: string, busy: boolean): void {
    this.busy.update((current) => {
      const next = new Set(current);
      if (busy) next.add(id);
      else next.delete(id);
      return next;
    });
  }
}

export function problemNotice(error: unknown): TeamNotice {
  if (hasErrorCode(error, 'CONFLICT') || hasErrorCode(error, 'NOT_FOUND')) {
    return { kind: 'problem', message: STALE_TEAM_MESSAGE, offerReload: true };
  }
  if (hasErrorCode(error, 'FORBIDDEN')) {
    return { kind: 'problem', message: 'You can view this team but not change it.', offerReload: false };
  }
  return { kind: 'problem', message: userMessageOf(error), offerReload: false };
}
