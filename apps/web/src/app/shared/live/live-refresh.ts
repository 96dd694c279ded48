import { Injectable } from '@angular/core';

import { debounceTime, Observable, Subject } from 'rxjs';

/** Changes that come in a burst (a bulk edit, a colleague typing) are loaded once. */
export const REFRESH_DEBOUNCE_MS = 250;

/**
 * Where a colleague's change in a program is announced to the pages showing it (AreaStore listens),
 * apart from the socket itself so a store needs nothing but this to follow along.
 */
@Injectable({ providedIn: 'root' })
export class LiveRefresh {
  private readonly changes = new Subject<string>();

  /** The program whose pages should load again, debounced. */
  readonly refresh$: Observable<string> = this.changes.pipe(debounceTime(REFRESH_DEBOUNCE_MS));

  changed(projectId: string): void {
    this.changes.next(projectId);
  }
}
