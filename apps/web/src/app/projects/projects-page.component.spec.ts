import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { firstValueFrom } from 'rxjs';
import { beforeEach, describe, expect, it } from 'vitest';

import { ProjectsPageComponent } from './projects-page.component';
import { ProjectsStore } from './projects.store';

const rollout = {
  __typename: 'Project',
  id: 'p1',
  name: 'EMEA sales rollout',
  crmProduct: 'Dynamics 365',
  startDate: '2026-03-02',
  targetGoLiveDate: '2026-09-30',
  status: 'ACTIVE',
  version: 1,
  createdAt: '2026-01-10T09:00:00.000Z',
  archivedAt: null,
  health: { __typename: 'ProjectHealth', status: 'AMBER', percentDone: 42 },
  nextMilestone: { __typename: 'Milestone', id: 'm1', name: 'Requirements signed off', dueDate: '2026-04-15' },
};

describe('ProjectsPageComponent', () => {
  let fixture: ComponentFixture<ProjectsPageComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideZonelessChangeDetection(), provideRouter([]), ProjectsStore],
    });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(ProjectsPageComponent);
    await fixture.whenStable();
  });

  function byTestId(id: string): HTMLElement | null {
    return (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${id}"]`);
  }

  it('says it is loading until the projects arrive', async () => {
    expect(byTestId('projects-loading')?.textContent).toContain('Loading your programs');

    apollo.expectOne('Projects').flushData({ projects: [rollout] });
    await fixture.whenStable();

    expect(byTestId('projects-loading')).toBeNull();
  });

  it('invites the user to create a first project when there is none', async () => {
    apollo.expectOne('Projects').flushData({ projects: [] });
    await fixture.whenStable();

    expect(byTestId('projects-empty')?.textContent).toContain('No programs yet');
    expect(byTestId('projects-empty')?.querySelector('a')?.getAttribute('href')).toBe('/projects/new');
    expect(byTestId('project-list')).toBeNull();
  });

  it('lists each project with its CRM product and dates', async () => {
    apollo.expectOne('Projects').flushData({ projects: [rollout] });
    await fixture.whenStable();

    const items = (fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="project-item"]');
    expect(items).toHaveLength(1);
    const text = items[0].textContent ?? '';
    expect(text).toContain('EMEA sales rollout');
    expect(text).toContain('Dynamics 365');
    expect(text).toContain('2 Mar 2026');
    expect(text).toMatch(/30 Sept? 2026/); // en-GB writes "Sept" in recent ICU data
    expect(byTestId('projects-empty')).toBeNull();
  });

  it('shows where each program stands: health in words linking to its reasons, tasks done, next milestone', async () => {
    apollo.expectOne('Projects').flushData({ projects: [rollout, { ...rollout, id: 'p2', name: 'Fresh start', health: { ...rollout.health, status: 'GREEN', percentDone: 0 }, nextMilestone: null }] });
    await fixture.whenStable();

    const [first, second] = [...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('[data-testid="project-item"]')];
    const health = first.querySelector('[data-testid="project-health"]');
    expect(health?.textContent?.trim()).toBe('Needs attention');
    expect(health?.getAttribute('href')).toBe('/projects/p1/health');
    expect(first.querySelector('[data-testid="project-progress"]')?.textContent?.trim()).toBe('42%');
    expect(first.querySelector('[data-testid="project-next-milestone"]')?.textContent).toContain('Requirements signed off · 15 Apr 2026');
    expect(second.querySelector('[data-testid="project-health"]')?.textContent?.trim()).toBe('On track');
    expect(second.querySelector('[data-testid="project-next-milestone"]')?.textContent?.trim()).toBe('None planned');
  });

  it('leads to My work from the list', async () => {
    apollo.expectOne('Projects').flushData({ projects: [rollout] });
    await fixture.whenStable();
    expect(byTestId('projects-my-work')?.getAttribute('href')).toBe('/my-work');
  });

  it('opens a project from its item in the list', async () => {
    apollo.expectOne('Projects').flushData({ projects: [rollout] });
    await fixture.whenStable();

    const link = byTestId('project-item')?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/projects/p1');
    expect(link?.textContent?.trim()).toBe('EMEA sales rollout');
  });

  it('shows a newly created project at the top without asking the server again', async () => {
    apollo.expectOne('Projects').flushData({ projects: [rollout] });
    await fixture.whenStable();

    const created = firstValueFrom(
      TestBed.inject(ProjectsStore).create({
        name: 'APAC service rollout',
        crmProduct: 'HubSpot',
        startDate: '2026-04-01',
        targetGoLiveDate: '2026-10-01',
      }),
    );
    apollo.expectOne('CreateProject').flushData({
      createProject: { ...rollout, id: 'p2', name: 'APAC service rollout', crmProduct: 'HubSpot' },
    });
    await created;
    await fixture.whenStable();

    const names = [...(fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="project-item"] h2')].map(
      (h) => h.textContent?.trim(),
    );
    expect(names).toEqual(['APAC service rollout', 'EMEA sales rollout']);
    apollo.expectNone('Projects');
  });

  it('explains a failed load and loads again on request', async () => {
    apollo.expectOne('Projects').networkError(new Error('connection refused'));
    await fixture.whenStable();

    expect(byTestId('projects-error')?.textContent).toContain('We could not load your programs.');

    (byTestId('projects-error')?.querySelector('button') as HTMLButtonElement).click();
    apollo.expectOne('Projects').flushData({ projects: [rollout] });
    await fixture.whenStable();

    expect(byTestId('projects-error')).toBeNull();
    expect(byTestId('project-list')?.textContent).toContain('EMEA sales rollout');
  });

  it('leaves archived programs out until asked, then lists them marked as archived', async () => {
    const first = apollo.expectOne('Projects');
    expect(first.operation.variables['includeArchived']).toBe(false);
    first.flushData({ projects: [rollout] });
    await fixture.whenStable();
    expect(byTestId('project-archived')).toBeNull();

    (byTestId('show-archived')?.querySelector('button, input') as HTMLElement).click();
    const all = apollo.expectOne('Projects');
    expect(all.operation.variables['includeArchived']).toBe(true);
    all.flushData({ projects: [rollout, { ...rollout, id: 'p2', name: 'Pilot rollout', archivedAt: '2026-01-20T09:00:00.000Z' }] });
    await fixture.whenStable();
    expect(byTestId('project-archived')?.closest('[data-testid="project-item"]')?.textContent).toContain('Pilot rollout');
  });
});
