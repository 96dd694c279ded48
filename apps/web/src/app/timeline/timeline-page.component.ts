import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';

import { catchError, map, Observable, of, startWith, switchMap } from 'rxjs';

import { TimelineProjectGQL, TimelineProjectQuery, TimelineTasksGQL } from '@crm/graphql-client';

import { todayIso } from '../shared/dates/calendar-days';
import { allPages } from '../shared/graphql/all-pages';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { LOADING, QueryState, queryStates } from '../shared/graphql/query-state';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { DEFAULT_LAYOUT, layoutTimeline, TimelineTask } from './timeline-layout';

/** Zoom levels: how many pixels one day takes. */
const ZOOMS = [
  { key: 'weeks', label: 'Weeks', pxPerDay: 16 },
  { key: 'months', label: 'Months', pxPerDay: 5 },
  { key: 'quarters', label: 'Quarters', pxPerDay: 2 },
] as const;
type ZoomKey = (typeof ZOOMS)[number]['key'];

/** Height of the month header above the rows. */
const HEADER = 28;
const TASK_PAGE_SIZE = 100;

/**
 * The plan on a calendar: phases as planned bars, milestones as diamonds, dated tasks as bars under
 * their phase, and arrows from each task to the tasks that wait for it. Drawn as plain SVG from a
 * precomputed layout, which keeps a few hundred tasks cheap to render and to re-zoom.
 */
@Component({
  selector: 'crm-timeline-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatButtonToggleModule, MatProgressSpinnerModule, EmptyStateComponent, ErrorBannerComponent],
  templateUrl: './timeline-page.component.html',
  styleUrl: './timeline-page.component.scss',
})
export class TimelinePageComponent {
  readonly projectId = input.required<string>();

  private readonly projectGQL = inject(TimelineProjectGQL);
  private readonly tasksGQL = inject(TimelineTasksGQL);

  private readonly projectRef = computed(() =>
    this.projectGQL.watch({ variables: { id: this.projectId() }, fetchPolicy: 'cache-and-network' }),
  );
  private readonly project = toSignal(
    toObservable(this.projectRef).pipe(switchMap((ref) => queryStates(ref.valueChanges, (data) => data.project))),
    { initialValue: LOADING },
  );

  private readonly taskReloads = signal(0);
  private readonly tasks = toSignal(
    toObservable(computed(() => ({ projectId: this.projectId(), reload: this.taskReloads() }))).pipe(
      switchMap(({ projectId }) => this.loadTasks(projectId)),
    ),
    { initialValue: LOADING },
  );

  protected readonly zooms = ZOOMS;
  protected readonly zoom = signal<ZoomKey>('months');
  protected readonly header = HEADER;
  protected readonly today = todayIso();

  protected readonly state = computed<QueryState<{ project: TimelineProjectQuery['project']; tasks: TimelineTask[] }>>(
    () => {
      const project = this.project();
      const tasks = this.tasks();
      if (project.status === 'error') return project;
      if (tasks.status === 'error') return tasks;
      if (project.status === 'loading' || tasks.status === 'loading') return LOADING;
      return { status: 'loaded', data: { project: project.data, tasks: tasks.data } };
    },
  );

  protected readonly errorMessage = computed(() => {
    const state = this.state();
    return state.status === 'error' ? `We could not load the timeline. ${state.message}` : '';
  });

  protected readonly layout = computed(() => {
    const state = this.state();
    if (state.status !== 'loaded') return null;
    const { project, tasks } = state.data;
    const pxPerDay = ZOOMS.find((z) => z.key === this.zoom())?.pxPerDay ?? DEFAULT_LAYOUT.pxPerDay;
    return layoutTimeline(
      {
        phases: project.phases,
        tasks,
        dependencies: project.taskDependencies,
        today: this.today,
        projectStart: project.startDate,
        projectEnd: project.targetGoLiveDate,
      },
      { ...DEFAULT_LAYOUT, pxPerDay },
    );
  });

  private readonly scroller = viewChild<ElementRef<HTMLElement>>('scroller');
  private scrolledTo: string | null = null;

  constructor() {
    // Open on today rather than on the project's first month, and again after a zoom change.
    afterRenderEffect(() => {
      const layout = this.layout();
      const scroller = this.scroller()?.nativeElement;
      const zoom = this.zoom();
      if (!layout || !scroller || this.scrolledTo === zoom) return;
      this.scrolledTo = zoom;
      scroller.scrollLeft = Math.max(0, layout.todayX - scroller.clientWidth / 3);
    });
  }

  protected reload(): void {
    this.projectRef()
      .refetch()
      .catch(() => undefined);
    this.taskReloads.update((n) => n + 1);
  }

  private loadTasks(projectId: string): Observable<QueryState<TimelineTask[]>> {
    return allPages((after) =>
      this.tasksGQL
        // Straight from the server and kept out of the cache: this is a read-only snapshot of
        // every task, and the board keeps its own pages of the same tasks.
        .fetch({ variables: { projectId, first: TASK_PAGE_SIZE, after }, fetchPolicy: 'no-cache' })
        .pipe(
          map((result) => {
            if (!result.data) throw result.error ?? new Error('The server answered without the tasks.');
            return result.data.tasks;
          }),
        ),
    ).pipe(
      map((nodes): QueryState<TimelineTask[]> => ({
        status: 'loaded',
        data: nodes.map((node) => ({
          id: node.id,
          title: node.title,
          status: node.status,
          startDate: node.startDate,
          dueDate: node.dueDate,
          overdue: node.overdue,
          phaseId: node.phase.id,
        })),
      })),
      startWith(LOADING),
      catchError((error: unknown) => of<QueryState<TimelineTask[]>>({ status: 'error', message: userMessageOf(error) })),
    );
  }
}
