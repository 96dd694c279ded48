import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ProjectSearchComponent, SEARCH_DEBOUNCE_MS } from './project-search.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const hit = (kind: string, id: string, title: string, rank: number, extra: Record<string, unknown> = {}) => ({
  __typename: 'SearchHit',
  kind,
  id,
  title,
  titleMatches: [],
  context: '',
  contextMatches: [],
  rank,
  ...extra,
});

describe('ProjectSearchComponent', () => {
  let fixture: ComponentFixture<ProjectSearchComponent>;
  let apollo: ApolloTestingController;
  let router: Router;

  const el = () => fixture.nativeElement as HTMLElement;
  const box = () => el().querySelector('[data-testid="program-search-input"]') as HTMLInputElement;
  const hits = () => [...el().querySelectorAll<HTMLElement>('[data-testid="program-search-hit"]')];
  const byTestId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);

  async function settle(ms = 0): Promise<void> {
    await wait(ms);
    await fixture.whenStable();
  }

  async function type(text: string): Promise<void> {
    box().focus();
    box().value = text;
    box().dispatchEvent(new Event('input'));
    await settle(SEARCH_DEBOUNCE_MS + 50);
  }

  const press = async (key: string, target: EventTarget = box()) => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    await settle();
  };

  beforeEach(async () => {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), provideRouter([])] });
    apollo = TestBed.inject(ApolloTestingController);
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(ProjectSearchComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    document.body.appendChild(fixture.nativeElement);
    await settle();
  });
  afterEach(() => {
    apollo.verify();
    fixture.nativeElement.remove();
  });

  it('searches the program once typing pauses, and lists the hits by kind with the matched words marked', async () => {
    await type('trai');
    const request = apollo.expectOne('ProgramSearch');
    expect(request.operation.variables).toEqual({ projectId: 'p1', text: 'trai' });
    expect(byTestId('program-search-loading')?.textContent).toContain('Searching');
    request.flushData({
      search: [
        hit('TASK', 't1', 'Train the admins', 0.6, { titleMatches: [{ start: 0, length: 4 }] }),
        hit('PERSON', 'pe1', 'Trai Nguyen', 0.9, { titleMatches: [{ start: 0, length: 4 }], context: 'Sales · trai@example.test', contextMatches: [{ start: 8, length: 4 }] }),
        hit('TASK', 't2', 'Book rooms', 0.2, { context: 'For the <b>training</b>', contextMatches: [{ start: 12, length: 4 }] }),
      ],
    });
    await settle();
    expect([...el().querySelectorAll('.group-label')].map((label) => label.textContent)).toEqual(['People', 'Tasks']);
    expect(hits().map((h) => h.querySelector('.title')?.textContent)).toEqual(['Trai Nguyen', 'Train the admins', 'Book rooms']);
    expect([...hits()[1].querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Trai']);
    // Text that looks like HTML is shown as text, never rendered.
    expect(hits()[2].querySelector('.context')?.textContent).toBe('For the <b>training</b>');
    expect(hits()[2].querySelector('b')).toBeNull();
    expect(hits()[0].getAttribute('href')).toBe('/projects/p1/team?person=pe1');
    expect(hits()[1].getAttribute('href')).toBe('/projects/p1/board?task=t1');
  });

  it('sends one search for a word typed letter by letter', async () => {
    for (const text of ['d', 'da', 'dat', 'data']) {
      box().value = text;
      box().dispatchEvent(new Event('input'));
      await settle(20);
    }
    await settle(SEARCH_DEBOUNCE_MS + 50);
    const request = apollo.expectOne('ProgramSearch');
    expect(request.operation.variables['text']).toBe('data');
    request.flushData({ search: [] });
    await settle();
  });

  it('says plainly when nothing matches', async () => {
    await type('zebra');
    apollo.expectOne('ProgramSearch').flushData({ search: [] });
    await settle();
    expect(byTestId('program-search-empty')?.textContent).toContain('No matches for “zebra”');
  });

  it('says so when the search fails', async () => {
    await type('zebra');
    apollo.expectOne('ProgramSearch').networkError(new Error('offline'));
    await settle();
    expect(byTestId('program-search-failed')?.textContent).toContain('could not search');
  });

  it('walks the hits with the arrow keys and opens the chosen one with Enter', async () => {
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);
    await type('wave');
    apollo.expectOne('ProgramSearch').flushData({ search: [hit('MILESTONE', 'm1', 'Wave 1 live', 0.9), hit('RISK', 'r1', 'Wave slips', 0.5), hit('REQUIREMENT', 'q1', 'Wave plan', 0.4)] });
    await settle();
    const selected = () => hits().findIndex((h) => h.getAttribute('aria-selected') === 'true');
    expect(selected()).toBe(0);
    expect(box().getAttribute('aria-activedescendant')).toBe(hits()[0].id);
    await press('ArrowDown');
    await press('ArrowDown');
    expect(selected()).toBe(2);
    await press('ArrowDown');
    expect(selected()).toBe(0);
    await press('ArrowUp');
    expect(selected()).toBe(2);
    await press('ArrowUp');
    await press('Enter');
    expect(navigate).toHaveBeenCalledWith(['/projects', 'p1', 'risks'], { queryParams: { risk: 'r1' } });
    expect(byTestId('program-search-results')).toBeNull();
  });

  it('closes the list with Escape and opens it again on the arrow key', async () => {
    await type('wave');
    apollo.expectOne('ProgramSearch').flushData({ search: [hit('TASK', 't1', 'Wave prep', 0.5)] });
    await settle();
    expect(box().getAttribute('aria-expanded')).toBe('true');
    await press('Escape');
    expect(byTestId('program-search-results')).toBeNull();
    expect(box().getAttribute('aria-expanded')).toBe('false');
    await press('ArrowDown');
    expect(hits().length).toBe(1);
  });

  it('jumps to the box with "/" from the page and with Ctrl+K, but "/" typed in another field stays there', async () => {
    const other = document.createElement('input');
    document.body.appendChild(other);
    other.focus();
    await press('/', other);
    expect(document.activeElement).toBe(other);
    other.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true, cancelable: true }));
    await settle();
    expect(document.activeElement).toBe(box());
    box().blur();
    await press('/', document.body);
    expect(document.activeElement).toBe(box());
    other.remove();
  });
});
