import { computed, inject, Injectable, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';

import { ObservableQuery } from '@apollo/client';
import { catchError, map, Observable, of } from 'rxjs';

import {
  CreateProjectGQL,
  CreateProjectInput,
  ProjectsDocument,
  ProjectsGQL,
  ProjectsQuery,
  ProjectSummaryFragment,
} from '@crm/graphql-client';

import { userMessageOf } from '../shared/graphql/graphql-errors';

export type ProjectList =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'loaded'; projects: readonly ListedProject[] };

/** A program as the list shows it: what it is, and where it stands (health, progress, next milestone). */
export type ListedProject = ProjectsQuery['projects'][number];

/**
 * The signed-in user's projects, kept live from the Apollo cache, and the way to add one. Provided
 * by the projects routes, so the list and the create page share it while the area is open.
 */
@Injectable()
export class ProjectsStore {
  private readonly createProjectGQL = inject(CreateProjectGQL);
  // cache-and-network: show what we have at once, then what the server says now.
  private readonly query = inject(ProjectsGQL).watch({ fetchPolicy: 'cache-and-network' });

  readonly list = toSignal(listStates(this.query.valueChanges), { initialValue: { status: 'loading' } as ProjectList });
  readonly projects = computed(() => {
    const list = this.list();
    return list.status === 'loaded' ? list.projects : [];
  });

  /** Archived programs are left out unless the user asks to see them. */
  readonly showArchived = signal(false);

  setShowArchived(show: boolean): void {
    this.showArchived.set(show);
    this.query.refetch({ includeArchived: show }).catch(() => undefined);
  }

  reload(): void {
    // A failed refetch is reported through the watched results; the rejected promise adds nothing.
    this.query.refetch().catch(() => undefined);
  }

  /**
   * Creates the project and puts it at the top of the cached list (the API lists newest first), so
   * the list shows it without asking the server again. Errors reach the caller untouched, for the
   * form to place field messages.
   */
  create(input: CreateProjectInput): Observable<ProjectSummaryFragment> {
    return this.createProjectGQL
      .mutate({
        variables: { input },
        update: (cache, { data }) => {
          const created = data?.createProject;
          if (!created) return;
          cache.updateQuery<ProjectsQuery>({ query: ProjectsDocument }, (current) =>
            current && !current.projects.some((p) => p.id === created.id)
              ? { projects: [created, ...current.projects] }
              : current,
          );
        },
      })
      .pipe(
        map(({ data }) => {
          if (!data) throw new Error($localize`:@@projects.store.noNewProject:The server answered without the new program.`);
          return data.createProject;
        }),
      );
  }
}

function listStates(results: Observable<ObservableQuery.Result<ProjectsQuery>>): Observable<ProjectList> {
  return results.pipe(
    map((result): ProjectList => {
      // Keep showing projects we already have while a refresh is under way or has failed.
      if (result.dataState === 'complete') return { status: 'loaded', projects: result.data.projects };
      if (result.error) return { status: 'error', message: userMessageOf(result.error) };
      return { status: 'loading' };
    }),
    catchError((error: unknown) => of<ProjectList>({ status: 'error', message: userMessageOf(error) })),
  );
}
