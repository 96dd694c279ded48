import { inject, Injectable } from '@angular/core';

import { map, Observable } from 'rxjs';

import { CreatePersonInput, DirectoryPersonFragment, PeopleCreatePersonGQL, PeopleUpdatePersonGQL, UpdatePersonInput } from '@crm/graphql-client';

/** Someone in the people directory, with what the person dialog shows and edits. */
export type DirectoryPerson = DirectoryPersonFragment;

/**
 * Adding and correcting people in the directory, which every program shares: a page that lists
 * people (the team page, search results) opens the person dialog, and the dialog sends through
 * here, so none of them needs the others' stores. Errors reach the caller, for the form to place.
 */
@Injectable({ providedIn: 'root' })
export class PeopleDirectory {
  private readonly createGQL = inject(PeopleCreatePersonGQL);
  private readonly updateGQL = inject(PeopleUpdatePersonGQL);

  create(input: CreatePersonInput): Observable<DirectoryPerson> {
    return this.createGQL.mutate({ variables: { input } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@shared.people.noNew:The server answered without the new person.`);
        return data.createPerson;
      }),
    );
  }

  /** Under the version the caller read; a stale one is refused with CONFLICT. */
  update(input: UpdatePersonInput): Observable<DirectoryPerson> {
    return this.updateGQL.mutate({ variables: { input } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@shared.people.noPerson:The server answered without the person.`);
        return data.updatePerson;
      }),
    );
  }
}
