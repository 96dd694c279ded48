import { Injectable, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { CombinedGraphQLErrors } from '@apollo/client';
import { Observable, Subject } from 'rxjs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { LiveRefresh, REFRESH_DEBOUNCE_MS } from '../live/live-refresh';
import { AreaStore, canEditWith } from './area-store';

interface PlanPage {
  project: { myPermission: string };
  items: string[];
}

/** A minimal area: its page query answers when the test says so. */
@Injectable()
class PlanStore extends AreaStore<PlanPage> {
  protected readonly content = 'the plan';
  protected readonly thing = 'this item';
  answers = new Subject<{ data?: PlanPage }>();
  asked: string[] = [];
  forgotten = 0;

  protected query(): Observable<{ data?: PlanPage }> {
    this.asked.push(this.projectId);
    this.answers = new Subject();
    return this.answers;
  }

  protected override forget(): void {
    this.forgotten++;
  }

  /** A change the API refused, as an area's mutation would report it. */
  refuse(error: unknown): void {
    this.refused(error);
  }

  save(message: string): void {
    this.changed(message);
  }
}

const page = (myPermission: string, items: string[] = ['a']): { data: PlanPage } => ({ data: { project: { myPermission }, items } });

describe('AreaStore', () => {
  let store: PlanStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), PlanStore] });
    store = TestBed.inject(PlanStore);
    store.open('p1');
  });

  it('loads the page again, once, shortly after a burst of changes by colleagues, keeping it on screen', () => {
    vi.useFakeTimers();
    try {
      store.answers.next(page('EDITOR', ['a']));
      const live = TestBed.inject(LiveRefresh);
      live.changed('elsewhere');
      vi.advanceTimersByTime(REFRESH_DEBOUNCE_MS + 1);
      expect(store.asked).toEqual(['p1']);
      live.changed('p1');
      live.changed('p1');
      vi.advanceTimersByTime(REFRESH_DEBOUNCE_MS + 1);
      expect(store.asked).toEqual(['p1', 'p1']);
      expect(store.data()?.items).toEqual(['a']);
      expect(store.refreshing()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a spinner until the page arrives, then the page', () => {
    expect(store.load()).toEqual({ status: 'loading' });

    store.answers.next(page('EDITOR'));

    expect(store.load()).toEqual({ status: 'loaded' });
    expect(store.data()?.items).toEqual(['a']);
  });

  it('lets editors and owners change things, and nobody until the permission is known', () => {
    expect(store.canEdit()).toBe(false);
    store.answers.next(page('VIEWER'));
    expect(store.canEdit()).toBe(false);
    expect(canEditWith('EDITOR')).toBe(true);
    expect(canEditWith('OWNER')).toBe(true);
  });

  it('a failed first load is an error page with the reason', () => {
    store.answers.error(new TypeError('Failed to fetch'));

    expect(store.load()).toMatchObject({ status: 'error', message: expect.stringContaining('could not reach the server') });
  });

  it('a failed refresh keeps the page on screen and offers a reload', () => {
    store.answers.next(page('EDITOR'));
    store.reload();
    expect(store.refreshing()).toBe(true);

    store.answers.error(new TypeError('Failed to fetch'));

    expect(store.load().status).toBe('loaded');
    expect(store.data()?.items).toEqual(['a']);
    expect(store.notice()).toMatchObject({ kind: 'problem', offerReload: true, message: expect.stringContaining('We could not refresh the plan.') });
  });

  it('a change that went through says so and loads the page again', () => {
    store.answers.next(page('EDITOR'));
    store.save('Saved “a”.');

    expect(store.notice()).toEqual({ kind: 'done', message: 'Saved “a”.', offerReload: false });
    expect(store.asked).toEqual(['p1', 'p1']);
  });

  it('a refused change is worded by its code: CONFLICT blames someone else, INVALID_STATE does not', () => {
    const error = (code: string, message: string) => new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code, state: 'DONE' } }] });

    store.refuse(error('CONFLICT', 'stale'));
    expect(store.notice()).toMatchObject({ message: expect.stringContaining('Someone else changed this item'), offerReload: true });

    store.refuse(error('INVALID_STATE', 'This item is already done.'));
    expect(store.notice()).toEqual({ kind: 'problem', message: 'This item is already done.', offerReload: false });
  });

  it('switching project drops the old page and what belonged to it', () => {
    store.answers.next(page('EDITOR'));
    const forgottenBefore = store.forgotten;
    store.open('p2');

    expect(store.data()).toBeNull();
    expect(store.load()).toEqual({ status: 'loading' });
    expect(store.forgotten).toBe(forgottenBefore + 1);
    expect(store.asked).toEqual(['p1', 'p2']);
  });
});
