import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { TimelinePageComponent } from './timeline-page.component';

const project = {
  project: {
    __typename: 'Project',
    id: 'p1',
    startDate: '2026-03-02',
    targetGoLiveDate: '2026-09-30',
    phases: [
      {
        __typename: 'Phase',
        id: 'ph1',
        name: 'Needs analysis',
        position: 1,
        status: 'IN_PROGRESS',
        plannedStart: '2026-03-02',
        plannedEnd: '2026-04-30',
        actualStart: null,
        actualEnd: null,
        milestones: [
          { __typename: 'Milestone', id: 'm1', name: 'Baseline', dueDate: '2026-04-15', status: 'PLANNED', overdue: false },
        ],
      },
    ],
    taskDependencies: [{ __typename: 'TaskDependency', taskId: 't2', dependsOnId: 't1' }],
  },
};

function task(id: string, dueDate: string | null, startDate: string | null = null) {
  return {
    __typename: 'TaskEdge',
    node: {
      __typename: 'Task',
      id,
      title: `Task ${id}`,
      status: 'TODO',
      startDate,
      dueDate,
      overdue: false,
      phase: { __typename: 'Phase', id: 'ph1' },
    },
  };
}

function tasksPage(edges: ReturnType<typeof task>[], endCursor: string | null) {
  return {
    tasks: {
      __typename: 'TaskConnection',
      edges,
      pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
      totalCount: 3,
    },
  };
}

describe('TimelinePageComponent', () => {
  let fixture: ComponentFixture<TimelinePageComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideZonelessChangeDetection()],
    });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(TimelinePageComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    await fixture.whenStable();
  });

  afterEach(() => apollo.verify());

  /** One-off fetches answer through a promise, a few microtasks after the flush. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  const all = (testId: string) =>
    [...(fixture.nativeElement as HTMLElement).querySelectorAll(`[data-testid="${testId}"]`)];

  it('pages through every task and draws the dated ones with their dependencies', async () => {
    expect(all('timeline-loading')).toHaveLength(1);
    apollo.expectOne('TimelineProject').flushData(project);

    const first = apollo.expectOne('TimelineTasks');
    expect(first.operation.variables).toMatchObject({ projectId: 'p1', first: 100, after: null });
    first.flushData(tasksPage([task('t1', '2026-03-13', '2026-03-09'), task('t3', null)], 'c1'));
    await settle();

    const second = apollo.expectOne('TimelineTasks');
    expect(second.operation.variables).toMatchObject({ after: 'c1' });
    second.flushData(tasksPage([task('t2', '2026-03-20')], null));
    await settle();

    expect(all('timeline')).toHaveLength(1);
    expect(all('timeline-task').map((bar) => bar.getAttribute('data-task-id'))).toEqual(['t1', 't2']);
    expect(all('timeline-dependency')).toHaveLength(1);
    expect(all('timeline-milestone')).toHaveLength(1);
    expect(all('timeline-today')).toHaveLength(1);
    expect(all('timeline-undated')[0]?.textContent).toContain('1 task has no due date');
  });

  it('explains a failed load and tries again', async () => {
    apollo.expectOne('TimelineProject').flushData(project);
    apollo.expectOne('TimelineTasks').networkError(new Error('offline'));
    await settle();

    const error = all('timeline-error')[0] as HTMLElement;
    expect(error.textContent).toContain('We could not load the timeline.');

    error.querySelector('button')?.click();
    await fixture.whenStable();
    apollo.expectOne('TimelineProject').flushData(project);
    apollo.expectOne('TimelineTasks').flushData(tasksPage([task('t1', '2026-03-13')], null));
    await settle();

    expect(all('timeline-task')).toHaveLength(1);
  });
});
