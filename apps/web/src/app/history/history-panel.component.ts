import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';

import { Subscription } from 'rxjs';

import { HistoryEventsGQL, HistoryEventsQuery } from '@crm/graphql-client';

import { DateTimePipe } from '../shared/format/format.pipes';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { historyRow, NameLookup } from './audit-diff';
import { USER_TIME_ZONE } from '../shared/format/user-time-zone';

type AuditEventNode = HistoryEventsQuery['auditEvents']['edges'][number]['node'];

/**
 * Who changed what and when, newest first, a page at a time. Give it a project for the project's
 * whole history, or also an entity id (a task, a milestone…) for that record's history alone:
 *
 *   <crm-history-panel [projectId]="projectId" [entityId]="task.id" />
 *
 * Pass `names` (id → name) to have ids in the changes read as names.
 */
@Component({
  selector: 'crm-history-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressSpinnerModule, DateTimePipe, EmptyStateComponent, ErrorBannerComponent],
  templateUrl: './history-panel.component.html',
  styleUrl: './history-panel.component.scss',
})
export class HistoryPanelComponent {
  readonly projectId = input.required<string>();
  readonly entityId = input<string | null>(null);
  readonly names = input<NameLookup>(new Map());
  readonly pageSize = input(25);

  private readonly historyGQL = inject(HistoryEventsGQL);

  protected readonly status = signal<'loading' | 'error' | 'loaded'>('loading');
  protected readonly errorMessage = signal('');
  private readonly events = signal<readonly AuditEventNode[]>([]);
  protected readonly hasMore = signal(false);
  protected readonly loadingMore = signal(false);
  protected readonly loadMoreError = signal('');
  /** Relative times are counted from when the page arrived, so rows do not shift while read. */
  private readonly now = signal(new Date());
  private readonly viewerZone = inject(USER_TIME_ZONE);

  protected readonly rows = computed(() => {
    const names = this.names();
    const now = this.now();
    const zone = this.viewerZone();
    return this.events().map((event) => historyRow(event, names, now, zone));
  });

  protected readonly emptyMessage = computed(() =>
    this.entityId()
      ? $localize`:@@history.panel.emptyItem:No changes have been recorded for this item yet.`
      : $localize`:@@history.panel.empty:No changes have been recorded yet. Changes to phases, milestones, tasks and the team will show up here.`,
  );

  private cursor: string | null = null;
  private request: Subscription | null = null;

  constructor() {
    effect(() => {
      const projectId = this.projectId();
      const entityId = this.entityId();
      untracked(() => this.loadFirstPage(projectId, entityId));
    });
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  protected reload(): void {
    this.loadFirstPage(this.projectId(), this.entityId());
  }

  protected loadMore(): void {
    if (!this.cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.loadMoreError.set('');
    this.fetch(this.projectId(), this.entityId(), this.cursor, {
      next: (page) => {
        this.loadingMore.set(false);
        this.append(page);
      },
      error: (error) => {
        this.loadingMore.set(false);
        this.loadMoreError.set($localize`:@@history.panel.loadMoreFailed:We could not load older changes. ${userMessageOf(error)}:reason:`);
      },
    });
  }

  private loadFirstPage(projectId: string, entityId: string | null): void {
    this.status.set('loading');
    this.events.set([]);
    this.cursor = null;
    this.hasMore.set(false);
    this.loadingMore.set(false);
    this.loadMoreError.set('');
    this.fetch(projectId, entityId, null, {
      next: (page) => {
        this.now.set(new Date());
        this.append(page);
        this.status.set('loaded');
      },
      error: (error) => {
        this.errorMessage.set($localize`:@@history.panel.loadFailed:We could not load the history. ${userMessageOf(error)}:reason:`);
        this.status.set('error');
      },
    });
  }

  private fetch(
    projectId: string,
    entityId: string | null,
    after: string | null,
    handlers: { next: (page: HistoryEventsQuery['auditEvents']) => void; error: (error: unknown) => void },
  ): void {
    // One request at a time: a new first page (other project or entity) replaces a pending one.
    this.request?.unsubscribe();
    this.request = this.historyGQL
      // History only grows and is read once per visit; keeping it out of the cache avoids merging
      // pages there.
      .fetch({ variables: { projectId, entityId, first: this.pageSize(), after }, fetchPolicy: 'no-cache' })
      .subscribe({
        next: (result) => {
          if (result.data) handlers.next(result.data.auditEvents);
          else handlers.error(result.error);
        },
        error: handlers.error,
      });
  }

  private append(page: HistoryEventsQuery['auditEvents']): void {
    const seen = new Set(this.events().map((e) => e.id));
    const fresh = page.edges.map((edge) => edge.node).filter((node) => !seen.has(node.id));
    this.events.update((events) => [...events, ...fresh]);
    this.cursor = page.pageInfo.endCursor;
    this.hasMore.set(page.pageInfo.hasNextPage && page.pageInfo.endCursor !== null);
  }
}
