import { DOCUMENT, Location } from '@angular/common';
import { inject, Injectable, InjectionToken, signal } from '@angular/core';
import { NavigationEnd, NavigationError, Router } from '@angular/router';

/** Loads a page afresh from the server; a token so unit tests can watch it instead. */
export const FULL_PAGE_LOAD = new InjectionToken<(url: string) => void>('full page load', {
  providedIn: 'root',
  factory: () => {
    const document = inject(DOCUMENT);
    return (url: string) => document.location.assign(url);
  },
});

/**
 * How browsers and bundlers word a lazily loaded script that did not arrive: Chromium, Firefox,
 * Safari, and webpack-style chunk loaders.
 */
const CHUNK_FAILURE =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|ChunkLoadError|Loading chunk [\w-]+ failed/i;

export function isChunkLoadFailure(error: unknown): boolean {
  if (error instanceof Error) return CHUNK_FAILURE.test(`${error.name}: ${error.message}`);
  return typeof error === 'string' && CHUNK_FAILURE.test(error);
}

export interface PageLoadFailure {
  /** The address the user was going to, inside the app (`/projects/…/health`). */
  url: string;
  /** How many times in a row going there failed. */
  attempts: number;
  /** A retry is under way. */
  retrying: boolean;
}

/**
 * A page whose code did not arrive: the network is gone, or the app was deployed again and the
 * old code's files are no longer served. The first retry goes there again (the network may be
 * back); once that failed too, retrying loads the app afresh, which brings the new version.
 */
@Injectable({ providedIn: 'root' })
export class PageLoadProblem {
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  private readonly fullPageLoad = inject(FULL_PAGE_LOAD);
  private readonly state = signal<PageLoadFailure | null>(null);

  readonly failure = this.state.asReadonly();

  constructor() {
    this.router.events.subscribe((event) => {
      if (event instanceof NavigationEnd) this.state.set(null);
    });
  }

  /** The router's navigation error handler: notes a page that failed to load, ignores every other error. */
  noticeNavigationError(error: NavigationError): void {
    if (!isChunkLoadFailure(error.error)) return;
    this.state.update((previous) => ({
      url: error.url,
      attempts: previous?.url === error.url ? previous.attempts + 1 : 1,
      retrying: false,
    }));
  }

  /** Whether the next retry loads the whole app again rather than only the page. */
  reloadsApp(): boolean {
    return (this.state()?.attempts ?? 0) > 1;
  }

  retry(): void {
    const failure = this.state();
    if (!failure || failure.retrying) return;
    if (this.reloadsApp()) {
      this.fullPageLoad(this.location.prepareExternalUrl(failure.url));
      return;
    }
    this.state.set({ ...failure, retrying: true });
    // A failure comes back through noticeNavigationError; a navigation cancelled on the way only ends the retry.
    this.router.navigateByUrl(failure.url).then(
      (arrived) => {
        if (!arrived) this.state.update((current) => current && { ...current, retrying: false });
      },
      () => undefined,
    );
  }

  dismiss(): void {
    this.state.set(null);
  }
}
