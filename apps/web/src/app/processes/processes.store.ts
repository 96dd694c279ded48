import { computed, inject, Injectable, signal } from '@angular/core';

import { map, Observable, tap } from 'rxjs';

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

import { AreaStore, toggledSet } from '../shared/data/area-store';
import { changeProblemOf } from '../shared/graphql/change-problems';
import { hasErrorCode } from '../shared/graphql/graphql-errors';
import { PROCESS_STATUS_LABELS, ProcessCard, processColumns, replaceProcess } from './process-board';

export type ProcessFormOptions = ProcessesFormOptionsQuery;

/**
 * The processes of one project and the changes to them. A move between statuses is answered with
 * the process as the server now has it; a move the automation gate refuses leaves the process where
 * it was and keeps the server's explanation beside it. Provided by the processes page.
 */
@Injectable()
export class ProcessesStore extends AreaStore<ProcessesPageQuery> {
  private readonly pageGQL = inject(ProcessesPageGQL);
  private readonly optionsGQL = inject(ProcessesFormOptionsGQL);
  private readonly createGQL = inject(ProcessesCreateGQL);
  private readonly updateGQL = inject(ProcessesUpdateGQL);
  private readonly setStatusGQL = inject(ProcessesSetStatusGQL);

  protected readonly content = $localize`:@@processes.store.content:the processes`;
  protected readonly thing = $localize`:@@processes.store.thing:this process`;

  /** Processes whose move the server has not answered yet. */
  readonly moving = signal<ReadonlySet<string>>(new Set());
  /** The gate's refusal, by process, until the process is moved or the message dismissed. */
  readonly gateMessages = signal<ReadonlyMap<string, string>>(new Map());

  readonly processes = computed<readonly ProcessCard[]>(() => this.data()?.processes ?? []);
  readonly columns = computed(() => processColumns(this.processes()));

  protected override forget(): void {
    this.gateMessages.set(new Map());
  }

  override reload(): void {
    this.gateMessages.set(new Map());
    super.reload();
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
        this.done($localize`:@@processes.store.moved:“${process.name}:name:” is now ${PROCESS_STATUS_LABELS[status].toLowerCase()}:status:.`);
      },
      error: (error: unknown) => {
        this.setMoving(process.id, false);
        if (hasErrorCode(error, 'GATE_BLOCKED')) {
          this.gateMessages.update((current) => new Map(current).set(process.id, gateMessageOf(error)));
        } else {
          this.refused(error);
        }
      },
    });
  }

  /** The roles and requirements a process can be linked to, for the form. */
  formOptions(): Observable<ProcessFormOptions> {
    return this.optionsGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@processes.store.noOptions:The server answered without the roles and requirements.`);
        return data;
      }),
    );
  }

  /** Field errors reach the caller, for the dialog to show them beside the fields. */
  create(input: Omit<CreateProcessInput, 'projectId'>): Observable<ProcessCard> {
    return this.createGQL.mutate({ variables: { input: { ...input, projectId: this.projectId } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@processes.store.noNew:The server answered without the new process.`);
        return data.createProcess;
      }),
      tap((process) => {
        this.data.update((data) => (data ? { ...data, processes: [...data.processes, process] } : data));
        this.done($localize`:@@processes.store.added:Added “${process.name}:name:”.`);
      }),
    );
  }

  update(input: UpdateProcessInput): Observable<ProcessCard> {
    return this.updateGQL.mutate({ variables: { input } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@processes.store.noSaved:The server answered without the saved process.`);
        return data.updateProcess;
      }),
      tap((process) => {
        this.replace(process);
        this.done($localize`:@@processes.store.saved:Saved “${process.name}:name:”.`);
      }),
    );
  }

  private replace(process: ProcessCard): void {
    this.data.update((data) => (data ? { ...data, processes: replaceProcess(data.processes, process) } : data));
  }

  protected query() {
    return this.pageGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' });
  }

  private setMoving(id: string, moving: boolean): void {
    this.moving.update((current) => toggledSet(current, id, moving));
  }
}

/** The gate's own explanation: the API words it for the user, so it is shown as it is. */
export function gateMessageOf(error: unknown): string {
  return changeProblemOf(error, 'this process').message;
}
