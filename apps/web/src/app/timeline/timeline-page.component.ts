import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';

import { catchError, map, Observable, of, startWith, switchMap } from 'rxjs';

import { ProjectTimelineGQL, ProjectTimelineQuery } from '@crm/graphql-client';

import { PlanningDialogs } from '../project/planning-dialogs';
import { todayIso } from '../shared/dates/calendar-days';
import { reloadOnRemovals } from '../shared/data/reload-on-removals';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { LOADING, QueryState } from '../shared/graphql/query-state';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { BaselinesPanelComponent } from './baselines/baselines-panel.component';
import { PlanIoActionsComponent } from './plan-io/plan-io-actions.component';
import { DEFAULT_LAYOUT, layoutTimeline, TimelineMilestone, TimelinePhase } from './timeline-layout';
import { drawnPart, RowWindow, sameWindow, visibleRows } from './timeline-window';

/** Zoom levels: how many pixels one day takes. */
const ZOOMS = [
  { key: 'weeks', label: 'Weeks', pxPerDay: 16 },
  { key: 'months', label: 'Months', pxPerDay: 5 },
  { key: 'quarters', label: 'Quarters', pxPerDay: 2 },
] as const;
type ZoomKey = (typeof ZOOMS)[number]['key'];

/** Height of the month header above the rows. */
const HEADER = 28;

/** The timeline, and whether the signed-in user may edit the plan it draws. */
type Timeline = ProjectTimelineQuery['projectTimeline'] & { canEdit: boolean };

/**
 * The plan on a calendar: phases as planned bars, milestones as diamonds, dated tasks as bars under
 * their phase, and arrows from each task to the tasks that wait for it. One request brings the
 * whole window (the server caps the tasks and says when it did); the layout is worked out for every
 * row, but only the rows in and near the viewport are put in the page, so thousands of tasks
 * scroll as smoothly as a few.
 */
@Component({
  selector: 'crm-timeline-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    BaselinesPanelComponent,
    PlanIoActionsComponent,
  ],
  templateUrl: './timeline-page.component.html',
  styleUrl: './timeline-page.component.scss',
})
export class TimelinePageComponent {
  readonly projectId = input.required<string>();

  private readonly timelineGQL = inject(ProjectTimelineGQL);
  private readonly planning = inject(PlanningDialogs);
  private readonly destroyRef = inject(DestroyRef);

  /** The phase picked to narrow a truncated timeline; null for every phase. */
  protected readonly phaseId = signal<string | null>(null);
  /** The picker's value for "every phase": a select shows no label for a null value. */
  protected readonly allPhases = 'all';
  private readonly reloads = signal(0);
  /** The baselines panel asks for its data only when opened. */
  protected readonly showBaselines = signal(false);

  protected readonly state = toSignal(
    toObservable(computed(() => ({ projectId: this.projectId(), phaseId: this.phaseId(), reload: this.reloads() }))).pipe(
      switchMap(({ projectId, phaseId }) => this.loadTimeline(projectId, phaseId)),
    ),
    { initialValue: LOADING as QueryState<Timeline> },
  );

  /** The phases last seen, so the picker stays put while another phase loads. */
  private lastPhases: Timeline['phases'] = [];
  protected readonly phases = computed(() => {
    const state = this.state();
    if (state.status === 'loaded') this.lastPhases = state.data.phases;
    return this.lastPhases;
  });

  protected readonly zooms = ZOOMS;
  protected readonly zoom = signal<ZoomKey>('months');
  protected readonly header = HEADER;
  protected readonly today = todayIso();

  protected readonly errorMessage = computed(() => {
    const state = this.state();
    return state.status === 'error' ? `We could not load the timeline. ${state.message}` : '';
  });

