import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { beforeEach, describe, expect, it } from 'vitest';

import { addDays } from '@crm/domain';

import { todayIso } from '../shared/dates/calendar-days';
import { MyWorkPageComponent } from './my-work-page.component';
import { MyWorkItem } from './my-work-view';

const today = todayIso();

const item = (kind: MyWorkItem['kind'], id: string, title: string, dueDate: string | null, extra: Partial<MyWorkItem> = {}): MyWorkItem => ({
  kind,
  id,
  title,
  projectId: 'p1',
  projectName: 'Nordics rollout',
  dueDate,
  status: 'TODO',
  reason: 'ASSIGNED',
  phaseId: null,
  waveId: null,
  startsAt: null,
  timeZone: null,
  ...extra,
});

const work = [
  item('TASK', 't-late', 'Map the lead stages', addDays(today, -2)),
  item('MILESTONE', 'm-today', 'Design signed off', today, { reason: 'PROGRAM_OWNER', status: 'PLANNED' }),
  item('TRAINING_SESSION', 's-week', 'Pipeline basics', addDays(today, 3), { reason: 'TRAINER', status: 'SCHEDULED', waveId: 'w1', startsAt: `${addDays(today, 3)}T09:00:00Z`, timeZone: 'UTC' }),
  item('TASK', 't-later', 'Plan the data load', addDays(today, 30), { reason: 'ROLE' }),
  item('RISK', 'r-open', 'Key users too busy', null, { status: 'OPEN' }),
];

describe('MyWorkPageComponent', () => {
  let harness: RouterTestingHarness;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideZonelessChangeDetection(), provideRouter([{ path: 'my-work', component: MyWorkPageComponent }], withComponentInputBinding())],
    });
    apollo = TestBed.inject(ApolloTestingController);
    harness = await RouterTestingHarness.create();
  });

  const page = () => harness.routeNativeElement as HTMLElement;
  const byTestId = (id: string) => page().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const titlesIn = (group: string) => [...(byTestId(`group-${group}`)?.querySelectorAll('[data-testid="my-work-link"]') ?? [])].map((a) => a.textContent?.trim());

  async function open(url = '/my-work', items: MyWorkItem[] = work, truncatedKinds: string[] = []): Promise<void> {
    await harness.navigateByUrl(url);
    apollo.expectOne('MyWork').flushData({ myWork: { __typename: 'MyWork', items: items.map((i) => ({ __typename: 'MyWorkItem', ...i })), truncatedKinds } });
    await harness.fixture.whenStable();
  }

  it('says it is loading until the work arrives', async () => {
    await harness.navigateByUrl('/my-work');
    expect(byTestId('my-work-loading')?.textContent).toContain('Loading your work');
    apollo.expectOne('MyWork').flushData({ myWork: { __typename: 'MyWork', items: [], truncatedKinds: [] } });
    await harness.fixture.whenStable();
    expect(byTestId('my-work-loading')).toBeNull();
  });

  it('groups the work under Overdue, Today, This week, Later and No date', async () => {
    await open();
    const headings = [...page().querySelectorAll('section h2')].map((h) => h.firstChild?.textContent?.trim());
    expect(headings).toEqual(['Overdue', 'Today', 'This week', 'Later', 'No date']);
    expect(titlesIn('OVERDUE')).toEqual(['Map the lead stages']);
    expect(titlesIn('TODAY')).toEqual(['Design signed off']);
    expect(titlesIn('THIS_WEEK')).toEqual(['Pipeline basics']);
    expect(titlesIn('LATER')).toEqual(['Plan the data load']);
    expect(titlesIn('NO_DATE')).toEqual(['Key users too busy']);
  });

  it('links each item to the record in its program and says why it is yours', async () => {
    await open();
    const links = [...page().querySelectorAll<HTMLAnchorElement>('[data-testid="my-work-link"]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/projects/p1/board?task=t-late',
      '/projects/p1/overview?milestone=m-today',
      '/projects/p1/training?wave=w1',
      '/projects/p1/board?task=t-later',
      '/projects/p1/risks?risk=r-open',
    ]);
    expect(byTestId('group-LATER')?.textContent).toContain('Your role owns it');
    // A task's status in the board's words.
    expect(byTestId('group-LATER')?.textContent).toContain('To do');
    expect(byTestId('group-THIS_WEEK')?.textContent).toContain('You give it');
    expect(byTestId('group-TODAY')?.textContent).toContain('Nordics rollout');
  });

  it('filters by kind from the URL and counts each kind', async () => {
    await open('/my-work?kind=TASK');
    expect([...page().querySelectorAll('[data-testid="my-work-item"]')].every((li) => li.getAttribute('data-kind') === 'TASK')).toBe(true);
    expect(page().querySelectorAll('[data-testid="my-work-item"]')).toHaveLength(2);
    expect(byTestId('kind-TASK')?.textContent).toContain('Tasks (2)');
    expect(byTestId('kind-ALL')?.textContent).toContain('All (5)');

    (byTestId('kind-RISK')?.querySelector('button') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/my-work?kind=RISK');
    expect(page().querySelectorAll('[data-testid="my-work-item"]')).toHaveLength(1);
  });

  it('says when a chosen kind has nothing, and offers all work again', async () => {
    await open('/my-work?kind=MILESTONE', [work[0]]);
    expect(byTestId('my-work-kind-empty')?.textContent).toContain('No milestones are yours right now.');
  });

  it('explains an empty list: how work becomes yours', async () => {
    await open('/my-work', []);
    expect(byTestId('my-work-empty')?.textContent).toContain('Nothing on your plate');
    expect(byTestId('my-work-kinds')).toBeNull();
  });

  it('says when a kind has more work than the page lists', async () => {
    await open('/my-work', work, ['TASK']);
    expect(byTestId('my-work-truncated')?.textContent).toContain('more tasks than this page lists');
  });

  it('explains a failed load and loads again on request', async () => {
    await harness.navigateByUrl('/my-work');
    apollo.expectOne('MyWork').networkError(new Error('connection refused'));
    await harness.fixture.whenStable();
    expect(byTestId('my-work-error')?.textContent).toContain('We could not load your work.');
    (byTestId('my-work-error')?.querySelector('button') as HTMLButtonElement).click();
    apollo.expectOne('MyWork').flushData({ myWork: { __typename: 'MyWork', items: work, truncatedKinds: [] } });
    await harness.fixture.whenStable();
    expect(byTestId('my-work-error')).toBeNull();
  });
});
