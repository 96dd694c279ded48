import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { provideUserDates } from '../shared/dates/user-locale';
import { TimelinePageComponent } from './timeline-page.component';

function task(id: string, dueDate: string, startDate: string | null = null, phaseId = 'ph1') {
  return {
    __typename: 'TimelineTaskRow',
    id,
    title: `Task ${id}`,
    status: 'TODO',
    startDate,
    dueDate,
    overdue: false,
    phaseId,
    milestoneId: null,
  };
}

function timeline(
  tasks: ReturnType<typeof task>[],
  extra: { taskCount?: number; truncated?: boolean; undatedTaskCount?: number; permission?: 'OWNER' | 'EDITOR' | 'VIEWER' } = {},
) {
  return {
    project: { __typename: 'Project', id: 'p1', myPermission: extra.permission ?? 'VIEWER' },
    projectTimeline: {
      __typename: 'ProjectTimeline',
      projectId: 'p1',
      projectStart: '2026-03-02',
      projectEnd: '2026-09-30',
      phases: [
        { __typename: 'TimelinePhaseRow', id: 'ph1', name: 'Needs analysis', position: 1, status: 'IN_PROGRESS', plannedStart: '2026-03-02', plannedEnd: '2026-04-30', version: 3 },
        { __typename: 'TimelinePhaseRow', id: 'ph2', name: 'Build', position: 2, status: 'NOT_STARTED', plannedStart: '2026-05-01', plannedEnd: '2026-06-30', version: 1 },
      ],
      milestones: [{ __typename: 'TimelineMilestoneRow', id: 'm1', phaseId: 'ph1', name: 'Baseline', dueDate: '2026-04-15', status: 'PLANNED', overdue: false, version: 2, ownerRoleKey: null }],
      tasks,
      dependencies: [{ __typename: 'TimelineDependencyRow', taskId: 't2', dependsOnId: 't1' }],
      taskCount: extra.taskCount ?? tasks.length,
      truncated: extra.truncated ?? false,
      undatedTaskCount: extra.undatedTaskCount ?? 0,
    },
  };
}

