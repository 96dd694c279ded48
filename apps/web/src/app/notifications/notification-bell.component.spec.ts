import { ApplicationRef, provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { NotificationBellComponent } from './notification-bell.component';

const notification = (id: string, title: string, read: boolean, extra: Record<string, unknown> = {}) => ({
  __typename: 'Notification',
  id,
  kind: 'TASK_ASSIGNED',
  title,
  body: '',
  params: '{}',
  link: `/projects/p1/tasks?task=${id}`,
  projectId: 'p1',
  projectName: 'Nordics rollout',
  createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
  read,
  actor: null,
  ...extra,
});

/** Apollo hands results over on a later turn: let them arrive, then let the view catch up. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  await TestBed.inject(ApplicationRef).whenStable();
}

describe('NotificationBellComponent', () => {
  let fixture: ComponentFixture<NotificationBellComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideZonelessChangeDetection(), provideRouter([{ path: '**', children: [] }])],
    });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(NotificationBellComponent);
    await settle();
  });
  afterEach(() => fixture.destroy());

  const bell = () => fixture.nativeElement.querySelector('[data-testid="notification-bell"]') as HTMLButtonElement;
  const badge = () => fixture.nativeElement.querySelector('[data-testid="notification-count"]') as HTMLElement | null;
  const inOverlay = (testId: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];

  async function countIs(n: number): Promise<void> {
    apollo.expectOne('UnreadNotificationCount').flushData({ unreadNotificationCount: n });
    await settle();
  }

  it('names the unread count and shows it on the badge', async () => {
    await countIs(3);
    expect(bell().getAttribute('aria-label')).toBe('Notifications, 3 unread');
    expect(badge()?.textContent?.trim()).toBe('3');
  });

  it('shows no badge and a plain name when everything is read', async () => {
    await countIs(0);
    expect(bell().getAttribute('aria-label')).toBe('Notifications');
    expect(badge()).toBeNull();
  });

  it('counts a notification that arrives live', async () => {
    await countIs(2);
    apollo.expectOne('NotificationAdded').flushData({ notificationAdded: notification('n9', 'Fresh one', false) });
    await settle();
    expect(bell().getAttribute('aria-label')).toBe('Notifications, 3 unread');
  });

  it('lists the newest when opened, opens one (marking it read), and marks all read', async () => {
    await countIs(2);
    bell().click();
    await settle();
    const list = apollo.expectOne('Notifications');
    expect(list.operation.variables).toMatchObject({ first: 8, unreadOnly: false });
    list.flushData({
      notifications: {
        __typename: 'NotificationConnection',
        unreadCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [
          { __typename: 'NotificationEdge', cursor: 'c1', node: notification('n1', 'Data migration came to you', false) },
          { __typename: 'NotificationEdge', cursor: 'c2', node: notification('n2', 'Design gate is blocked', false) },
          { __typename: 'NotificationEdge', cursor: 'c3', node: notification('n3', 'Old news', true, { projectName: null }) },
        ],
      },
    });
    await settle();
    const items = inOverlay('notification-item');
    expect(items.map((i) => i.querySelector('.title')?.textContent?.trim())).toEqual(['Data migration came to you', 'Design gate is blocked', 'Old news']);
    expect(items[0]!.textContent).toContain('5 minutes ago · Nordics rollout');
    // Hovering the relative time shows the exact one, in the viewer's zone with the zone named.
    const exact = items[0]!.querySelector('.meta')?.getAttribute('title') ?? '';
    expect(exact).toMatch(/\d{1,2}:\d{2}/);
    expect(exact).toMatch(/\d{4}/);
    expect(items[0]!.classList).toContain('unread');
    expect(items[2]!.classList).not.toContain('unread');

    items[0]!.click();
    const mark = apollo.expectOne('MarkNotificationsRead');
    expect(mark.operation.variables).toEqual({ input: { ids: ['n1'] } });
    mark.flushData({ markNotificationsRead: 1 });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/projects/p1/tasks?task=n1');
    expect(bell().getAttribute('aria-label')).toBe('Notifications, 1 unread');

    bell().click();
    await settle();
    apollo.expectOne('Notifications').flushData({
      notifications: {
        __typename: 'NotificationConnection',
        unreadCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [{ __typename: 'NotificationEdge', cursor: 'c2', node: notification('n2', 'Design gate is blocked', false) }],
      },
    });
    await settle();
    inOverlay('notifications-mark-all')[0]!.click();
    const all = apollo.expectOne('MarkNotificationsRead');
    expect(all.operation.variables).toEqual({ input: { ids: [] } });
    all.flushData({ markNotificationsRead: 0 });
    await settle();
    expect(bell().getAttribute('aria-label')).toBe('Notifications');
    expect(badge()).toBeNull();
  });
});
