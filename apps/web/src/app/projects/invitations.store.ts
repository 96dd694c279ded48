import { inject, Injectable, signal } from '@angular/core';

import { Observable } from 'rxjs';

import { AcceptProjectInvitationGQL, DeclineProjectInvitationGQL, MyProjectInvitationsGQL, MyProjectInvitationsQuery } from '@crm/graphql-client';

import { changeProblemOf } from '../shared/graphql/change-problems';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { ProjectsStore } from './projects.store';

export type ProjectInvitation = MyProjectInvitationsQuery['myProjectInvitations'][number];

/**
 * Invitations to the signed-in user's email. Accepting one makes the user a member, so the project
 * list loads again; declining only takes the invitation off the list.
 */
@Injectable()
export class InvitationsStore {
  private readonly mine = inject(MyProjectInvitationsGQL);
  private readonly acceptGQL = inject(AcceptProjectInvitationGQL);
  private readonly declineGQL = inject(DeclineProjectInvitationGQL);
  private readonly projects = inject(ProjectsStore);

  readonly invitations = signal<readonly ProjectInvitation[]>([]);
  readonly loadError = signal<string | null>(null);
  /** The invitation being answered, so its buttons wait. */
  readonly answering = signal<string | null>(null);
  readonly problem = signal<string | null>(null);

  load(): void {
    this.mine.fetch({ fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => {
        this.loadError.set(null);
        this.invitations.set(data?.myProjectInvitations ?? []);
      },
      error: (error: unknown) => this.loadError.set(`We could not load your invitations. ${userMessageOf(error)}`),
    });
  }

  accept(invitation: ProjectInvitation): void {
    this.answer(invitation, this.acceptGQL.mutate({ variables: { input: { id: invitation.id } } }), () => this.projects.reload());
  }

  decline(invitation: ProjectInvitation): void {
    this.answer(invitation, this.declineGQL.mutate({ variables: { input: { id: invitation.id } } }), () => undefined);
  }

  private answer(invitation: ProjectInvitation, call: Observable<unknown>, then: () => void): void {
    this.answering.set(invitation.id);
    this.problem.set(null);
    call.subscribe({
      next: () => {
        this.answering.set(null);
        this.invitations.update((list) => list.filter((i) => i.id !== invitation.id));
        then();
      },
      error: (error: unknown) => {
        this.answering.set(null);
        this.problem.set(changeProblemOf(error, 'this invitation').message);
        // A withdrawn or already answered invitation should leave the list: ask again.
        this.load();
      },
    });
  }
}
