import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';

import { catchError, combineLatest, map, of, startWith, switchMap } from 'rxjs';

import { HistoryNamesGQL, HistoryTaskTitlesGQL } from '@crm/graphql-client';

import { allPages } from '../shared/graphql/all-pages';
import { HistoryPanelComponent } from './history-panel.component';

/**
 * The project's audit trail. The names of phases, milestones, exit criteria, members, roles, role
 * holders, rollout waves and tasks are
 * looked up alongside, so that the changes read "Phase: Needs analysis → Process redesign" rather
 * than as ids. The names are a nicety: the history shows at once and gains them when they arrive.
 */
@Component({
  selector: 'crm-history-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [HistoryPanelComponent],
  template: `
    <div class="page">
      <h2 i18n="@@history.page.heading">History</h2>
      <p class="lead" i18n="@@history.page.lead">Every change to this program, newest first: who made it, when, and what it changed.</p>
      <crm-history-panel [projectId]="projectId()" [names]="names()" />
    </div>
  `,
  styles: `
    .page {
      max-width: 1280px;
      margin: 0 auto;
      padding: 16px 16px 48px;
    }
    crm-history-panel {
      max-width: 880px;
    }
    h2 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-large);
    }
    .lead {
      margin: 0 0 16px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class HistoryPageComponent {
  readonly projectId = input.required<string>();

  private readonly namesGQL = inject(HistoryNamesGQL);
  private readonly taskTitlesGQL = inject(HistoryTaskTitlesGQL);

  protected readonly names = toSignal(
    toObservable(computed(() => this.projectId())).pipe(
      switchMap((id) =>
        combineLatest([this.projectNames(id), this.taskTitles(id)]).pipe(
          map(([project, tasks]) => new Map([...project, ...tasks]) as ReadonlyMap<string, string>),
        ),
      ),
    ),
    { initialValue: new Map<string, string>() as ReadonlyMap<string, string> },
  );

  private projectNames(id: string) {
    return this.namesGQL.fetch({ variables: { id } }).pipe(
      map((result) => {
        const names = new Map<string, string>();
        for (const role of result.data?.roles ?? []) {
          names.set(role.id, role.name);
          for (const holder of role.holders) {
            names.set(holder.person.id, holder.person.name);
            names.set(holder.id, $localize`:@@history.page.holder:${role.name}:role:: ${holder.person.name}:person:`);
          }
        }
        for (const wave of result.data?.rolloutWaves ?? []) names.set(wave.id, wave.name);
        const project = result.data?.project;
        if (!project) return names;
        for (const phase of project.phases) {
          names.set(phase.id, phase.name);
          for (const criterion of phase.exitCriteria) names.set(criterion.id, criterion.label);
          for (const milestone of phase.milestones) names.set(milestone.id, milestone.name);
        }
        for (const member of project.members) if (member.user) names.set(member.user.id, member.user.name);
        return names;
      }),
      startWith(new Map<string, string>()),
      catchError(() => of(new Map<string, string>())),
    );
  }

  private taskTitles(projectId: string) {
    return allPages((after) =>
      this.taskTitlesGQL
        .fetch({ variables: { projectId, first: 100, after }, fetchPolicy: 'no-cache' })
        .pipe(
          map((result) => {
            if (!result.data) throw result.error ?? new Error($localize`:@@history.page.noTasks:No tasks in the answer.`);
            return result.data.tasks;
          }),
        ),
    ).pipe(
      map((tasks) => new Map(tasks.map((t) => [t.id, t.title]))),
      startWith(new Map<string, string>()),
      // Without titles the history still reads; it just names fewer tasks.
      catchError(() => of(new Map<string, string>())),
    );
  }
}
