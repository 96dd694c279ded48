import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  input,
  LOCALE_ID,
  signal,
  untracked,
  viewChild,
  ViewEncapsulation,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';

import {
  GANTT_GLOBAL_CONFIG,
  GANTT_I18N_LOCALE_TOKEN,
  GanttConfigService,
  GanttDragEvent,
  GanttGroupInternal,
  GanttItemInternal,
  GanttLineClickEvent,
  GanttLinkDragEvent,
  GanttViewType,
  NgxGanttComponent,
  NgxGanttModule,
} from '@worktile/gantt';
import { catchError, identity, map, Observable, of, startWith, switchMap } from 'rxjs';

import { ProjectTimelineGQL, ProjectTimelineQuery } from '@crm/graphql-client';

import { PlanningDialogs } from '../project/planning-dialogs';
import { todayIso } from '../shared/dates/calendar-days';
import { reloadOnRemovals } from '../shared/data/reload-on-removals';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { LOADING, QueryState } from '../shared/graphql/query-state';
import { confirmAction } from '../shared/ui/confirm-dialog.component';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { BaselinesPanelComponent } from './baselines/baselines-panel.component';
import { VarianceRow } from './baselines/baselines.store';
import { linkOfDrag, moveByDays, moveOfDrop, PlanMove } from './gantt-edits';
import { PlanIoActionsComponent } from './plan-io/plan-io-actions.component';
import { chartFrameLabel } from './frame-label';
import { exportPdf, exportPng } from './gantt-export';
import { speedUpGanttLayout } from './gantt-speed';
import { GANTT_CONFIG, GANTT_HEADER_PX, GANTT_ROW_PX, GANTT_STYLES, ganttLocale } from './gantt-locale';
import { barName, ganttData, GanttOrigin, GanttTaskItem, ghostBars, openingDay, viewRange } from './gantt-model';
import { EditOutcome, TimelineEdits } from './timeline-edits';

/** Zoom levels, each a view of the Gantt. */
const ZOOMS = [
  { key: GanttViewType.day, label: $localize`:@@timeline.zoom.days:Days` },
  { key: GanttViewType.week, label: $localize`:@@timeline.zoom.weeks:Weeks` },
  { key: GanttViewType.month, label: $localize`:@@timeline.zoom.months:Months` },
  { key: GanttViewType.quarter, label: $localize`:@@timeline.zoom.quarters:Quarters` },
] as const;

speedUpGanttLayout();

/** About the rows a first screen shows: the ones the opening day is chosen for. */
const FIRST_SCREEN_ROWS = 15;

/** The timeline, and whether the signed-in user may edit the plan it draws. */
type Timeline = ProjectTimelineQuery['projectTimeline'] & {
  canEdit: boolean;
  programName: string;
  criticalPath: ProjectTimelineQuery['criticalPath'];
};

/** What the page says after a change from the Gantt: saved, or refused and why. */
interface EditMessage {
  ok: boolean;
  text: string;
}

/**
 * The plan as an interactive Gantt (@worktile/gantt): phases as collapsible groups, milestones as
 * diamonds and dated tasks as bars, each prerequisite linked to the tasks that wait for it, the
 * critical path in its own colour and listed, and a saved baseline's dates as ghost bars. Editors
 * drag bars to move or resize them, drag from a bar's end to another bar to add a dependency, click
 * a link to remove it, or move a focused bar a day with Alt+arrow keys; every change is saved with
 * the version the timeline read, and a refused one snaps back with the reason. One request brings
 * the whole window; the Gantt's rows are virtual, so thousands of tasks scroll as smoothly as a few.
 */
