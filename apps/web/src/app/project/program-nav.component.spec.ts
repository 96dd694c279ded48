import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { beforeEach, describe, expect, it } from 'vitest';

import { ProgramNavState } from '../shared/navigation/program-nav-state';
import { ProgramNavComponent } from './program-nav.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

@Component({ selector: 'crm-area-stub', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class AreaStubComponent {}

describe('the program side navigation', () => {
  let host: HTMLElement;
  let render: () => Promise<void>;

  async function start(): Promise<void> {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideRouter([{ path: ':area', component: AreaStubComponent }])],
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
});
