import { ChangeDetectionStrategy, Component, inject, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, RouterOutlet, withNavigationErrorHandler } from '@angular/router';

import { beforeEach, describe, expect, it } from 'vitest';

import { FULL_PAGE_LOAD, PageLoadProblem } from './page-load-problem';
import { PageLoadProblemComponent } from './page-load-problem.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

@Component({ selector: 'crm-home-page', changeDetection: ChangeDetectionStrategy.OnPush, template: '<h1>Home</h1>' })
class HomePageComponent {}

@Component({ selector: 'crm-health-page', changeDetection: ChangeDetectionStrategy.OnPush, template: '<h1 data-testid="health">Health</h1>' })
class HealthPageComponent {}

@Component({
  selector: 'crm-test-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, PageLoadProblemComponent],
  template: '<router-outlet /><crm-page-load-problem />',
})
class TestShellComponent {}

/** What the server does with the health page's file: fail as Chromium words it, fail otherwise, or deliver. */
let chunk: 'missing' | 'broken' | 'served' = 'missing';
const fullLoads: string[] = [];

function loadHealthPage(): Promise<typeof HealthPageComponent> {
  if (chunk === 'missing') return Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://localhost/chunk-HEALTH.js'));
  if (chunk === 'broken') return Promise.reject(new Error('The health page threw while starting'));
  return Promise.resolve(HealthPageComponent);
}

describe('a page whose code does not arrive', () => {
  let router: Router;
  let host: HTMLElement;
  let render: () => Promise<void>;

  beforeEach(async () => {
    chunk = 'missing';
    fullLoads.length = 0;
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter(
          [
            { path: '', component: HomePageComponent },
            { path: 'overview', component: HomePageComponent },
            { path: 'health', loadComponent: loadHealthPage },
          ],
          withNavigationErrorHandler((error) => inject(PageLoadProblem).noticeNavigationError(error)),
        ),
        { provide: FULL_PAGE_LOAD, useValue: (url: string) => fullLoads.push(url) },
      ],
    });
    router = TestBed.inject(Router);
    const fixture = TestBed.createComponent(TestShellComponent);
    host = fixture.nativeElement as HTMLElement;
    render = async () => {
      await wait();
      fixture.detectChanges();
      await fixture.whenStable();
    };
    await router.navigateByUrl('/');
    await render();
  });

  const go = (url: string) => router.navigateByUrl(url).catch(() => false);
  const message = () => host.querySelector('[data-testid="page-load-problem"]');
  const retryButton = () => host.querySelector<HTMLButtonElement>('[data-testid="page-load-retry"]')!;

  it('says the page could not be loaded instead of doing nothing, and Try again opens it once the network is back', async () => {
    await go('/health');
    await render();
    expect(message()?.textContent).toContain('This page could not be loaded.');
    expect(message()?.getAttribute('role')).toBe('alert');
    expect(retryButton().textContent?.trim()).toBe('Try again');
    expect(router.url).toBe('/');

    chunk = 'served';
    retryButton().click();
    await render();
    await render();
    expect(router.url).toBe('/health');
    expect(host.querySelector('[data-testid="health"]')).not.toBeNull();
    expect(message()).toBeNull();
    expect(fullLoads).toEqual([]);
  });

  it('offers to reload the app when trying again failed too, as after a deploy took the old files away', async () => {
    await go('/health');
    await render();
    retryButton().click();
    await render();
    await render();
    expect(message()?.textContent).toContain('This page still could not be loaded.');
    expect(retryButton().textContent?.trim()).toBe('Reload the app');

    retryButton().click();
    await render();
    expect(fullLoads).toEqual(['/health']);
  });

  it('stays quiet about navigation errors that are not a missing file', async () => {
    chunk = 'broken';
    await go('/health');
    await render();
    expect(message()).toBeNull();
  });

  it('goes away once the user reaches another page', async () => {
    await go('/health');
    await render();
    expect(message()).not.toBeNull();
    await go('/overview');
    await render();
    expect(message()).toBeNull();
  });
});
