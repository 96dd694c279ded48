import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { Apollo } from 'apollo-angular';
import { beforeEach, describe, expect, it } from 'vitest';

import { ProjectsDocument } from '@crm/graphql-client';

import { appConfig } from '../app.config';
import { AuthStore, SESSION_STORAGE_KEY } from './auth.store';
import { SignOutService } from './sign-out.service';

describe('SignOutService', () => {
  beforeEach(() => {
    localStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ token: 'token-for-ada', user: { id: 'u1', email: 'ada@example.com', name: 'Ada' } }),
    );
    TestBed.configureTestingModule({ providers: [...appConfig.providers, provideHttpClientTesting()] });
  });

  it("forgets the token and the previous user's cached projects, then shows sign-in", async () => {
    const cache = TestBed.inject(Apollo).client.cache;
    cache.writeQuery({
      query: ProjectsDocument,
      data: {
        projects: [
          {
            __typename: 'Project',
            id: 'p1',
            name: 'EMEA sales rollout',
            crmProduct: 'Dynamics 365',
            startDate: '2026-03-02',
            targetGoLiveDate: '2026-09-30',
            status: 'ACTIVE',
            version: 1,
            createdAt: '2026-01-10T09:00:00.000Z',
          },
        ],
      },
    });

    await TestBed.inject(SignOutService).signOut();

    expect(TestBed.inject(AuthStore).token()).toBeNull();
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(cache.readQuery({ query: ProjectsDocument })).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/sign-in');
  });
});
