import { computed, effect, inject, Signal, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

import { Observable, Subscription } from 'rxjs';

import { ChangeProblem, changeProblemOf } from '../graphql/change-problems';
import { userMessageOf } from '../graphql/graphql-errors';
import { LiveRefresh } from '../live/live-refresh';
import type { PageNotice } from '../ui/page-notice.component';

/** Where one call for a page's data stands: on its way, failed with a message, or answered. */
export type CallState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'loaded' };

/** What the page query of every project area carries: the user's permission in the project. */
export interface ProjectScoped {
  project: { myPermission: string };
}

/** Viewers see a project as it is; until we know, nobody gets controls that might not work. */
export function canEditWith(permission: string | undefined): boolean {
  return permission !== undefined && permission !== 'VIEWER';
}

/**
 * Opens `store` on the page's project, and again whenever the route moves to another one. Call it
 * from a page component's constructor (it needs the injection context for its effect).
 */
export function followProject(store: { open(projectId: string): void }, projectId: Signal<string>): void {
  effect(() => {
    const id = projectId();
    untracked(() => store.open(id));
  });
}

/** A refused change as a page notice. */
export function problemNotice(problem: ChangeProblem): PageNotice {
  return { kind: 'problem', message: problem.message, offerReload: problem.offerReload };
}

export function doneNotice(message: string): PageNotice {
  return { kind: 'done', message, offerReload: false };
}

/** Adds or removes `key`, as a new set, for the signals that track work in flight per record. */
export function toggledSet(current: ReadonlySet<string>, key: string, present: boolean): ReadonlySet<string> {
  const next = new Set(current);
  if (present) next.add(key);
  else next.delete(key);
  return next;
}

/**
 * The store behind one project area's page: its page query and how that call stands, whether the
 * user may edit, the notice about the last change, and loading again. Data already on screen stays
 * there while a refresh is under way or has failed: a flaky connection should not blank a page
 * someone is reading, so a failed refresh is a notice with a reload, not an error page.
 *
 * Each area's store extends it with its own queries and changes; the page provides the store, so
 * it lives as long as the page.
 */
export abstract class AreaStore<TData extends ProjectScoped> {
  protected projectId = '';
  private request?: Subscription;

  readonly data = signal<TData | null>(null);
  readonly load = signal<CallState>({ status: 'loading' });
  readonly refreshing = signal(false);
  readonly notice = signal<PageNotice | null>(null);
  readonly canEdit = computed(() => canEditWith(this.data()?.project.myPermission));

  /** A colleague changed the program: load the page again, keeping it on screen meanwhile. */
  private readonly liveRefresh = inject(LiveRefresh)
    .refresh$.pipe(takeUntilDestroyed())
    .subscribe((projectId) => {
      if (projectId === this.projectId && this.data()) this.refreshForColleague();
    });

  /** What a colleague's change loads again: the page query; stores with pages of their own add those. */
  protected refreshForColleague(): void {
    this.fetch();
  }

  /** The page's content in words, e.g. "the KPIs", for "We could not refresh the KPIs." */
  protected abstract readonly content: string;
  /** What a refused change was about, e.g. "this KPI", for the notices `changeProblemOf` words. */
  protected abstract readonly thing: string;

  /** The page query for `projectId` (always from the network: the API owns the rules). */
  protected abstract query(): Observable<{ data?: TData }>;

  /** Called with each answer of the page query, after `data` holds it. */
  protected loaded(data: TData): void {
    void data;
  }

  /** Called when the page switches to another project: drop what belonged to the old one. */
  protected forget(): void {
    return;
  }

  /** Shows the area of `projectId`, loading it from the server. */
  open(projectId: string): void {
    this.switchTo(projectId);
    this.notice.set(null);
    this.fetch();
  }

  /** Loads the page again, keeping the current one on screen meanwhile. */
  reload(): void {
    this.notice.set(null);
    this.fetch();
  }

  dismissNotice(): void {
    this.notice.set(null);
  }

  protected switchTo(projectId: string): void {
    if (projectId !== this.projectId) {
      this.data.set(null);
      this.forget();
    }
    this.projectId = projectId;
  }

  /** Asks the page query again, dropping any answer to an older request. */
  protected fetch(): void {
    this.request?.unsubscribe();
    if (this.data()) this.refreshing.set(true);
    else this.load.set({ status: 'loading' });
    this.request = this.query().subscribe({
      next: ({ data }) => {
        this.refreshing.set(false);
        if (!data) return this.load.set({ status: 'error', message: userMessageOf(null) });
        this.data.set(data);
        this.load.set({ status: 'loaded' });
        this.loaded(data);
      },
      error: (error: unknown) => {
        this.refreshing.set(false);
        // A failed refresh keeps the page on screen and says so; a failed first load has nothing to show.
        if (this.data()) {
          this.notice.set({ kind: 'problem', message: $localize`:@@shared.area.refreshFailed:We could not refresh ${this.content}:what:. ${userMessageOf(error)}:reason:`, offerReload: true });
        } else {
          this.load.set({ status: 'error', message: userMessageOf(error) });
        }
      },
    });
  }

  /** A change went through and may have moved more than its record: say so and load again. */
  protected changed(message: string): void {
    this.notice.set(doneNotice(message));
    this.fetch();
  }

  protected done(message: string): void {
    this.notice.set(doneNotice(message));
  }

  /** A change was refused: the notice says why, worded by error code. */
  protected refused(error: unknown): void {
    this.notice.set(problemNotice(changeProblemOf(error, this.thing)));
  }
}
