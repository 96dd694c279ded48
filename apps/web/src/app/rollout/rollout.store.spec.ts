import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { VIEW_ONLY_MESSAGE } from '../shared/graphql/change-problems';
import { RolloutStore, RolloutWave, withItem } from './rollout.store';

const settle = () => new Promise((resolve) => setTimeout(resolve));

function wave(overrides: Partial<RolloutWave> = {}): RolloutWave & { __typename: string } {
  return {
    __typename: 'RolloutWave',
    id: 'w1',
    name: 'Wave 1 — Nordics',
    scope: ['Sales Nordics'],
    goLiveDate: '2026-05-04',
    status: 'PLANNED',
    version: 2,
    readiness: 0.5,
    wentLiveAt: null,
    goLiveBlockers: ['Not ready: Users trained'],
    goLiveOutsidePhase: false,
    goLiveWarningMessage: null,
    readinessItems: [
      { id: 'i1', label: 'Data migrated', done: true, position: 1 },
      { id: 'i2', label: 'Users trained', done: false, position: 2 },
    ],
    milestone: null,
    keyUsers: [],
    ...overrides,
  };
}

function rolloutPage() {
  return {
    project: { __typename: 'Project', id: 'p1', myPermission: 'EDITOR' },
    rolloutWaves: [wave()],
    roles: [
      {
        __typename: 'Role',
        id: 'r-ku',
        key: 'KEY_USER',
        holders: [
          { __typename: 'RoleAssignment', id: 'a1', person: { __typename: 'Person', id: 'ola', name: 'Ola Nordmann' } },
          { __typename: 'RoleAssignment', id: 'a2', person: { __typename: 'Person', id: 'bo', name: 'Bo Berg' } },
        ],
      },
      { __typename: 'Role', id: 'r-tr', key: 'TRAINER', holders: [] },
    ],
  };
}

describe('RolloutStore', () => {
  let store: RolloutStore;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), RolloutStore] });
    store = TestBed.inject(RolloutStore);
    apollo = TestBed.inject(ApolloTestingController);
    store.open('p1');
    apollo.expectOne('RolloutPage').flushData(rolloutPage());
    await settle();
  });

  afterEach(() => apollo.verify());

  it('offers only the project’s key users, by name', () => {
    expect(store.keyUserChoices().map((p) => p.name)).toEqual(['Bo Berg', 'Ola Nordmann']);
  });

  it('lists the open readiness items on the card when the go-live gate refuses', async () => {
    store.goLive(store.waves()[0]);
    expect(store.busy().has('w1')).toBe(true);

    apollo.expectOne('RolloutGoLive').graphqlErrors([
      {
        message: 'Wave 1 — Nordics cannot go live yet: Not ready: Users trained.',
        extensions: { code: 'GATE_BLOCKED', blockers: ['Not ready: Users trained'] },
      },
    ]);
    await settle();

    expect(store.busy().has('w1')).toBe(false);
    expect(store.problems().get('w1')).toEqual({
      message: 'This wave cannot go live yet. Still open on its readiness checklist:',
      blockers: ['Not ready: Users trained'],
      advice: 'Tick them off when they are done, then try again.',
      offerReload: false,
    });
    expect(store.waves()[0].status).toBe('PLANNED');
  });

  it('says why hypercare cannot end when closing the wave is refused', async () => {
    store.closeWave(store.waves()[0]);
    apollo.expectOne('RolloutCloseWave').graphqlErrors([
      {
        message: 'Nordics’s hypercare cannot end yet. Urgent support items are still open (1 of severity 1).',
        extensions: { code: 'GATE_BLOCKED', blockers: ['Urgent support items are still open (1 of severity 1)'] },
      },
    ]);
    await settle();

    expect(store.problems().get('w1')).toEqual({
      message: 'Hypercare cannot end yet, so the wave stays live:',
      blockers: ['Urgent support items are still open (1 of severity 1)'],
      advice: 'The Hypercare page shows its support items; close the wave once they allow it.',
      offerReload: false,
    });
  });

  it('ticks a readiness item at once and takes the wave as the server leaves it', async () => {
    const current = store.waves()[0];
    store.setItem(current, current.readinessItems[1], true);

    expect(store.waves()[0].readiness).toBe(1);
    const ready = wave({
      status: 'READY',
      version: 3,
      readiness: 1,
      goLiveBlockers: [],
      readinessItems: current.readinessItems.map((item) => ({ ...item, done: true })),
    });
    apollo
      .expectOne('RolloutSetReadinessItem')
      .flushData({ setReadinessItem: { __typename: 'ReadinessItem', id: 'i2', label: 'Users trained', done: true, position: 2, wave: ready } });
    await settle();

    expect(store.waves()[0]).toMatchObject({ status: 'READY', version: 3 });
    expect(store.pendingItems().size).toBe(0);
  });

  it('unticks the item again when the server refuses', async () => {
    const current = store.waves()[0];
    store.setItem(current, current.readinessItems[1], true);

    apollo.expectOne('RolloutSetReadinessItem').graphqlErrors([{ message: 'You may not change this project.', extensions: { code: 'FORBIDDEN' } }]);
    await settle();

    expect(store.waves()[0].readinessItems[1].done).toBe(false);
    expect(store.waves()[0].readiness).toBe(0.5);
    expect(store.problems().get('w1')?.message).toBe(VIEW_ONLY_MESSAGE);
  });

  it('moves the go-live date, naming the version it read', async () => {
    store.setGoLiveDate(store.waves()[0], '2026-06-01');

    expect(apollo.expectOne('RolloutUpdateWave').operation.variables).toEqual({ input: { id: 'w1', version: 2, goLiveDate: '2026-06-01' } });
  });
});

describe('withItem', () => {
  it('recomputes readiness from the checklist', () => {
    const next = withItem(wave(), 'i1', false);

    expect(next.readiness).toBe(0);
    expect(next.readinessItems.map((item) => item.done)).toEqual([false, false]);
  });
});
