import { afterNextRender, ChangeDetectionStrategy, Component, computed, DestroyRef, effect, ElementRef, inject, Injector, input, signal, untracked, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRouteSnapshot, Router } from '@angular/router';

import type { CommentSubjectType } from '@crm/graphql-client';

import { changeProblemOf } from '../graphql/change-problems';
import { userMessageOf } from '../graphql/graphql-errors';
import { LINKED_FLASH_MS } from '../navigation/linked-record';
import { EmptyStateComponent } from '../ui/empty-state.component';
import { LoadingStateComponent } from '../ui/loading-state.component';
import { renderCommentMarkdown } from './comment-markdown';
import { CommentComposerComponent, ComposedComment } from './comment-composer.component';
import { CommentThreadStore, ThreadComment } from './comment-thread.store';
import { DateTimePipe } from '../format/format.pipes';
import { formatInstant } from '../format/formats';
import { USER_TIME_ZONE } from '../format/user-time-zone';

/**
 * The comments under one record, on its dialog or page: read them, write one, change or remove
 * your own. Every member who can see the program may comment (the API's rule).
 */
@Component({
  selector: 'crm-comment-thread',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DateTimePipe, MatButtonModule, MatTooltipModule, CommentComposerComponent, EmptyStateComponent, LoadingStateComponent],
  providers: [CommentThreadStore],
  templateUrl: './comment-thread.component.html',
  styleUrl: './comment-thread.component.scss',
})
export class CommentThreadComponent {
  readonly store = inject(CommentThreadStore);
  private readonly viewerZone = inject(USER_TIME_ZONE);

  /** The program; by default the one the page's route names (dialogs are opened outside the route). */
  readonly projectId = input<string | undefined>(undefined);
  readonly subjectType = input.required<CommentSubjectType>();
  readonly subjectId = input.required<string>();

  private readonly composer = viewChild<CommentComposerComponent>('composer');

  readonly sending = signal(false);
  readonly problem = signal<{ message: string; offerReload: boolean } | null>(null);
  /** The comment being edited in place, and whether its save is under way. */
  readonly editing = signal<string | null>(null);
  readonly saving = signal(false);
  readonly historyOpen = signal<ReadonlySet<string>>(new Set());

  readonly loadError = computed(() => {
    const load = this.store.load();
    return load.status === 'error' ? load.message : '';
  });
  readonly rendered = computed(() => new Map(this.store.comments().map((c) => [c.id, c.removed ? '' : renderCommentMarkdown(c.body)])));

  /** The comment a link pointed to (`#comment-<id>`), outlined for a moment once it is shown. */
  readonly linked = signal<string | null>(null);

  private readonly router = inject(Router, { optional: true });
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  constructor() {
    effect(() => {
      const [projectId, type, id] = [this.projectId() ?? this.routeProjectId(), this.subjectType(), this.subjectId()];
      if (projectId) untracked(() => this.store.openThread(projectId, type, id));
    });
    this.pointOutLinkedComment();
  }

  /**
   * A notification links to `…?task=<id>#comment-<id>`: the thread sits low in a scrolling dialog,
   * so the comment is scrolled to and focused once it is rendered, then the fragment is dropped so
   * opening the record again later does not jump there again.
   */
  private pointOutLinkedComment(): void {
    const wanted = /^comment-(.+)$/.exec(this.router?.routerState.snapshot.root.fragment ?? '')?.[1];
    if (!wanted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    inject(DestroyRef).onDestroy(() => clearTimeout(timer));
    const watch = effect(() => {
      if (!this.store.comments().some((c) => c.id === wanted)) return;
      watch.destroy();
      untracked(() => this.linked.set(wanted));
      afterNextRender(
        () => {
          // Matched by value, not a selector: the id comes from the address bar.
          const element = [...this.host.nativeElement.querySelectorAll<HTMLElement>('[data-comment-id]')].find((li) => li.dataset['commentId'] === wanted);
          element?.scrollIntoView?.({ block: 'center' });
          element?.focus({ preventScroll: true });
          timer = setTimeout(() => this.linked.set(null), LINKED_FLASH_MS);
          const router = this.router;
          if (router) {
            const url = router.parseUrl(router.url);
            url.fragment = null;
            void router.navigateByUrl(url, { replaceUrl: true });
          }
        },
        { injector: this.injector },
      );
    });
  }

  private routeProjectId(): string | undefined {
    let route: ActivatedRouteSnapshot | null | undefined = this.router?.routerState.snapshot.root;
    let found: string | undefined;
    while (route) {
      found = route.paramMap.get('projectId') ?? found;
      route = route.firstChild;
    }
    return found;
  }

  add(comment: ComposedComment): void {
    this.sending.set(true);
    this.problem.set(null);
    this.store.add(comment.body, comment.mentionPersonIds).subscribe({
      next: () => {
        this.sending.set(false);
        this.composer()?.clear();
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.refused(error);
      },
    });
  }

  save(comment: ThreadComment, edited: ComposedComment): void {
    this.saving.set(true);
    this.problem.set(null);
    this.store.update(comment, edited.body, edited.mentionPersonIds).subscribe({
      next: () => {
        this.saving.set(false);
        this.editing.set(null);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.refused(error);
      },
    });
  }

  remove(comment: ThreadComment): void {
    this.problem.set(null);
    this.store.remove(comment).subscribe({ error: (error: unknown) => this.refused(error) });
  }

  toggleHistory(id: string): void {
    this.historyOpen.update((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  mayRemove(comment: ThreadComment): boolean {
    return !comment.removed && (comment.mine || this.store.isOwner());
  }

  mentionedPeople(comment: ThreadComment): { id: string; name: string }[] {
    return comment.mentions.flatMap((m) => (m.person ? [m.person] : []));
  }

  historyText(comment: ThreadComment): string {
    const zone = this.viewerZone();
    return comment.revisions
      .map((r) => {
        const when = formatInstant(r.editedAt, zone);
        return $localize`:@@shared.comments.untilTooltip:Until ${when}:when:: ${r.body}:body:`;
      })
      .join('\n\n');
  }

  reload(): void {
    this.problem.set(null);
    this.editing.set(null);
    this.store.reload();
  }

  private refused(error: unknown): void {
    const problem = changeProblemOf(error, $localize`:@@shared.comments.thisComment:this comment`);
    this.problem.set({ message: problem.message || userMessageOf(error), offerReload: problem.offerReload });
  }
}
