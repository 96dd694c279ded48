import { computed, Injectable, signal } from '@angular/core';

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  /** The language chosen in the profile (en, nl, it); null follows the browser. */
  locale?: string | null;
  /** The IANA zone chosen in the profile; null or absent follows the browser. */
  timeZone?: string | null;
}

export interface Session {
  token: string;
  user: SignedInUser;
}

/** Where the session survives a reload. Exported so tests can seed and inspect it. */
export const SESSION_STORAGE_KEY = 'crm-rollout-tracker.session';

/**
 * Who is signed in, read once from localStorage at start-up and written back on every change.
 * Knows nothing of Apollo or the router, so the Apollo links can depend on it without a cycle.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly session = signal<Session | null>(readStoredSession());

  readonly token = computed(() => this.session()?.token ?? null);
  readonly user = computed(() => this.session()?.user ?? null);
  readonly isSignedIn = computed(() => this.session() !== null);

  signedIn(session: Session): void {
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    this.session.set(session);
  }

  signedOut(): void {
    localStorage.removeItem(SESSION_STORAGE_KEY);
    this.session.set(null);
  }
}

/** A stored session that is unreadable or from an older shape counts as signed out. */
function readStoredSession(): Session | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? 'null') as Partial<Session> | null;
    const user = parsed?.user;
    if (typeof parsed?.token !== 'string' || !parsed.token) return null;
    if (typeof user?.id !== 'string' || typeof user.name !== 'string' || typeof user.email !== 'string') return null;
    return {
      token: parsed.token,
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        locale: typeof user.locale === 'string' ? user.locale : null,
        timeZone: typeof user.timeZone === 'string' ? user.timeZone : null,
      },
    };
  } catch {
    return null;
  }
}