@Component({
  selector: 'crm-timeline-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The Gantt draws its own elements: its styles and ours for them must reach inside it. Every
  // rule of ours is scoped under `crm-timeline-page` in the stylesheet.
  encapsulation: ViewEncapsulation.None,
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    NgxGanttModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    BaselinesPanelComponent,
    PlanIoActionsComponent,
  ],
  providers: [
    // The component reads its words and date formats through this service; a copy of our own
    // keeps them in the page's language whatever another page may configure.
    { provide: GANTT_GLOBAL_CONFIG, useValue: GANTT_CONFIG },
    { provide: GANTT_I18N_LOCALE_TOKEN, useFactory: () => ganttLocale(inject(LOCALE_ID)), multi: true },
    GanttConfigService,
  ],
  templateUrl: './timeline-page.component.html',
  styleUrl: './timeline-page.component.scss',
})
export class TimelinePageComponent {
  readonly projectId = input.required<string>();

  private readonly timelineGQL = inject(ProjectTimelineGQL);
  private readonly planning = inject(PlanningDialogs);
  private readonly edits = inject(TimelineEdits);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);

  /** The phase picked to narrow a truncated timeline; null for every phase. */
  protected readonly phaseId = signal<string | null>(null);
  /** The picker's value for "every phase": a select shows no label for a null value. */
  protected readonly allPhases = 'all';
  private readonly reloads = signal(0);
  /** Set for a reload after a saved change: the Gantt keeps showing while the plan loads again. */
  private quietReload = false;
  /** The baselines panel asks for its data only when opened. */
  protected readonly showBaselines = signal(false);
  protected readonly showCriticalPath = signal(false);
  /** The baseline picked in the panel, drawn as ghost bars. */
  private readonly baselineRows = signal<readonly VarianceRow[]>([]);
  /** Phases folded away, kept while on the page (across reloads and zooms). */
  private readonly collapsed = signal<ReadonlySet<string>>(new Set());
  /** Drawing the saved rows afresh puts a bar whose change was refused back where it was. */
  private readonly redraws = signal(0);
  protected readonly message = signal<EditMessage | null>(null);
  protected readonly saving = signal(false);
  protected readonly exporting = signal<'png' | 'pdf' | null>(null);

  protected readonly state = toSignal(
    toObservable(computed(() => ({ projectId: this.projectId(), phaseId: this.phaseId(), reload: this.reloads() }))).pipe(
      switchMap(({ projectId, phaseId }) => {
        const quiet = this.quietReload;
        this.quietReload = false;
        return this.loadTimeline(projectId, phaseId, quiet);
      }),
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
  protected readonly zoom = signal<GanttViewType>(GanttViewType.month);
  protected readonly ganttStyles = GANTT_STYLES;
  /** The names' column: narrower on a phone, so some of the calendar shows beside it. */
  protected readonly nameColumnWidth = typeof window !== 'undefined' && window.innerWidth < 600 ? 150 : 280;
  protected readonly today = todayIso();
  protected readonly nameColumnTitle = $localize`:@@timeline.page.nameColumn:Phases and tasks`;

  protected readonly errorMessage = computed(() => {
    const state = this.state();
    return state.status === 'error' ? $localize`:@@timeline.page.loadFailed:We could not load the timeline. ${state.message}:reason:` : '';
  });

  protected readonly timeline = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.data : null;
  });

  protected readonly canEdit = computed(() => this.timeline()?.canEdit ?? false);

  /** What a screen reader hears of the chart as a whole: how much it draws. */
  protected readonly frameLabel = computed(() => {
    const timeline = this.timeline();
    const phases = this.chart()?.groups.length ?? 0;
    const milestones = timeline?.milestones.length ?? 0;
    const tasks = timeline?.tasks.length ?? 0;
    return chartFrameLabel(phases, milestones, tasks);
  });

  protected readonly chart = computed(() => {
    const timeline = this.timeline();
    this.redraws();
    if (!timeline) return null;
    const data = ganttData(timeline, untracked(this.collapsed), timeline.canEdit);
    return { ...data, ...viewRange(timeline), empty: timeline.phases.length === 0 };
  });

  /** As tall as its rows (a short plan leaves no empty box), up to the window's height. */
  protected readonly frameHeight = computed(() => {
    const chart = this.chart();
    const rows = chart ? chart.groups.length + chart.items.length : 0;
    return GANTT_HEADER_PX + rows * GANTT_ROW_PX + 24;
  });

  protected readonly ghosts = computed(() => (this.showBaselines() ? ghostBars(this.baselineRows()) : []));

  /** The critical chain in order, named; tasks outside this window are left out of the list, not the count. */
  protected readonly criticalChain = computed(() => {
    const timeline = this.timeline();
    if (!timeline) return [];
    const byId = new Map(timeline.tasks.map((t) => [t.id, t]));
    return timeline.criticalPath.taskIds.flatMap((id) => byId.get(id) ?? []);
  });

  private readonly gantt = viewChild(NgxGanttComponent);
  private readonly ganttFrame = viewChild<ElementRef<HTMLElement>>('ganttFrame');
  /** The zoom and Gantt last placed for the first screen. */
  private scrolledTo: { zoom: string; gantt: NgxGanttComponent } | null = null;
  /** The bar to give the focus back to once it is drawn again (after a save or a scroll). */
  private focusAfterDraw: string | null = null;

  constructor() {
    // A milestone removed from its dialog here, or anything of the plan brought back with Undo or from the trash.
    reloadOnRemovals(['Phase', 'Milestone', 'Task'], () => this.reload(true));
    // The Gantt opens on today by itself, and again after a zoom change. When the first rows have
    // nothing near today (a picked phase long past, a plan not started), open on their earliest
    // bar instead, so the first screen shows bars rather than empty days.
    afterRenderEffect(() => {
      const gantt = this.gantt();
      const chart = this.chart();
      const zoom = this.zoom();
      if (!gantt || !chart || (this.scrolledTo?.zoom === zoom && this.scrolledTo.gantt === gantt)) return;
      this.scrolledTo = { zoom, gantt };
      const anchor = openingDay(chart.items.slice(0, FIRST_SCREEN_ROWS), Date.now() / 1000);
      if (anchor !== null && typeof requestAnimationFrame !== 'undefined') requestAnimationFrame(() => gantt.scrollToDate(anchor));
    });
  }

  protected pickPhase(phaseId: string | null): void {
    this.phaseId.set(phaseId);
  }

  protected reload(quiet = false): void {
    this.quietReload = quiet;
    this.reloads.update((n) => n + 1);
  }

  protected toggleBaselines(): void {
    const show = !this.showBaselines();
    this.showBaselines.set(show);
    if (!show) this.baselineRows.set([]);
  }

  protected showGhosts(rows: readonly VarianceRow[]): void {
    this.baselineRows.set(rows);
  }

  protected groupToggled(change: GanttGroupInternal | GanttItemInternal | (GanttGroupInternal | GanttItemInternal)[]): void {
    const groups = (Array.isArray(change) ? change : [change]).filter((g): g is GanttGroupInternal => g instanceof GanttGroupInternal);
    if (groups.length === 0) return;
    this.collapsed.update((set) => {
      const next = new Set(set);
      for (const group of groups) {
        if (group.expanded) next.delete(group.id);
        else next.add(group.id);
      }
      return next;
    });
  }

  protected isCollapsed(groupId: string): boolean {
    return this.collapsed().has(groupId);
  }

  protected phaseLabel(name: string): string {
    return $localize`:@@timeline.row.phaseLabel:${name}:phase:, phase`;
  }

  protected editPhaseLabel(name: string): string {
    return $localize`:@@timeline.row.editPhase:Edit phase ${name}:phase:`;
  }

  protected editTitle(name: string): string {
    return $localize`:@@timeline.row.editTitle:Edit ${name}:phase:`;
  }

  protected barName(item: GanttTaskItem): string {
    return barName(item.origin);
  }

  /** A dropped bar: the change it means goes through the one save path, or nothing if it did not move. */
  protected dropped(event: GanttDragEvent): void {
    const item = event.item as GanttTaskItem;
    const move = moveOfDrop(item.origin, item.start, item.end);
    if (move) this.save(move, item.id);
  }

  /** A link drawn from one bar's end to another bar: the target waits for the source. */
  protected linked(event: GanttLinkDragEvent): void {
    const timeline = this.timeline();
    if (!timeline || !event.target) return;
    const source = (event.source as GanttTaskItem).origin;
    const target = (event.target as GanttTaskItem).origin;
    const change = linkOfDrag(source, target, timeline.dependencies);
    if (!change.ok) {
      this.message.set({ ok: false, text: change.message });
      return this.redraw();
    }
    const words =
      source.kind === 'task' && target.kind === 'task'
        ? $localize`:@@timeline.edit.linked:“${target.row.title}:dependant:” now waits for “${source.row.title}:prerequisite:”.`
        : $localize`:@@timeline.edit.linkedPlain:Dependency added.`;
    this.finish(this.edits.linkDependency(change.dependantId, change.prerequisiteId, true, words));
  }

  /** A click on a link offers to remove it. */
  protected lineClicked(event: GanttLineClickEvent): void {
    if (!this.canEdit()) return;
    const source = (event.source as GanttTaskItem).origin;
    const target = (event.target as GanttTaskItem).origin;
    if (source.kind !== 'task' || target.kind !== 'task') return;
    confirmAction(this.dialog, {
      title: $localize`:@@timeline.unlink.title:Remove this dependency?`,
      message: $localize`:@@timeline.unlink.message:“${target.row.title}:dependant:” will no longer wait for “${source.row.title}:prerequisite:”.`,
      confirmLabel: $localize`:@@timeline.unlink.confirm:Remove dependency`,
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((yes) => {
        if (yes) {
          const words = $localize`:@@timeline.edit.unlinked:“${target.row.title}:dependant:” no longer waits for “${source.row.title}:prerequisite:”.`;
          this.finish(this.edits.linkDependency(target.row.id, source.row.id, false, words));
        }
      });
  }

  /** The same dialog as the overview's phase card; the timeline reloads after a save. */
  protected editPhase(phaseId: string): void {
    const phase = this.timeline()?.phases.find((p) => p.id === phaseId);
    if (!phase || !this.canEdit()) return;
    this.planning
      .phase({ projectId: this.projectId(), phase })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((saved) => {
        if (saved) this.reload(true);
      });
  }

  protected barClicked(origin: GanttOrigin): void {
    this.open(origin);
  }

  /**
   * Keys on a focused bar: Enter opens it, Up and Down move the focus to the bar above or below,
   * Alt+Left and Alt+Right move the task or milestone a day (the same save as a drag).
   */
  protected barKey(event: KeyboardEvent, item: GanttTaskItem): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      return this.open(item.origin);
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      return this.focusNeighbour(event.target as HTMLElement, event.key === 'ArrowDown' ? 1 : -1);
    }
    if (event.altKey && (event.key === 'ArrowRight' || event.key === 'ArrowLeft') && this.canEdit()) {
      event.preventDefault();
      this.save(moveByDays(item.origin, event.key === 'ArrowRight' ? 1 : -1), item.id);
    }
  }

  /** Brings a bar of the critical path into view and gives it the focus. */
  protected focusTask(taskId: string): void {
    const gantt = this.gantt();
    const item = this.chart()?.items.find((i) => i.id === taskId);
    if (!gantt || !item) return;
    if (this.collapsed().has(item.group_id)) {
      const group = gantt.groups.find((g) => g.id === item.group_id);
      if (group) gantt.expandGroup(group);
    }
    const index = gantt.flatItems.findIndex((row) => row.id === taskId);
    if (index >= 0) gantt.virtualScroll()?.scrollToIndex(Math.max(0, index - 3));
    gantt.scrollToDate(item.start);
    this.focusWhenDrawn(taskId);
  }

  protected async export(kind: 'png' | 'pdf'): Promise<void> {
    const frame = this.ganttFrame()?.nativeElement;
    const timeline = this.timeline();
    if (!frame || !timeline || this.exporting()) return;
    this.exporting.set(kind);
    try {
      await (kind === 'png' ? exportPng : exportPdf)(frame, timeline.programName, todayIso());
      this.message.set({
        ok: true,
        text: kind === 'png' ? $localize`:@@timeline.export.png:The timeline was saved as a PNG picture.` : $localize`:@@timeline.export.pdf:The timeline was saved as a PDF.`,
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : '';
      this.message.set({ ok: false, text: $localize`:@@timeline.export.failed:We could not export the timeline. ${reason}:reason:`.trim() });
    } finally {
      this.exporting.set(null);
    }
  }

  protected print(): void {
    window.print();
  }

  /**
   * The one path every move of a bar takes, dragged or moved with keys. Saved: the timeline loads
   * again (dependants may have moved with it). Refused: the bar goes back and the reason shows.
   */
  private save(move: PlanMove, itemId: string): void {
    this.focusAfterDraw = itemId;
    this.finish(this.edits.move(move));
  }

  private finish(request: Observable<EditOutcome>): void {
    this.saving.set(true);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((outcome) => {
      this.saving.set(false);
      this.message.set({ ok: outcome.ok, text: outcome.message });
      if (outcome.ok) this.reload(true);
      else this.redraw();
      if (this.focusAfterDraw) this.focusWhenDrawn(this.focusAfterDraw);
    });
  }

  private redraw(): void {
    this.redraws.update((n) => n + 1);
  }

  private open(origin: GanttOrigin): void {
    if (origin.kind === 'task') {
      // The board opens a task's detail from its link, as the search box's results do.
      void this.router.navigate(['../board'], { relativeTo: this.route, queryParams: { task: origin.row.id } });
      return;
    }
    const timeline = this.timeline();
    if (!timeline || !this.canEdit()) return;
    const milestone = origin.row;
    this.planning
      .milestone({ projectId: this.projectId(), phases: timeline.phases, phaseId: milestone.phaseId, milestone })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((saved) => {
        if (saved) this.reload(true);
      });
  }

  private focusNeighbour(from: HTMLElement, step: 1 | -1): void {
    const bars = this.drawnBars();
    const next = bars[bars.indexOf(from) + step];
    if (next) {
      next.focus();
      next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  private drawnBars(): HTMLElement[] {
    const frame = this.ganttFrame()?.nativeElement;
    if (!frame) return [];
    // Rows are drawn top to bottom in the page; order them by their place for safety.
    return [...frame.querySelectorAll<HTMLElement>('[data-bar-id]')].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
  }

  /** Bars are drawn once they scroll into view: try for a few frames, then give up quietly. */
  private focusWhenDrawn(itemId: string, frames = 30): void {
    const bar = this.ganttFrame()?.nativeElement.querySelector<HTMLElement>(`[data-bar-id="${itemId}"]`);
    if (bar && !this.saving()) {
      this.focusAfterDraw = null;
      bar.focus({ preventScroll: false });
      return;
    }
    if (frames > 0 && typeof requestAnimationFrame !== 'undefined') requestAnimationFrame(() => this.focusWhenDrawn(itemId, frames - 1));
  }

  private loadTimeline(projectId: string, phaseId: string | null, quiet: boolean): Observable<QueryState<Timeline>> {
    return (
      this.timelineGQL
        // Straight from the server and kept out of the cache: a snapshot of thousands of rows that
        // the board keeps in its own shape.
        .fetch({ variables: { projectId, phaseId }, fetchPolicy: 'no-cache' })
        .pipe(
          map((result): QueryState<Timeline> => {
            if (!result.data) throw result.error ?? new Error($localize`:@@timeline.page.noAnswer:The server answered without the timeline.`);
            const { project, criticalPath, projectTimeline } = result.data;
            return { status: 'loaded', data: { ...projectTimeline, canEdit: project.myPermission !== 'VIEWER', programName: project.name, criticalPath } };
          }),
          quiet ? identity : startWith(LOADING),
          catchError((error: unknown) => of<QueryState<Timeline>>({ status: 'error', message: userMessageOf(error) })),
        )
    );
  }
}
