import { BreakpointObserver } from '@angular/cdk/layout';
import { effect, inject, Injectable, linkedSignal, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';

import { map } from 'rxjs';

/** Below this width the side navigation is a drawer opened from the top bar. Keep in step with the styles' 767.98px. */
export const PHONE_QUERY = '(max-width: 767.98px)';

const COLLAPSED_KEY = 'crm-rollout-tracker.program-nav-collapsed';

function readCollapsed(): boolean {
  try {
    return localStorage.getItem(COLLAPSED_KEY) === 'true';
  } catch {
    // Storage can be switched off; the navigation then simply starts open.
    return false;
  }
}

/**
 * The program's side navigation as the top bar and the program frame share it: whether a program
 * is open (so the top bar offers its menu button), whether the drawer is open on a phone, and
 * whether the navigation is collapsed on a wider screen, which survives reloads.
 */
@Injectable({ providedIn: 'root' })
export class ProgramNavState {
  /** The window is phone-narrow; follows resizes and rotations, the observer answering at once with the current width. */
  readonly phone = toSignal(inject(BreakpointObserver).observe(PHONE_QUERY).pipe(map((state) => state.matches)), { requireSync: true });

  private readonly present = signal(0);
  /**
   * Asked for on a phone, and reset by every crossing of the breakpoint: a drawer left open on a
   * narrow window would otherwise be waiting over the page the next time the window narrows.
   */
  private readonly drawer = linkedSignal({ source: this.phone, computation: () => false });
  private readonly collapsedState = signal(readCollapsed());

  /** A program's navigation is on the page. */
  readonly available = () => this.present() > 0;
  /** The phone's drawer is showing. */
  readonly drawerOpen = () => this.drawer() && this.phone() && this.available();
  /** On a wide screen, the links are folded away behind their toggle. */
  readonly collapsed = this.collapsedState.asReadonly();

  constructor() {
    effect(() => {
      const collapsed = this.collapsedState();
      try {
        localStorage.setItem(COLLAPSED_KEY, String(collapsed));
      } catch {
        // Not remembered across reloads then; nothing else depends on it.
      }
    });
  }

  /** Called by the program frame while it is shown; the returned function takes it back. */
  attach(): () => void {
    this.present.update((count) => count + 1);
    return () => {
      this.present.update((count) => count - 1);
      this.drawer.set(false);
    };
  }

  toggleCollapsed(): void {
    this.collapsedState.update((collapsed) => !collapsed);
  }

  openDrawer(): void {
    this.drawer.set(true);
  }

  closeDrawer(): void {
    this.drawer.set(false);
  }
}
