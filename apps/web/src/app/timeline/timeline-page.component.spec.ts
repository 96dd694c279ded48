import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, DeferBlockBehavior, DeferBlockState, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';

import { GraphQLError } from 'graphql';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { provideUserDates } from '../shared/dates/user-locale';
import { dayEnd, dayOfSeconds, dayStart, GanttTaskItem } from './gantt-model';
import { TimelinePageComponent } from './timeline-page.component';

function task(id: string, dueDate: string, startDate: string | null = null, phaseId = 'ph1', critical = false) {
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
    version: 3,
    durationDays: null,
    slackDays: critical ? 0 : 5,
    critical,
  };
}

function timeline(
  tasks: ReturnType<typeof task>[],
  extra: { taskCount?: number; truncated?: boolean; undatedTaskCount?: number; permission?: 'OWNER' | 'EDITOR' | 'VIEWER'; path?: string[] } = {},
) {
  return {
    project: { __typename: 'Project', id: 'p1', name: 'Nordics rollout', myPermission: extra.permission ?? 'VIEWER' },
    criticalPath: { __typename: 'CriticalPath', taskIds: extra.path ?? [], totalDays: extra.path ? 12 : 0 },
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

/** The page's handlers, as the Gantt calls them. */
interface GanttHandlers {
  dropped(event: { item: GanttTaskItem }): void;
  linked(event: { source: GanttTaskItem; target?: GanttTaskItem }): void;
  barKey(event: KeyboardEvent, item: GanttTaskItem): void;
  chart(): { items: GanttTaskItem[] } | null;
  pickPhase(id: string | null): void;
}

describe('TimelinePageComponent', () => {
  let fixture: ComponentFixture<TimelinePageComponent>;
  let apollo: ApolloTestingController;

  // jsdom has neither observer; the Gantt follows its container's size and draws bars in view.
  const real = { resize: globalThis.ResizeObserver, intersection: globalThis.IntersectionObserver };
  beforeAll(() => {
    const Quiet = class {
      observe(): void {
        // Nothing resizes or scrolls in jsdom.
      }
      unobserve(): void {
        // As above.
      }
      disconnect(): void {
        // As above.
      }
      takeRecords(): [] {
        return [];
      }
    };
    globalThis.ResizeObserver = Quiet as unknown as typeof ResizeObserver;
    globalThis.IntersectionObserver = Quiet as unknown as typeof IntersectionObserver;
  });
  afterAll(() => {
    globalThis.ResizeObserver = real.resize;
    globalThis.IntersectionObserver = real.intersection;
  });

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideZonelessChangeDetection(), provideUserDates(), provideRouter([])],
      deferBlockBehavior: DeferBlockBehavior.Manual,
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

  const page = () => fixture.componentInstance as unknown as GanttHandlers;

  /** One-off fetches answer through a promise, a few microtasks after the flush. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  /** Draws the bars the Gantt defers until they scroll into view. */
  async function drawBars(): Promise<void> {
    for (const block of await fixture.getDeferBlocks()) await block.render(DeferBlockState.Complete);
    await fixture.whenStable();
  }

  /** The move asks which waiting tasks it would push (none here), then saves. */
  async function noDependantsToShift(): Promise<void> {
    apollo.expectOne('DependantShifts').flushData({ dependantShifts: [] });
    await settle();
  }

  const all = (selector: string) => [...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>(selector)];
  const byTestId = (testId: string) => all(`[data-testid="${testId}"]`);
  const item = (id: string) => page().chart()?.items.find((i) => i.id === id) as GanttTaskItem;

  it('loads the whole timeline in one request and names every phase, milestone and task beside the chart', async () => {
    expect(byTestId('timeline-loading')).toHaveLength(1);
    const request = apollo.expectOne('ProjectTimeline');
    expect(request.operation.variables).toMatchObject({ projectId: 'p1', phaseId: null });
    request.flushData(timeline([task('t1', '2026-03-13', '2026-03-09', 'ph1', true), task('t2', '2026-03-20')], { undatedTaskCount: 1, path: ['t1'] }));
    await settle();

    expect(byTestId('timeline')).toHaveLength(1);
    expect(byTestId('timeline-phase').map((b) => b.textContent?.trim())).toEqual(['Needs analysis', 'Build']);
    const names = all('.row-name').map((n) => n.textContent?.replace(/\s+/g, ' ').trim());
    expect(names).toEqual(['Baseline', 'Task t1 Critical', 'Task t2']);
    expect(byTestId('timeline-undated')[0]?.textContent).toContain('1 task has no due date');
    expect(byTestId('timeline-truncated')).toHaveLength(0);
    expect(byTestId('timeline-critical-path-toggle')[0].textContent).toContain('Critical path (12 working days)');
  });

  it('draws each bar as a focusable button named for a screen reader', async () => {
    apollo.expectOne('ProjectTimeline').flushData(timeline([task('t1', '2026-03-13', '2026-03-09', 'ph1', true)], { permission: 'EDITOR', path: ['t1'] }));
    await settle();
    await drawBars();

    const bar = byTestId('timeline-task')[0];
    expect(bar.getAttribute('tabindex')).toBe('0');
    expect(bar.getAttribute('aria-label')).toBe('Task t1, 9 Mar 2026 – 13 Mar 2026, critical');
    expect(byTestId('timeline-milestone')[0].getAttribute('aria-label')).toBe('Milestone Baseline, due 15 Apr 2026');
  });

  it('saves a dragged bar with the version it read, says so and loads the plan again without blanking it', async () => {
    apollo.expectOne('ProjectTimeline').flushData(timeline([task('t1', '2026-03-13', '2026-03-09')], { permission: 'OWNER' }));
    await settle();

    const dragged = item('t1');
    dragged.start = dayStart('2026-03-12');
    dragged.end = dayEnd('2026-03-16');
    page().dropped({ item: dragged });
    await noDependantsToShift();
    const save = apollo.expectOne('TaskMove');
    expect(save.operation.variables).toEqual({ input: { id: 't1', version: 3, startDate: '2026-03-12', dueDate: '2026-03-16', shiftDependants: false } });
    save.flushData({ updateTask: { __typename: 'Task', id: 't1', startDate: '2026-03-12', dueDate: '2026-03-16', version: 4, durationDays: null } });
    await settle();

    expect(byTestId('timeline-edit-message')[0].textContent).toContain('Moved “Task t1” to 12 Mar 2026 – 16 Mar 2026.');
    apollo.expectOne('ProjectTimeline').flushData(timeline([task('t1', '2026-03-16', '2026-03-12')], { permission: 'OWNER' }));
    await settle();
    expect(byTestId('timeline-loading')).toHaveLength(0);
    expect(dayOfSeconds(item('t1').start)).toBe('2026-03-12');
  });

  it('puts a refused bar back where it was saved and says why', async () => {
    apollo.expectOne('ProjectTimeline').flushData(timeline([task('t1', '2026-03-13', '2026-03-09')], { permission: 'OWNER' }));
    await settle();

    const dragged = item('t1');
    dragged.start = dayStart('2026-03-20');
    dragged.end = dayEnd('2026-03-24');
    page().dropped({ item: dragged });
    await noDependantsToShift();
    apollo.expectOne('TaskMove').graphqlErrors([
      new GraphQLError('Someone else changed this task meanwhile.', { extensions: { code: 'CONFLICT' } }),
    ]);
    await settle();

    const message = byTestId('timeline-edit-message')[0];
    expect(message.getAttribute('role')).toBe('alert');
    expect(message.textContent?.length).toBeGreaterThan(20);
    expect(dayOfSeconds(item('t1').start)).toBe('2026-03-09');
    expect(dayOfSeconds(item('t1').end)).toBe('2026-03-13');

    // Reload brings the colleague's version, the chart staying on screen meanwhile.
    message.querySelector<HTMLButtonElement>('[data-testid="timeline-edit-reload"]')?.click();
    await fixture.whenStable();
    expect(byTestId('timeline-loading')).toHaveLength(0);
    apollo.expectOne('ProjectTimeline').flushData(timeline([task('t1', '2026-03-13', '2026-03-09')], { permission: 'OWNER' }));
    await settle();
    expect(byTestId('timeline-edit-message')).toHaveLength(0);
  });

  it('moves a focused bar a day with Alt+→ through the same save', async () => {
    apollo.expectOne('ProjectTimeline').flushData(timeline([task('t1', '2026-03-13', '2026-03-09')], { permission: 'OWNER' }));
    await settle();

    page().barKey(new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true }), item('t1'));
    const asked = apollo.expectOne('DependantShifts');
    expect(asked.operation.variables).toEqual({ input: { taskId: 't1', startDate: '2026-03-10', dueDate: '2026-03-14' } });
    asked.flushData({ dependantShifts: [] });
    await settle();
    expect(apollo.expectOne('TaskMove').operation.variables).toEqual({ input: { id: 't1', version: 3, startDate: '2026-03-10', dueDate: '2026-03-14', shiftDependants: false } });
  });

  it('adds a drawn dependency to the dependant’s whole list, read afresh', async () => {
    apollo.expectOne('ProjectTimeline').flushData(timeline([task('t1', '2026-03-13', '2026-03-09'), task('t3', '2026-03-27', '2026-03-23')], { permission: 'OWNER' }));
    await settle();

    page().linked({ source: item('t1'), target: item('t3') });
    const read = apollo.expectOne('TimelineTaskDependencies');
    expect(read.operation.variables).toEqual({ id: 't3' });
    read.flushData({ task: { __typename: 'Task', id: 't3', version: 7, dependsOnIds: ['far-away'] } });
    await settle();
    const save = apollo.expectOne('TimelineMoveTask');
    expect(save.operation.variables).toEqual({ input: { id: 't3', version: 7, dependsOnIds: ['far-away', 't1'] } });
    save.flushData({ updateTask: { __typename: 'Task', id: 't3', startDate: '2026-03-23', dueDate: '2026-03-27', version: 8 } });
    await settle();
    expect(byTestId('timeline-edit-message')[0].textContent).toContain('“Task t3” now waits for “Task t1”.');
    apollo.expectOne('ProjectTimeline').flushData(timeline([task('t1', '2026-03-13', '2026-03-09')], { permission: 'OWNER' }));
    await settle();
  });

  it('lists the critical chain in order when opened', async () => {
    apollo.expectOne('ProjectTimeline').flushData(timeline([task('t1', '2026-03-13', '2026-03-09', 'ph1', true), task('t2', '2026-03-20', null, 'ph1', true)], { path: ['t1', 't2'] }));
    await settle();

    expect(byTestId('timeline-critical-task')).toHaveLength(0);
    byTestId('timeline-critical-path-toggle')[0].click();
    await fixture.whenStable();
    expect(byTestId('timeline-critical-task').map((b) => b.textContent?.trim())).toEqual(['Task t1', 'Task t2']);
  });

  it('says when the window was cut short and loads one phase when the user picks it', async () => {
    apollo.expectOne('ProjectTimeline').flushData(timeline([task('t1', '2026-03-13')], { taskCount: 7200, truncated: true }));
    await settle();
    expect(byTestId('timeline-truncated')[0]?.textContent).toContain('Showing the first 1 of 7200 tasks — pick a phase to see the rest');

    page().pickPhase('ph2');
    await fixture.whenStable();
    const narrowed = apollo.expectOne('ProjectTimeline');
    expect(narrowed.operation.variables).toMatchObject({ projectId: 'p1', phaseId: 'ph2' });
    narrowed.flushData(timeline([task('t9', '2026-05-13', null, 'ph2')]));
    await settle();
    expect(byTestId('timeline-truncated')).toHaveLength(0);
    expect(page().chart()?.items.map((i) => i.id)).toEqual(['m1', 't9']);
    expect(byTestId('timeline-phase-picker')).toHaveLength(1);
  });

  it('explains a failed load and tries again', async () => {
    apollo.expectOne('ProjectTimeline').networkError(new Error('offline'));
    await settle();

    const error = byTestId('timeline-error')[0];
    expect(error.textContent).toContain('We could not load the timeline.');

    error.querySelector('button')?.click();
    await fixture.whenStable();
    apollo.expectOne('ProjectTimeline').flushData(timeline([task('t1', '2026-03-13')]));
    await settle();

    expect(page().chart()?.items.map((i) => i.id)).toEqual(['m1', 't1']);
  });

  const dialogText = () => document.querySelector('mat-dialog-container')?.textContent ?? '';

  it('opens the phase dialog from a phase’s edit button, for an editor', async () => {
    apollo.expectOne('ProjectTimeline').flushData(timeline([task('t1', '2026-03-13')], { permission: 'EDITOR' }));
    await settle();

    byTestId('timeline-phase-edit')[1].click();
    await fixture.whenStable();
    expect(dialogText()).toContain('Edit “Build”');
  });

  it('lets a viewer look only: no drag, no links, no edit buttons', async () => {
    apollo.expectOne('ProjectTimeline').flushData(timeline([task('t1', '2026-03-13')], { permission: 'VIEWER' }));
    await settle();

    expect(byTestId('timeline-phase-edit')).toHaveLength(0);
    expect(page().chart()?.items.every((i) => !i.draggable && !i.linkable)).toBe(true);
    page().barKey(new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true }), item('t1'));
    apollo.expectNone('DependantShifts');
  });
});
