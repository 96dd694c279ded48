import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { RolloutPageComponent } from './rollout-page.component';

const GO_LIVE_WARNING = 'Wave 2 — DACH goes live on 2026-08-03, after the rollout phase ends (2026-07-01).';
const GO_LIVE_WARNING_MESSAGE = {
  __typename: 'Message' as const,
  code: 'WAVE_GO_LIVE_OUTSIDE_PHASE',
  params: [
    { __typename: 'MessageParam' as const, name: 'wave', value: 'Wave 2 — DACH' },
    { __typename: 'MessageParam' as const, name: 'goLiveDate', value: '2026-08-03' },
    { __typename: 'MessageParam' as const, name: 'side', value: 'AFTER' },
    { __typename: 'MessageParam' as const, name: 'phaseDate', value: '2026-07-01' },
  ],
  // The API's English, which the card does not show: it words the code itself.
  text: 'English from the API',
};

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

function wave(id: string, name: string, goLiveDate: string, done: boolean[]) {
  return {
    __typename: 'RolloutWave',
    id,
    name,
    scope: ['Sales Nordics', 'Service Nordics'],
    goLiveDate,
    status: done.every(Boolean) ? 'READY' : 'PLANNED',
    version: 1,
    readiness: done.filter(Boolean).length / done.length,
    wentLiveAt: null,
    goLiveBlockers: [],
    goLiveOutsidePhase: false,
    goLiveWarningMessage: null as { __typename: 'Message'; code: string; params: { __typename: 'MessageParam'; name: string; value: string }[]; text: string } | null,
    readinessItems: done.map((isDone, i) => ({ __typename: 'ReadinessItem', id: `${id}-i${i}`, label: `Check ${i + 1}`, done: isDone, position: i })),
    milestone: { __typename: 'Milestone', id: `m-${id}`, dueDate: goLiveDate, status: 'PLANNED' },
    keyUsers: [],
  };
}

describe('RolloutPageComponent', () => {
  let fixture: ComponentFixture<RolloutPageComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection()] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(RolloutPageComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    await fixture.whenStable();
    apollo.expectOne('RolloutPage').flushData({
      project: { __typename: 'Project', id: 'p1', myPermission: 'EDITOR' },
      rolloutWaves: [
        wave('w1', 'Wave 1 — Nordics', '2026-05-04', [true, false]),
        { ...wave('w2', 'Wave 2 — DACH', '2026-08-03', [true, true]), goLiveOutsidePhase: true, goLiveWarningMessage: GO_LIVE_WARNING_MESSAGE },
      ],
      roles: [],
    });
    await settle();
  });

  afterEach(() => apollo.verify());

  async function settle(ms = 0): Promise<void> {
    await wait(ms);
    await fixture.whenStable();
  }

  function card(id: string): HTMLElement {
    return (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(`[data-testid="wave-card"][data-wave-id="${id}"]`) as HTMLElement;
  }

  it('shows a card per wave with its scope, readiness and checklist, and each wave on the timeline', () => {
    const page = fixture.nativeElement as HTMLElement;

    expect([...page.querySelectorAll<HTMLElement>('[data-testid="timeline-wave"]')].map((m) => m.dataset['waveId'])).toEqual(['w1', 'w2']);
    expect(page.querySelector('[data-testid="timeline-today"]')).not.toBeNull();
    expect(card('w1').querySelector('[data-testid="wave-scope"]')?.textContent).toContain('Service Nordics');
    expect(card('w1').querySelector('[data-testid="wave-readiness"]')?.textContent).toContain('1 of 2 ready');
    expect(card('w1').querySelectorAll('[data-testid="readiness-item"]')).toHaveLength(2);
    expect(card('w2').querySelector('[data-testid="wave-status"]')?.textContent).toContain('Ready to go live');
  });

  it('warns on the card of a wave going live outside the rollout phase, and only there', () => {
    expect(card('w2').querySelector('[data-testid="wave-go-live-warning"]')?.textContent).toContain(GO_LIVE_WARNING);
    expect(card('w1').querySelector('[data-testid="wave-go-live-warning"]')).toBeNull();
  });

  it('lists what is still open when the wave cannot go live yet', async () => {
    card('w1').querySelector<HTMLButtonElement>('[data-testid="go-live"]')?.click();
    await settle();

    apollo.expectOne('RolloutGoLive').graphqlErrors([
      { message: 'Wave 1 — Nordics cannot go live yet: Not ready: Check 2.', extensions: { code: 'GATE_BLOCKED', blockers: ['Not ready: Check 2'] } },
    ]);
    await settle();

    expect(card('w1').querySelector('[data-testid="go-live-blockers"]')?.textContent).toContain('Not ready: Check 2');
  });

  it('says when nobody can be picked as a key user yet', () => {
    expect(card('w1').textContent).toContain('Nobody holds the Key user role in this program yet.');
  });
});
