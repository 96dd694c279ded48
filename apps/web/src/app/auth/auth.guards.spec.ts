import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { beforeEach, describe, expect, it } from 'vitest';

import { appConfig } from '../app.config';
import { safeReturnUrl } from './auth.guards';
import { SESSION_STORAGE_KEY } from './auth.store';

describe('route guards', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [...appConfig.providers, provideHttpClientTesting()] });
  });

  it('sends a signed-out visitor to sign in, remembering where they were going', async () => {
    const router = TestBed.inject(Router);

    await router.navigateByUrl('/projects/new');

    expect(router.url).toBe('/sign-in?returnUrl=%2Fprojects%2Fnew');
  });

  it('takes a signed-in user from the sign-in page to their projects', async () => {
    localStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ token: 't', user: { id: 'u1', email: 'ada@example.com', name: 'Ada' } }),
    );
    const router = TestBed.inject(Router);

    await router.navigateByUrl('/sign-in');

    expect(router.url).toBe('/projects');
  });

  it('follows only paths inside the app after sign-in', () => {
    expect(safeReturnUrl('/projects/new')).toBe('/projects/new');
    expect(safeReturnUrl('//evil.example/phish')).toBe('/projects');
    expect(safeReturnUrl('https://evil.example')).toBe('/projects');
    expect(safeReturnUrl(undefined)).toBe('/projects');
  });
});