describe('TimelinePageComponent', () => {
  let fixture: ComponentFixture<TimelinePageComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideZonelessChangeDetection(), provideUserDates()],
    });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(TimelinePageComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    await fixture.whenStable();
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    apollo.verify();
  });

  /** One-off fetches answer through a promise, a few microtasks after the flush. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  const all = (testId: string) =>
    [...(fixture.nativeElement as HTMLElement).querySelectorAll(`[data-testid="${testId}"]`)];

  it('loads the whole timeline in one request and draws the dated tasks with their dependencies', async () => {
    expect(all('timeline-loading')).toHaveLength(1);
    const request = apollo.expectOne('ProjectTimeline');
    expect(request.operation.variables).toMatchObject({ projectId: 'p1', phaseId: null });
    request.flushData(timeline([task('t1', '2026-03-13', '2026-03-09'), task('t2', '2026-03-20')], { undatedTaskCount: 1 }));
    await settle();

    expect(all('timeline')).toHaveLength(1);
    expect(all('timeline-task').map((bar) => bar.getAttribute('data-task-id'))).toEqual(['t1', 't2']);
    expect(all('timeline-dependency')).toHaveLength(1);
    expect(all('timeline-milestone')).toHaveLength(1);
    expect(all('timeline-today')).toHaveLength(1);
    expect(all('timeline-undated')[0]?.textContent).toContain('1 task has no due date');
    expect(all('timeline-truncated')).toHaveLength(0);
  });

  it('puts only the rows near the top in the page when there are thousands', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => task(`t${i}`, '2026-04-01'));
    apollo.expectOne('ProjectTimeline').flushData(timeline(many));
    await settle();

    const bars = all('timeline-task');
    expect(bars.length).toBeGreaterThan(10);
    expect(bars.length).toBeLessThan(100);
    const labels = (fixture.nativeElement as HTMLElement).querySelectorAll('.labels li');
    expect(labels.length).toBeLessThan(100);
    expect(labels[0]?.textContent).toContain('Needs analysis');
    // The label still tells assistive technology how much the whole timeline holds.
    expect(all('timeline')[0].querySelector('svg.body')?.getAttribute('aria-label')).toContain('2000 tasks');
  });

  it('says when the window was cut short and loads one phase when the user picks it', async () => {
    apollo.expectOne('ProjectTimeline').flushData(timeline([task('t1', '2026-03-13')], { taskCount: 7200, truncated: true }));
    await settle();
    expect(all('timeline-truncated')[0]?.textContent).toContain('Showing the first 1 of 7200 tasks — pick a phase to see the rest');

    (fixture.componentInstance as unknown as { pickPhase(id: string | null): void }).pickPhase('ph2');
    await fixture.whenStable();
    const narrowed = apollo.expectOne('ProjectTimeline');
    expect(narrowed.operation.variables).toMatchObject({ projectId: 'p1', phaseId: 'ph2' });
    narrowed.flushData(timeline([task('t9', '2026-05-13', null, 'ph2')]));
    await settle();
    expect(all('timeline-truncated')).toHaveLength(0);
    expect(all('timeline-task').map((bar) => bar.getAttribute('data-task-id'))).toEqual(['t9']);
    expect(all('timeline-phase-picker')).toHaveLength(1);
  });

  it('explains a failed load and tries again', async () => {
    apollo.expectOne('ProjectTimeline').networkError(new Error('offline'));
    await settle();

    const error = all('timeline-error')[0] as HTMLElement;
    expect(error.textContent).toContain('We could not load the timeline.');

    error.querySelector('button')?.click();
    await fixture.whenStable();
    apollo.expectOne('ProjectTimeline').flushData(timeline([task('t1', '2026-03-13')]));
    await settle();

    expect(all('timeline-task')).toHaveLength(1);
  });

  const dialogText = () => document.querySelector('mat-dialog-container')?.textContent ?? '';

  it('opens the phase dialog from a phase bar or its name, for an editor', async () => {
    apollo.expectOne('ProjectTimeline').flushData(timeline([task('t1', '2026-03-13')], { permission: 'EDITOR' }));
    await settle();

    const bar = all('timeline-phase')[0];
    expect(bar.getAttribute('role')).toBe('button');
    expect(bar.getAttribute('tabindex')).toBe('0');
    bar.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await fixture.whenStable();
    expect(dialogText()).toContain('Edit “Needs analysis”');
    // The planned start is filled in, shown in the user's date format.
    expect((document.querySelector('[data-testid="phase-start"]') as HTMLInputElement).value).toMatch(/2026/);

    TestBed.inject(MatDialog).closeAll();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await fixture.whenStable();
    (all('timeline-phase-label')[1] as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(dialogText()).toContain('Edit “Build”');
  });

  it('opens the milestone dialog with Enter on a milestone mark, offering the phases to move it to', async () => {
    apollo.expectOne('ProjectTimeline').flushData(timeline([task('t1', '2026-03-13')], { permission: 'OWNER' }));
    await settle();

    all('timeline-milestone')[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await fixture.whenStable();
    expect(dialogText()).toContain('Edit milestone');
    expect((document.querySelector('[data-testid="milestone-name"]') as HTMLInputElement).value).toBe('Baseline');
    expect((document.querySelector('[data-testid="milestone-due"]') as HTMLInputElement).value).toMatch(/2026/);
    expect(apollo.expectOne('PlanningRoles').operation.variables).toEqual({ projectId: 'p1' });
  });

  it('draws a viewer a picture only: no buttons, and a click opens nothing', async () => {
    apollo.expectOne('ProjectTimeline').flushData(timeline([task('t1', '2026-03-13')], { permission: 'VIEWER' }));
    await settle();

    const bar = all('timeline-phase')[0];
    expect(bar.getAttribute('role')).toBeNull();
    expect(bar.getAttribute('tabindex')).toBeNull();
    expect(all('timeline-phase-label')).toHaveLength(0);
    expect(all('timeline')[0].querySelector('svg.body')?.getAttribute('role')).toBe('img');
    bar.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await fixture.whenStable();
    expect(document.querySelector('mat-dialog-container')).toBeNull();
  });
});
