import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';

import { Observable, switchMap } from 'rxjs';

import {
  OverviewMilestoneFragment,
  OverviewMyTasksGQL,
  OverviewMyTasksQuery,
  OverviewPhaseFragment,
  ProjectCompleteMilestoneGQL,
  ProjectCompletePhaseGQL,
  ProjectOverviewGQL,
  ProjectSetExitCriterionGQL,
  ProjectSetExitCriterionMutation,
} from '@crm/graphql-client';

import { todayIso } from '../shared/dates/calendar-days';
import { reloadOnRemovals } from '../shared/data/reload-on-removals';
import { LOADING, QueryState, queryStates } from '../shared/graphql/query-state';
import { pointOutLinkedElement } from '../shared/navigation/linked-record';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { ActionProblem, actionProblemOf } from './action-problem';
import { CarryOverDialogComponent, CarryOverDialogData } from './carry-over-dialog.component';
import { GoLiveForecastCardComponent } from './go-live-forecast-card.component';
import { dueLabel, lateness, unownedLabel } from './overview-format';
import { CriterionChange, OverviewCriterion, PhaseCardComponent } from './phase-card.component';
import { PlanningDialogs } from './planning-dialogs';
import { ReopenPhaseDialogComponent } from './reopen-phase-dialog.component';
import { DayPipe } from '../shared/format/format.pipes';

/** How many of the user's own open tasks the overview lists. */
const MY_NEXT_ACTIONS = 10;
/**
 * myTasks spans every project, soonest due first, and pages at 100: taking the most the API gives
 * keeps this project's ten soonest in the answer unless someone owns a hundred tasks elsewhere
 * that are all due sooner.
 */
const MY_TASKS_FETCHED = 100;

/**
 * The project at a glance: phases in order with their gates, what is late, what is next, who owns
 * nothing, and what the signed-in user should do next. Changes made here (ticking an exit
 * criterion, marking a milestone done, completing a phase) reload the overview, because one change
 * moves several derived figures (gate blockers, overdue lists, the next milestone).
 */
@Component({
  selector: 'crm-overview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DayPipe,
    RouterLink,
    MatButtonModule,
    MatProgressSpinnerModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    GoLiveForecastCardComponent,
    PhaseCardComponent,
  ],
  templateUrl: './overview-page.component.html',
  styleUrl: './overview-page.component.scss',
})
export class OverviewPageComponent {
  readonly projectId = input.required<string>();
  /** ?milestone=<id> points that milestone out (links from the search box lead here). */
  readonly milestone = input<string>();

  private readonly destroyRef = inject(DestroyRef);
  private readonly overviewGQL = inject(ProjectOverviewGQL);
  private readonly completePhaseGQL = inject(ProjectCompletePhaseGQL);
  private readonly completeMilestoneGQL = inject(ProjectCompleteMilestoneGQL);
  private readonly setExitCriterionGQL = inject(ProjectSetExitCriterionGQL);
  private readonly dialog = inject(MatDialog);
  private readonly planning = inject(PlanningDialogs);

  private readonly overviewRef = computed(() =>
    this.overviewGQL.watch({ variables: { id: this.projectId() }, fetchPolicy: 'cache-and-network' }),
  );
  protected readonly overview = toSignal(
    toObservable(this.overviewRef).pipe(switchMap((ref) => queryStates(ref.valueChanges, (data) => data.project))),
    { initialValue: LOADING },
  );

  constructor() {
    // A phase, milestone or exit criterion removed from its dialog, or brought back with Undo or from the trash.
    reloadOnRemovals(['Phase', 'Milestone', 'ExitCriterion', 'Task'], () => {
      this.reload();
      this.reloadMyTasks();
    });
    pointOutLinkedElement({
      param: 'milestone',
      id: this.milestone,
      ready: () => this.overview().status === 'loaded',
      selector: (id) => `[data-milestone-id="${CSS.escape(id)}"]`,
      missing: $localize`:@@project.overview.linkedMissing:That milestone is no longer in this program.`,
    });
  }