  protected readonly timeline = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.data : null;
  });

  /** Editors open a phase or milestone from its bar, its name or its mark; viewers only look. */
  protected readonly canEdit = computed(() => this.timeline()?.canEdit ?? false);

  protected readonly layout = computed(() => {
    const timeline = this.timeline();
    if (!timeline) return null;
    const pxPerDay = ZOOMS.find((z) => z.key === this.zoom())?.pxPerDay ?? DEFAULT_LAYOUT.pxPerDay;
    return layoutTimeline(
      {
        phases: phasesWithMilestones(timeline),
        tasks: timeline.tasks,
        dependencies: timeline.dependencies,
        today: this.today,
        projectStart: timeline.projectStart,
        projectEnd: timeline.projectEnd,
      },
      { ...DEFAULT_LAYOUT, pxPerDay },
    );
  });

  /** The scroller's vertical position, read on scroll outside change detection. */
  private readonly viewport = signal({ top: 0, height: 0 }, { equal: (a, b) => sameWindow(this.windowAt(a), this.windowAt(b)) });
  private readonly rowWindow = computed<RowWindow>(
    () => {
      const layout = this.layout();
      const { top, height } = this.viewport();
      return layout ? visibleRows(top - HEADER, height, layout.rowHeight, layout.rows.length) : { first: 0, last: 0 };
    },
    { equal: sameWindow },
  );
  protected readonly drawn = computed(() => {
    const layout = this.layout();
    return layout ? drawnPart(layout, this.rowWindow()) : null;
  });

  private readonly scroller = viewChild<ElementRef<HTMLElement>>('scroller');
  /** The zoom and the scroller last opened on today; a new scroller (after a reload) opens there again. */
  private scrolledTo: { zoom: string; scroller: HTMLElement } | null = null;

  constructor() {
    // A milestone removed from its dialog here, or anything of the plan brought back with Undo or from the trash.
    reloadOnRemovals(['Phase', 'Milestone', 'Task'], () => this.reload());
    // Open on today rather than on the project's first month, and again after a zoom change or a reload.
    afterRenderEffect(() => {
      const layout = this.layout();
      const scroller = this.scroller()?.nativeElement;
      const zoom = this.zoom();
      if (!layout || !scroller || (this.scrolledTo?.zoom === zoom && this.scrolledTo.scroller === scroller)) return;
      this.scrolledTo = { zoom, scroller };
      // A picked phase may lie far from today: open on its earliest task instead.
      const anchor = untracked(this.phaseId) ? earliestBarX(layout.taskBars) ?? layout.todayX : layout.todayX;
      scroller.scrollLeft = Math.max(0, anchor - scroller.clientWidth / 3);
    });

    // A plain listener rather than a template binding: a bound (scroll) would run change detection
    // on every scroll event, while this only touches a signal, and the drawn rows change once the
    // window has moved by a step. The scroller comes and goes with the loading states: follow it.
    let attached: HTMLElement | null = null;
    let resize: ResizeObserver | null = null;
    const measure = () => {
      if (attached) this.viewport.set({ top: attached.scrollTop, height: attached.clientHeight });
    };
    const detach = () => {
      attached?.removeEventListener('scroll', measure);
      resize?.disconnect();
      attached = null;
    };
    afterRenderEffect(() => {
      const scroller = this.scroller()?.nativeElement ?? null;
      if (scroller === attached) return;
      detach();
      if (!scroller) return;
      attached = scroller;
      scroller.addEventListener('scroll', measure, { passive: true });
      if (typeof ResizeObserver !== 'undefined') {
        resize ??= new ResizeObserver(measure);
        resize.observe(scroller);
      }
      measure();
    });
    inject(DestroyRef).onDestroy(detach);
  }

  /**
   * The rows drawn for a scroll position. The viewport signal compares positions by this, so a
   * scroll event that leaves the window where it was does not even schedule change detection.
   */
  private windowAt({ top, height }: { top: number; height: number }): RowWindow {
    const layout = untracked(this.layout);
    return layout ? visibleRows(top - HEADER, height, layout.rowHeight, layout.rows.length) : { first: 0, last: 0 };
  }

  protected pickPhase(phaseId: string | null): void {
    this.phaseId.set(phaseId);
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  /** The same dialog as the overview's phase card; the timeline reloads after a save. */
  protected editPhase(phaseId: string): void {
    const phase = this.timeline()?.phases.find((p) => p.id === phaseId);
    if (!phase || !this.canEdit()) return;
    this.afterSave(this.planning.phase({ projectId: this.projectId(), phase }));
  }

  protected editMilestone(milestoneId: string): void {
    const timeline = this.timeline();
    const milestone = timeline?.milestones.find((m) => m.id === milestoneId);
    if (!timeline || !milestone || !this.canEdit()) return;
    this.afterSave(this.planning.milestone({ projectId: this.projectId(), phases: timeline.phases, phaseId: milestone.phaseId, milestone }));
  }

  /** The phase a label row names, for rows that name one. */
  protected phaseOfRow(row: { kind: string; key: string }): string | null {
    return row.kind === 'phase' ? row.key.slice('phase:'.length) : null;
  }

  private afterSave(closed: Observable<boolean>): void {
    closed.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((saved) => {
      if (saved) this.reload();
    });
  }

  private loadTimeline(projectId: string, phaseId: string | null): Observable<QueryState<Timeline>> {
    return (
      this.timelineGQL
        // Straight from the server and kept out of the cache: a read-only snapshot of thousands of
        // rows that the board keeps in its own shape.
        .fetch({ variables: { projectId, phaseId }, fetchPolicy: 'no-cache' })
        .pipe(
          map((result): QueryState<Timeline> => {
            if (!result.data) throw result.error ?? new Error('The server answered without the timeline.');
            const canEdit = result.data.project.myPermission !== 'VIEWER';
            return { status: 'loaded', data: { ...result.data.projectTimeline, canEdit } };
          }),
          startWith(LOADING),
          catchError((error: unknown) => of<QueryState<Timeline>>({ status: 'error', message: userMessageOf(error) })),
        )
    );
  }
}

/** The answer's flat milestones under their phases, in one pass. */
function phasesWithMilestones(timeline: Timeline): TimelinePhase[] {
  const byPhase = new Map<string, TimelineMilestone[]>();
  for (const milestone of timeline.milestones) {
    const list = byPhase.get(milestone.phaseId);
    if (list) list.push(milestone);
    else byPhase.set(milestone.phaseId, [milestone]);
  }
  return timeline.phases.map((phase) => ({ ...phase, milestones: byPhase.get(phase.id) ?? [] }));
}

function earliestBarX(bars: readonly { x: number }[]): number | null {
  let earliest: number | null = null;
  for (const bar of bars) if (earliest === null || bar.x < earliest) earliest = bar.x;
  return earliest;
}
