import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { firstValueFrom } from 'rxjs';
import { beforeEach, describe, expect, it } from 'vitest';

import { ProjectsGQL, SignInGQL } from '@crm/graphql-client';

import { appConfig } from '../app.config';
import { AuthStore, Session, SESSION_STORAGE_KEY } from './auth.store';

const ada: Session = { token: 'token-for-ada', user: { id: 'u1', email: 'ada@example.com', name: 'Ada Lovelace' } };

const unauthenticated = {
  data: null,
  errors: [{ message: 'Sign in to continue.', extensions: { code: 'UNAUTHENTICATED' } }],
};

/** The app's real Apollo set-up, with the HTTP backend replaced by a controllable fake. */
describe('talking to the API with a session', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(ada));
    TestBed.configureTestingModule({ providers: [...appConfig.providers, provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  it('sends the token as a bearer header', async () => {
    const projects = firstValueFrom(TestBed.inject(ProjectsGQL).fetch());

    const request = http.expectOne('/graphql');
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-for-ada');
    request.flush({ data: { projects: [] } });
    await projects;
  });

  it('signs out and goes to sign-in when the API no longer accepts the token', async () => {
    const router = TestBed.inject(Router);
    const projects = firstValueFrom(TestBed.inject(ProjectsGQL).fetch()).catch(() => 'failed');

    http.expectOne('/graphql').flush(unauthenticated);
    expect(await projects).toBe('failed');
    await waitFor(() => router.url.startsWith('/sign-in'));

    expect(TestBed.inject(AuthStore).isSignedIn()).toBe(false);
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(router.url).toContain('reason=session-expired');
  });

  it('keeps the session when a sign-in attempt is refused', async () => {
    const attempt = firstValueFrom(
      TestBed.inject(SignInGQL).mutate({ variables: { input: { email: 'ada@example.com', password: 'wrong' } } }),
    ).catch(() => 'refused');

    http.expectOne('/graphql').flush({
      data: null,
      errors: [{ message: 'Email or password is not right.', extensions: { code: 'UNAUTHENTICATED' } }],
    });

    expect(await attempt).toBe('refused');
    expect(TestBed.inject(AuthStore).isSignedIn()).toBe(true);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for the condition.');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