  private readonly myTasksRef = inject(OverviewMyTasksGQL).watch({
    variables: { first: MY_TASKS_FETCHED },
    fetchPolicy: 'cache-and-network',
  });
  private readonly allMyTasks = toSignal(queryStates(this.myTasksRef.valueChanges, (data) => data.myTasks), {
    initialValue: LOADING,
  });
  protected readonly myTasks = computed<QueryState<OverviewMyTasksQuery['myTasks']>>(() => {
    const state = this.allMyTasks();
    if (state.status !== 'loaded') return state;
    const id = this.projectId();
    return { status: 'loaded', data: state.data.filter((t) => t.project.id === id).slice(0, MY_NEXT_ACTIONS) };
  });
  protected readonly myTaskList = computed(() => {
    const state = this.myTasks();
    return state.status === 'loaded' ? state.data : [];
  });
  protected readonly myTasksErrorText = computed(() => {
    const state = this.myTasks();
    const reason = state.status === 'error' ? state.message : '';
    return $localize`:@@project.overview.tasksLoadFailed:We could not load your tasks. ${reason}:reason:`;
  });

  protected readonly project = computed(() => {
    const state = this.overview();
    return state.status === 'loaded' ? state.data : null;
  });
  protected readonly overviewErrorText = computed(() => {
    const state = this.overview();
    const reason = state.status === 'error' ? state.message : '';
    return $localize`:@@project.overview.loadFailed:We could not load the overview. ${reason}:reason:`;
  });

  protected readonly texts = {
    noPhasesEditable: $localize`:@@project.overview.noPhasesEditable:This program has no phases yet. Add the first one to start the plan.`,
    noPhases: $localize`:@@project.overview.noPhases:This program has no phases yet.`,
  };

  protected readonly today = todayIso();
  protected readonly canEdit = computed(() => {
    const project = this.project();
    return project !== null && project.myPermission !== 'VIEWER';
  });
  protected readonly canOwn = computed(() => this.project()?.myPermission === 'OWNER');
  /** Most late first, whatever order the list arrives in. */
  protected readonly overdueMilestones = computed(() =>
    [...(this.project()?.overdueMilestones ?? [])].sort((a, b) => b.daysLate - a.daysLate),
  );

  /** The change under way, e.g. "phase:<id>"; its control is disabled meanwhile. */
  protected readonly busy = signal<string | null>(null);
  /** Why the last change failed, shown on the card of the phase it concerned. */
  protected readonly problem = signal<{ phaseId: string; problem: ActionProblem } | null>(null);

  protected readonly lateness = lateness;
  protected readonly dueLabel = dueLabel;
  protected readonly unownedLabel = unownedLabel;

  protected reload(): void {
    this.problem.set(null);
    // A failed refetch is reported through the watched results; the rejected promise adds nothing.
    this.overviewRef()
      .refetch()
      .catch(() => undefined);
  }

  protected reloadMyTasks(): void {
    this.myTasksRef.refetch().catch(() => undefined);
  }

  protected problemFor(phaseId: string): ActionProblem | null {
    const current = this.problem();
    return current?.phaseId === phaseId ? current.problem : null;
  }

  protected completePhase(phase: OverviewPhaseFragment): void {
    this.run(
      `phase:${phase.id}`,
      phase,
      phase.name,
      this.completePhaseGQL.mutate({ variables: { input: { id: phase.id, version: phase.version } } }),
    );
  }

  /** Phases after this one that are not completed yet: where its open tasks may be carried over. */
  protected laterPhases(phase: OverviewPhaseFragment): { id: string; name: string }[] {
    return (this.project()?.phases ?? []).filter((p) => p.position > phase.position && p.status !== 'COMPLETED');
  }

