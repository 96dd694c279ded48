import { TestBed } from '@angular/core/testing';
import { beforeEach, describe, expect, it } from 'vitest';

import { AuthStore, Session, SESSION_STORAGE_KEY } from './auth.store';

const ada: Session = { token: 'token-for-ada', user: { id: 'u1', email: 'ada@example.com', name: 'Ada Lovelace' } };

/** A fresh injector stands in for a page reload: the store is built again from localStorage. */
function storeAfterReload(): AuthStore {
  TestBed.resetTestingModule();
  return TestBed.inject(AuthStore);
}

describe('AuthStore', () => {
  beforeEach(() => localStorage.clear());

  it('starts signed out when nothing is stored', () => {
    const store = TestBed.inject(AuthStore);
    expect(store.isSignedIn()).toBe(false);
    expect(store.token()).toBeNull();
  });

  it('keeps the user signed in across a reload', () => {
    TestBed.inject(AuthStore).signedIn(ada);

    const reloaded = storeAfterReload();

    expect(reloaded.isSignedIn()).toBe(true);
    expect(reloaded.token()).toBe('token-for-ada');
    expect(reloaded.user()?.name).toBe('Ada Lovelace');
  });

  it('forgets the token on sign-out, also after a reload', () => {
    const store = TestBed.inject(AuthStore);
    store.signedIn(ada);

    store.signedOut();

    expect(store.token()).toBeNull();
    expect(storeAfterReload().isSignedIn()).toBe(false);
  });

  it('treats an unreadable stored session as signed out', () => {
    localStorage.setItem(SESSION_STORAGE_KEY, '{"token": "half a sess');
    expect(storeAfterReload().isSignedIn()).toBe(false);

    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 'token-without-user' }));
    expect(storeAfterReload().isSignedIn()).toBe(false);
  });
});
