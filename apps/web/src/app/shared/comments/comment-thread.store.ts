import { computed, inject, Injectable, signal } from '@angular/core';

import { map, Observable, tap } from 'rxjs';

import {
  CommentAddGQL,
  CommentDeleteGQL,
  CommentSubjectType,
  CommentThreadGQL,
  CommentThreadQuery,
  CommentUpdateGQL,
  ThreadCommentFragment,
} from '@crm/graphql-client';

import { AreaStore } from '../data/area-store';

export type ThreadComment = ThreadCommentFragment;

/** Comments per page; a longer thread offers "Show more comments". */
export const THREAD_PAGE_SIZE = 50;

/**
 * One thread of comments. The first page comes with the page query; later pages are appended, and
 * a change replaces its comment in place (the thread is the caller's own, nothing else moves).
 */
@Injectable()
export class CommentThreadStore extends AreaStore<CommentThreadQuery> {
  private readonly threadGQL = inject(CommentThreadGQL);
  private readonly addGQL = inject(CommentAddGQL);
  private readonly updateGQL = inject(CommentUpdateGQL);
  private readonly deleteGQL = inject(CommentDeleteGQL);

  protected readonly content = 'the comments';
  protected readonly thing = $localize`:@@shared.comments.thisComment:this comment`;

  private subject: { type: CommentSubjectType; id: string } = { type: 'TASK', id: '' };
  private readonly more = signal<readonly ThreadComment[]>([]);
  private readonly next = signal<{ hasNextPage: boolean; endCursor: string | null } | null>(null);
  readonly loadingMore = signal(false);

  readonly comments = computed<readonly ThreadComment[]>(() => [...(this.data()?.comments.edges.map((e) => e.node) ?? []), ...this.more()]);
  readonly count = computed(() => this.data()?.comments.totalCount ?? 0);
  readonly hasMore = computed(() => (this.next() ?? this.data()?.comments.pageInfo)?.hasNextPage ?? false);
  readonly roles = computed(() => this.data()?.roles ?? []);
  readonly isOwner = computed(() => this.data()?.project.myPermission === 'OWNER');

  openThread(projectId: string, type: CommentSubjectType, id: string): void {
    this.subject = { type, id };
    this.open(projectId);
  }

  protected override forget(): void {
    this.more.set([]);
    this.next.set(null);
  }

  protected override loaded(): void {
    this.more.set([]);
    this.next.set(null);
  }

  showMore(): void {
    const cursor = (this.next() ?? this.data()?.comments.pageInfo)?.endCursor;
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.threadGQL.fetch({ variables: { ...this.variables(), after: cursor }, fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => {
        this.loadingMore.set(false);
        if (!data) return;
        this.more.update((shown) => [...shown, ...data.comments.edges.map((e) => e.node)]);
        this.next.set(data.comments.pageInfo);
      },
      error: (error: unknown) => {
        this.loadingMore.set(false);
        this.refused(error);
      },
    });
  }

  add(body: string, mentionPersonIds: readonly string[]): Observable<ThreadComment> {
    const subject = this.subject;
    return this.addGQL.mutate({ variables: { input: { subjectType: subject.type, subjectId: subject.id, body, mentionPersonIds: [...mentionPersonIds] } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@shared.comments.noNew:The server answered without the new comment.`);
        return data.addComment;
      }),
      // The new comment is the last of the thread: load it again so paging and the count stay the server's.
      tap(() => this.fetch()),
    );
  }

  update(comment: ThreadComment, body: string, mentionPersonIds: readonly string[]): Observable<ThreadComment> {
    return this.updateGQL.mutate({ variables: { input: { id: comment.id, version: comment.version, body, mentionPersonIds: [...mentionPersonIds] } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@shared.comments.noSaved:The server answered without the saved comment.`);
        return data.updateComment;
      }),
      tap((saved) => this.replace(saved)),
    );
  }

  remove(comment: ThreadComment): Observable<ThreadComment> {
    return this.deleteGQL.mutate({ variables: { input: { id: comment.id, version: comment.version } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@shared.comments.noRemoved:The server answered without the removed comment.`);
        return data.deleteComment;
      }),
      tap((removed) => {
        this.replace(removed);
        this.data.update((data) => (data ? { ...data, comments: { ...data.comments, totalCount: Math.max(0, data.comments.totalCount - 1) } } : data));
      }),
    );
  }

  private replace(saved: ThreadComment): void {
    this.data.update((data) =>
      data ? { ...data, comments: { ...data.comments, edges: data.comments.edges.map((e) => (e.node.id === saved.id ? { ...e, node: saved } : e)) } } : data,
    );
    this.more.update((shown) => shown.map((c) => (c.id === saved.id ? saved : c)));
  }

  private variables() {
    return { projectId: this.projectId, subjectType: this.subject.type, subjectId: this.subject.id, first: THREAD_PAGE_SIZE };
  }

  protected query() {
    return this.threadGQL.fetch({ variables: this.variables(), fetchPolicy: 'network-only' });
  }
}