  /** Moves the phase's open tasks on through the dialog, then completes the phase. */
  protected carryOver(phase: OverviewPhaseFragment): void {
    const data: CarryOverDialogData = { projectId: this.projectId(), phase, laterPhases: this.laterPhases(phase) };
    this.dialog
      .open<CarryOverDialogComponent, CarryOverDialogData, boolean>(CarryOverDialogComponent, { data, width: '520px' })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((moved) => {
        if (moved) this.completePhase(phase);
      });
  }

  protected reopen(phase: OverviewPhaseFragment): void {
    this.dialog
      .open<ReopenPhaseDialogComponent, OverviewPhaseFragment, boolean>(ReopenPhaseDialogComponent, { data: phase, width: '480px' })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((reopened) => {
        if (reopened) this.reload();
      });
  }

  protected completeMilestone(phase: OverviewPhaseFragment, milestone: OverviewMilestoneFragment): void {
    this.run(
      `milestone:${milestone.id}`,
      phase,
      milestone.name,
      this.completeMilestoneGQL.mutate({ variables: { input: { id: milestone.id, version: milestone.version } } }),
    );
  }

  protected setExitCriterion(phase: OverviewPhaseFragment, change: CriterionChange): void {
    this.run(
      `criterion:${change.id}`,
      phase,
      change.label,
      this.setExitCriterionGQL.mutate({
        variables: { input: { id: change.id, done: change.done } },
        // The box stays the way the user set it while the server confirms.
        optimisticResponse: {
          // The cache needs the type name to find the criterion it replaces.
          setExitCriterion: {
            __typename: 'ExitCriterion',
            id: change.id,
            label: change.label,
            done: change.done,
            // Ticking is a change: the server answers with the next version.
            version: change.version + 1,
          } as ProjectSetExitCriterionMutation['setExitCriterion'],
        },
      }),
    );
  }

  /** Adds a phase of the team's own; it lands where its planned start puts it. */
  protected addPhase(): void {
    this.afterSave(this.planning.phase({ projectId: this.projectId(), phase: null }));
  }

  protected editPhase(phase: OverviewPhaseFragment): void {
    this.afterSave(this.planning.phase({ projectId: this.projectId(), phase }));
  }

  protected addMilestone(phase: OverviewPhaseFragment): void {
    this.afterSave(this.planning.milestone({ projectId: this.projectId(), phases: this.project()?.phases ?? [], phaseId: phase.id, milestone: null }));
  }

  protected editMilestone(phase: OverviewPhaseFragment, milestone: OverviewMilestoneFragment): void {
    this.afterSave(this.planning.milestone({ projectId: this.projectId(), phases: this.project()?.phases ?? [], phaseId: phase.id, milestone }));
  }

  protected addCriterion(phase: OverviewPhaseFragment): void {
    this.afterSave(this.planning.exitCriterion({ projectId: this.projectId(), phaseId: phase.id, phaseName: phase.name, criterion: null }));
  }

  protected signOff(phase: OverviewPhaseFragment, criterion: OverviewCriterion): void {
    this.afterSave(this.planning.signOff({ phaseName: phase.name, criterion }));
  }

  protected editCriterion(phase: OverviewPhaseFragment, criterion: OverviewCriterion): void {
    this.afterSave(this.planning.exitCriterion({ projectId: this.projectId(), phaseId: phase.id, phaseName: phase.name, criterion }));
  }

  private afterSave(closed: Observable<boolean>): void {
    closed.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((saved) => {
      if (saved) this.reload();
    });
  }

  private run(key: string, phase: OverviewPhaseFragment, subject: string, request: Observable<unknown>): void {
    this.busy.set(key);
    this.problem.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: () => {
        this.busy.set(null);
        this.reload();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const problem = actionProblemOf(error, subject);
        // Already done: show the page as it is now, so the button that no longer applies goes away.
        if (problem.kind === 'invalid-state') this.reload();
        this.problem.set({ phaseId: phase.id, problem });
      },
    });
  }
}
