import { computed, inject, Injectable, signal } from '@angular/core';

import { map, Observable, Subscription, tap } from 'rxjs';

import {
  CreateProcessInput,
  ProcessesCreateGQL,
  ProcessesFormOptionsGQL,
  ProcessesFormOptionsQuery,
  ProcessesPageGQL,
  ProcessesPageQuery,
  ProcessesSetStatusGQL,
  ProcessesUpdateGQL,
  ProcessStatus,
  UpdateProcessInput,
} from '@crm/graphql-client';

import { graphQLErrorsOf, hasErrorCode, userMessageOf } from '../shared/graphql/graphql-errors';
import { PROCESS_STATUS_LABELS, ProcessCard, processColumns, replaceProcess } from './process-board';
import type { PageNotice } from '../shared/ui/page-notice.component';

export type ProcessesLoad = { status: 'loading' } | { status: 'error'; message: string } | { status: 'loaded' };

export type ProcessesNotice = PageNotice;

export type ProcessFormOptions = ProcessesFormOptionsQuery;

export const STALE_PROCESS_MESSAGE =
  'Someone else changed this process since you loaded the page. Reload to see their changes, then make yours again.';

/**
 * The processes of one project and the changes to them. A move between statuses is answered with
 * the process as the server now has it; a move the automation gate refuses leaves the process where
 * it was and keeps the server's explanation beside it. Provided by the processes page.
 */
@Injectable()
export class ProcessesStore {
  private readonly pageGQL = inject(ProcessesPageGQL);
  private readonly optionsGQL = inject(ProcessesFormOptionsGQL);
  private readonly createGQL = inject(ProcessesCreateGQL);
  private readonly updateGQL = inject(ProcessesUpdateGQL);
  private readonly setStatusGQL = inject(ProcessesSetStatusGQL);

  private projectId = '';
  private request?: Subscription;

  readonly data = signal<ProcessesPageQuery | null>(null);
  readonly load = signal<ProcessesLoad>({ status: 'loading' });
  readonly refreshing = signal(false);
  readonly notice = signal<ProcessesNotice | null>(null);
  /** Processes whose move the server has not answered yet. */
  readonly moving = signal<ReadonlySet<string>>(new Set());
  /** The gate's refusal, by process, until the process is moved or the message dismissed. */
  readonly gateMessages = signal<ReadonlyMap<string, string>>(new Map());

  readonly processes = computed<readonly ProcessCard[]>(() => this.data()?.processes ?? []);
  readonly columns = computed(() => processColumns(this.processes()));
  readonly canEdit = computed(() => {
    const permission = this.data()?.project.myPermission;
    return permission !== undefined && permission !== 'VIEWER';
  });

  open(projectId: string): void {
    if (projectId !== this.projectId) {
      this.data.set(null);
      this.gateMessages.set(new Map());
    }
    this.projectId = projectId;
    this.notice.set(null);
    this.fetch();
  }

  reload(): void {
    this.notice.set(null);
    this.gateMessages.set(new Map());
    this.fetch();
  }

  dismissNotice(): void {
    this.notice.set(null);
  }

  dismissGateMessage(processId: string): void {
    this.gateMessages.update((current) => {
      const next = new Map(current);
      next.delete(processId);
      return next;
    });
  }

  moveTo(process: ProcessCard, status: ProcessStatus): void {
    if (process.status === status || this.moving().has(process.id)) return;
    this.notice.set(null);
    this.dismissGateMessage(process.id);
    this.setMoving(process.id, true);
    this.setStatusGQL.mutate({ variables: { input: { id: process.id, version: process.version, status } } }).subscribe({
      next: ({ data }) => {
        this.setMoving(process.id, false);
        if (!data) return;
        this.replace(data.setProcessStatus);
        this.notice.set({
          kind: 'done',
          message: `“${process.name}” is now ${PROCESS_STATUS_LABELS[status].toLowerCase()}.`,
          offerReload: false,
        });
      },
      error: (error: unknown) => {
        this.setMoving(process.id, false);
        if (hasErrorCode(error, 'GATE_BLOCKED')) {
          this.gateMessages.update((current) => new Map(current).set(process.id, gateMessageOf(error)));
        } else {
          this.notice.set(problemNotice(error));
        }
      },
    });
  }

  /** The roles and requirements a process can be linked to, for the form. */
  formOptions(): Observable<ProcessFormOptions> {
    return this.optionsGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' }).pipe(
      map(({ data }) => {
        if (!data) throw new Error('The server answered without the roles and requirements.');
        return data;
      }),
    );
  }

  /** Field errors reach the caller, for the dialog to show them beside the fields. */
  create(input: Omit<CreateProcessInput, 'projectId'>): Observable<ProcessCard> {
    return this.createGQL.mutate({ variables: { input: { ...input, projectId: this.projectId } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error('The server answered without the new process.');
        return data.createProcess;
      }),
      tap((process) => {
        this.data.update((data) => (data ? { ...data, processes: [...data.processes, process] } : data));
        this.notice.set({ kind: 'done', message: `Added “${process.name}”.`, offerReload: false });
      }),
    );
  }

  update(input: UpdateProcessInput): Observable<ProcessCard> {
    return this.updateGQL.mutate({ variables: { input } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error('The server answered without the saved process.');
        return data.updateProcess;
      }),
      tap((process) => {
        this.replace(process);
        this.notice.set({ kind: 'done', message: `Saved “${process.name}”.`, offerReload: false });
      }),
    );
  }

  private replace(process: ProcessCard): void {
    this.data.update((data) => (data ? { ...data, processes: replaceProcess(data.processes, process) } : data));
  }

  private fetch(): void {
    this.request?.unsubscribe();
    if (this.data()) this.refreshing.set(true);
    else this.load.set({ status: 'loading' });
    this.request = this.pageGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => {
        this.refreshing.set(false);
        if (!data) return this.load.set({ status: 'error', message: userMessageOf(null) });
        this.data.set(data);
        this.load.set({ status: 'loaded' });
      },
      error: (error: unknown) => {
        this.refreshing.set(false);
        if (this.data()) {
          this.notice.set({ kind: 'problem', message: `We could not refresh the processes. ${userMessageOf(error)}`, offerReload: true });
        } else {
          this.load.set({ status: 'error', message: userMessageOf(error) });
        }
      },
    });
  }

  private setMoving(id: string, moving: boolean): void {
    this.moving.update((current) => {
      const next = new Set(current);
      if (moving) next.add(id);
      else next.delete(id);
      return next;
    });
  }
}

/** The gate's own explanation: the API words it for the user, so it is shown as it is. */
export function gateMessageOf(error: unknown): string {
  const gate = graphQLErrorsOf(error).find((e) => e.extensions?.['code'] === 'GATE_BLOCKED');
  return gate?.message ?? userMessageOf(error);
}

export function problemNotice(error: unknown): ProcessesNotice {
  if (hasErrorCode(error, 'CONFLICT') || hasErrorCode(error, 'NOT_FOUND')) {
    return { kind: 'problem', message: STALE_PROCESS_MESSAGE, offerReload: true };
  }
  if (hasErrorCode(error, 'FORBIDDEN')) {
    return { kind: 'problem', message: 'You can view these processes but not change them.', offerReload: false };
  }
  return { kind: 'problem', message: userMessageOf(error), offerReload: false };
}
