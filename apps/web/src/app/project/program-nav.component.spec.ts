import { MediaMatcher } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { beforeEach, describe, expect, it } from 'vitest';

import { PHONE_QUERY, ProgramNavState } from '../shared/navigation/program-nav-state';
import { ProgramNavComponent } from './program-nav.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

@Component({ selector: 'crm-area-stub', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class AreaStubComponent {}

/**
 * The browser's media queries for a window whose width the spec sets, as a resize or a rotation
 * changes it: the CDK's BreakpointObserver asks this for its queries and listens to their changes.
 */
class ResizableWindow {
  width = 1440;
  private readonly lists: { query: string; matches: boolean; listeners: Set<(event: { matches: boolean }) => void> }[] = [];

  readonly matcher = {
    matchMedia: (query: string) => {
      const list = { query, matches: this.matches(query), listeners: new Set<(event: { matches: boolean }) => void>() };
      this.lists.push(list);
      return {
        media: query,
        get matches() {
          return list.matches;
        },
        addListener: (listener: (event: { matches: boolean }) => void) => list.listeners.add(listener),
        removeListener: (listener: (event: { matches: boolean }) => void) => list.listeners.delete(listener),
      };
    },
  };

  resizeTo(width: number): void {
    this.width = width;
    for (const list of this.lists) {
      const matches = this.matches(list.query);
      if (matches === list.matches) continue;
      list.matches = matches;
      for (const listener of list.listeners) listener({ matches });
    }
  }

  private matches(query: string): boolean {
    // Other queries (the CDK's high-contrast check) see a plain screen.
    return query === PHONE_QUERY && this.width <= 767.98;
  }
}

describe('the program side navigation', () => {
  let host: HTMLElement;
  let render: () => Promise<void>;
  let browserWindow: ResizableWindow;

  async function start(): Promise<void> {
    browserWindow = new ResizableWindow();
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([{ path: ':area', component: AreaStubComponent }]),
        { provide: MediaMatcher, useValue: browserWindow.matcher },
      ],
    });
    const fixture = TestBed.createComponent(ProgramNavComponent);
    host = fixture.nativeElement as HTMLElement;
    render = async () => {
      await wait();
      fixture.detectChanges();
      await fixture.whenStable();
    };
    await TestBed.inject(Router).navigateByUrl('/requirements');
    await render();
  }

  beforeEach(async () => {
    localStorage.clear();
    await start();
  });

  const link = (area: string) => host.querySelector<HTMLAnchorElement>(`[data-testid="project-tab-${area}"]`)!;
  const toggle = () => host.querySelector<HTMLButtonElement>('[data-testid="program-nav-toggle"]')!;

  it('is a labelled navigation landmark with the links grouped by phase, the current page marked', () => {
    const nav = host.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).toBe('Program sections');
    const needs = [...nav.querySelectorAll('ul')].find((list) => list.getAttribute('aria-labelledby') && host.querySelector(`#${list.getAttribute('aria-labelledby')}`)?.textContent === 'Needs analysis');
    expect([...needs!.querySelectorAll('a')].map((a) => a.textContent?.trim())).toEqual(['Requirements']);
    expect(link('requirements').getAttribute('aria-current')).toBe('page');
    expect(link('overview').getAttribute('aria-current')).toBeNull();
  });

  it('folds its links away with the toggle, and stays folded after a reload', async () => {
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    toggle().click();
    await render();
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(toggle().getAttribute('aria-label')).toBe('Show program sections');
    expect(host.querySelector<HTMLElement>('#program-section-links')!.hidden).toBe(true);

    // A reload starts the app afresh: a new state service reading what was stored.
    await start();
    expect(TestBed.inject(ProgramNavState).collapsed()).toBe(true);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    toggle().click();
    await render();
    expect(host.querySelector<HTMLElement>('#program-section-links')!.hidden).toBe(false);
  });

  it('becomes a closed drawer when the window narrows to a phone, and the column again when it widens', async () => {
    const nav = TestBed.inject(ProgramNavState);
    const detach = nav.attach();
    expect(host.classList.contains('phone')).toBe(false);
    expect(toggle()).not.toBeNull();

    browserWindow.resizeTo(390);
    await render();
    expect(host.classList.contains('phone')).toBe(true);
    expect(host.classList.contains('open')).toBe(false);
    expect(host.querySelector('[data-testid="program-nav-backdrop"]')).toBeNull();
    expect(host.querySelector('[data-testid="program-nav-close"]')).not.toBeNull();
    expect(toggle()).toBeNull();

    // Opened from the top bar, then the window widens: the links are the column beside the page again.
    nav.openDrawer();
    await render();
    expect(host.classList.contains('open')).toBe(true);
    browserWindow.resizeTo(1440);
    await render();
    expect(host.classList.contains('phone')).toBe(false);
    expect(host.classList.contains('open')).toBe(false);
    expect(host.querySelector('[data-testid="program-nav-backdrop"]')).toBeNull();
    expect(toggle().getAttribute('aria-expanded')).toBe('true');

    // Narrowed once more, the drawer opened before does not come back over the page by itself.
    browserWindow.resizeTo(390);
    await render();
    expect(host.classList.contains('phone')).toBe(true);
    expect(host.classList.contains('open')).toBe(false);
    expect(nav.drawerOpen()).toBe(false);
    detach();
  });
});
