import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { HistoryPanelComponent } from './history-panel.component';

function event(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'AuditEvent',
    id,
    entityType: 'Milestone',
    entityId: 'm1',
    action: 'UPDATED',
    actorName: 'Priya Planner',
    at: new Date(Date.now() - 5 * 60_000).toISOString(),
    before: '{"due_date":"2026-03-02"}',
    after: '{"due_date":"2026-03-09"}',
    ...overrides,
  };
}

function page(events: ReturnType<typeof event>[], endCursor: string | null) {
  return {
    auditEvents: {
      __typename: 'AuditEventConnection',
      edges: events.map((node) => ({ __typename: 'AuditEventEdge', node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
    },
  };
}

describe('HistoryPanelComponent', () => {
  let fixture: ComponentFixture<HistoryPanelComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideZonelessChangeDetection()],
    });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(HistoryPanelComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.componentRef.setInput('names', new Map([['m1', 'Requirements baseline']]));
    await fixture.whenStable();
  });

  afterEach(() => apollo.verify());

  /** A one-off fetch answers through a promise, a few microtasks after the flush. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  const el = () => fixture.nativeElement as HTMLElement;
  const events = () => [...el().querySelectorAll<HTMLElement>('[data-testid="history-event"]')];
  const loadMore = () => el().querySelector<HTMLButtonElement>('[data-testid="history-load-more"]');

  it('shows who changed what, when, with the change spelled out', async () => {
    apollo.expectOne('HistoryEvents').flushData(page([event('e2')], null));
    await settle();

    const text = events()[0].textContent ?? '';
    expect(text).toContain('Milestone updated');
    expect(text).toContain('Requirements baseline');
    expect(text).toContain('Priya Planner');
    expect(text).toContain('5 minutes ago');
    expect(text).toContain('Due date:');
    expect(text).toContain('2 Mar 2026');
    expect(text).toContain('9 Mar 2026');
    expect(events()[0].querySelector('time')?.getAttribute('title')).toMatch(/\d{4}/);
    expect(loadMore()).toBeNull();
  });

  it('loads older changes after the last cursor and appends them', async () => {
    const first = apollo.expectOne('HistoryEvents');
    expect(first.operation.variables).toMatchObject({ projectId: 'p1', after: null });
    first.flushData(page([event('e3'), event('e2')], 'cursor-2'));
    await settle();

    loadMore()?.click();
    const second = apollo.expectOne('HistoryEvents');
    expect(second.operation.variables).toMatchObject({ projectId: 'p1', after: 'cursor-2' });
    second.flushData(page([event('e1', { action: 'CREATED', before: null, after: '{"name":"Go-live"}' })], null));
    await settle();

    expect(events()).toHaveLength(3);
    expect(events()[2].textContent).toContain('Milestone created');
    expect(loadMore()).toBeNull();
  });

  it("asks only for one record's history when given its id", async () => {
    apollo.expectOne('HistoryEvents').flushData(page([], null));
    fixture.componentRef.setInput('entityId', 't1');
    await settle();

    const request = apollo.expectOne('HistoryEvents');
    expect(request.operation.variables).toMatchObject({ projectId: 'p1', entityId: 't1' });
    request.flushData(page([], null));
    await settle();

    expect(el().querySelector('[data-testid="history-empty"]')?.textContent).toContain('for this item');
  });

  it('explains a failed load and tries again', async () => {
    apollo.expectOne('HistoryEvents').networkError(new Error('offline'));
    await settle();

    const error = el().querySelector('[data-testid="history-error"]');
    expect(error?.textContent).toContain('We could not load the history.');
    error?.querySelector('button')?.click();
    apollo.expectOne('HistoryEvents').flushData(page([event('e1')], null));
    await settle();

    expect(events()).toHaveLength(1);
  });
});
