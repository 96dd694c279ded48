import { inject, Injectable } from '@angular/core';

import { catchError, from, map, Observable, of, switchMap } from 'rxjs';

import { TimelineMoveMilestoneGQL, TimelineMoveTaskGQL, TimelineTaskDependenciesGQL } from '@crm/graphql-client';

import { formatDay } from '../shared/dates/calendar-days';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { PlanMove, withPrerequisite } from './gantt-edits';
import { TaskMoveError, TaskMoveService } from './shift-dependants/task-move.service';

/** How a change from the Gantt ended: saved (the page reloads), or refused with the reason to show. */
export type EditOutcome = { ok: true; message: string } | { ok: false; message: string };

/**
 * Every change the Gantt makes to the plan goes through here: moving or resizing a bar (mouse or
 * keyboard) and drawing or removing a dependency. Each sends the version the timeline read, so a
 * change made meanwhile is refused (CONFLICT) rather than overwritten; dependency rules and loops
 * are the API's to refuse. A task moved to new dates goes through `TaskMoveService`, which first
 * asks which tasks waiting for it would start too early and offers to move them along.
 */
@Injectable({ providedIn: 'root' })
export class TimelineEdits {
  private readonly moveTaskGQL = inject(TimelineMoveTaskGQL);
  private readonly moveMilestoneGQL = inject(TimelineMoveMilestoneGQL);
  private readonly dependenciesGQL = inject(TimelineTaskDependenciesGQL);
  private readonly taskMove = inject(TaskMoveService);

  move(move: PlanMove): Observable<EditOutcome> {
    if (move.kind === 'milestone') {
      const { row, dueDate } = move;
      return this.outcome(
        this.moveMilestoneGQL.mutate({ variables: { input: { id: row.id, version: row.version, dueDate } } }),
        $localize`:@@timeline.edit.milestoneMoved:Moved milestone “${row.name}:name:” to ${formatDay(dueDate)}:day:.`,
      );
    }
    const { row, dates } = move;
    const due = formatDay(dates.dueDate);
    const when = dates.startDate ? $localize`:@@timeline.bar.span:${formatDay(dates.startDate)}:start: – ${due}:due:` : $localize`:@@timeline.edit.due:due ${due}:day:`;
    const moved = $localize`:@@timeline.edit.taskMoved:Moved “${row.title}:title:” to ${when}:when:.`;
    const { startDate } = dates;
    if (startDate) {
      return from(this.taskMove.move(row, startDate, dates.dueDate)).pipe(
        map((result): EditOutcome => (result === 'moved' ? { ok: true, message: moved } : { ok: false, message: $localize`:@@timeline.edit.notMoved:“${row.title}:title:” was not moved.` })),
        catchError((error: unknown) => of<EditOutcome>({ ok: false, message: error instanceof TaskMoveError ? error.message : userMessageOf(error) })),
      );
    }
    // A task without a start date keeps none: only its due date moves.
    return this.outcome(this.moveTaskGQL.mutate({ variables: { input: { id: row.id, version: row.version, ...dates } } }), moved);
  }

  /**
   * Adds or removes one prerequisite of `dependantId`. The task's whole list and version are read
   * first: the timeline may hold only part of the plan, and the list is replaced as a whole.
   */
  linkDependency(dependantId: string, prerequisiteId: string, add: boolean, words: string): Observable<EditOutcome> {
    return this.outcome(
      this.dependenciesGQL.fetch({ variables: { id: dependantId }, fetchPolicy: 'no-cache' }).pipe(
        switchMap(({ data }) => {
          if (!data) throw new Error($localize`:@@timeline.edit.noTask:The server answered without the task.`);
          const { id, version, dependsOnIds } = data.task;
          return this.moveTaskGQL.mutate({ variables: { input: { id, version, dependsOnIds: withPrerequisite(dependsOnIds, prerequisiteId, add) } } });
        }),
      ),
      words,
    );
  }

  private outcome(request: Observable<{ data?: unknown; error?: unknown }>, message: string): Observable<EditOutcome> {
    return request.pipe(
      map((result): EditOutcome => {
        if (result.error || !result.data) return { ok: false, message: userMessageOf(result.error ?? null) };
        return { ok: true, message };
      }),
      catchError((error: unknown) => of<EditOutcome>({ ok: false, message: userMessageOf(error) })),
    );
  }
}
