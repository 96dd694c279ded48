import { ChangeDetectionStrategy, Component, computed, effect, inject, input, OnInit, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { ActivatedRoute } from '@angular/router';

import { map, of } from 'rxjs';

import { UpdateCommunicationGQL, WaveCommunicationsGQL, WaveMessageFragment } from '@crm/graphql-client';

import { RolloutStore } from '../rollout/rollout.store';
import { changeProblemOf } from '../shared/graphql/change-problems';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { CommunicationDialogComponent, CommunicationDialogData, CommunicationDialogResult } from './communication-dialog.component';
import { audienceChips, channelLabel, inPlanOrder, messageStatusText, messageWhen, planSummary } from './communication-view';

type PlanState = { status: 'closed' } | { status: 'loading' } | { status: 'error'; message: string } | { status: 'loaded' };

/**
 * A wave's communications plan, for its card on the rollout page: who hears what, when and how,
 * and whether it went out. Loaded when opened (or when a link names this wave's plan), so the
 * rollout page does not pay for a query per wave.
 */
@Component({
  selector: 'crm-wave-communications',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatChipsModule],
  host: { 'data-testid': 'wave-communications' },
  templateUrl: './wave-communications.component.html',
  styleUrl: './wave-communications.component.scss',
})
export class WaveCommunicationsComponent implements OnInit {
  private readonly planGQL = inject(WaveCommunicationsGQL);
  private readonly updateGQL = inject(UpdateCommunicationGQL);
  private readonly dialog = inject(MatDialog);
  // Optional so the card still renders where no route is active, e.g. in a component test.
  private readonly route = inject(ActivatedRoute, { optional: true });

  // The page's store, when the panel sits on the rollout page: the program's waves name the business units a message may address.
  private readonly rollout = inject(RolloutStore, { optional: true });

  readonly waveId = input.required<string>();
  readonly goLiveDate = input.required<string>();
  readonly canEdit = input(false);

  private readonly projectId = toSignal(this.route?.paramMap.pipe(map((params) => params.get('projectId'))) ?? of(null), { initialValue: null });
  private readonly units = computed(() => [...new Set((this.rollout?.waves() ?? []).flatMap((wave) => wave.scope))].sort((a, b) => a.localeCompare(b)));

  protected readonly state = signal<PlanState>({ status: 'closed' });
  protected readonly messages = signal<WaveMessageFragment[]>([]);
  private readonly roles = signal<{ id: string; name: string }[]>([]);
  protected readonly busy = signal<ReadonlySet<string>>(new Set());
  protected readonly problem = signal<{ message: string; offerReload: boolean } | null>(null);

  protected readonly summary = computed(() => planSummary(this.messages()));
  protected readonly rows = computed(() =>
    this.messages().map((message) => ({
      message,
      when: messageWhen(message),
      channel: channelLabel(message.channel),
      audience: audienceChips(message),
      owner: message.ownerRole?.name ?? $localize`:@@communications.panel.defaultOwner:Communications lead`,
      statusText: messageStatusText(message),
      chipsLabel: $localize`:@@communications.panel.chipsLabel:Channel and audience of ${message.title}:title:`,
      editLabel: $localize`:@@communications.panel.editLabel:Edit ${message.title}:title:`,
    })),
  );
  protected readonly errorMessage = computed(() => {
    const state = this.state();
    return state.status === 'error' ? $localize`:@@communications.panel.loadFailed:We could not load this wave’s communications. ${state.message}:reason:` : '';
  });

  constructor() {
    // A go-live that moved took the planned messages with it: an open plan shows their new days.
    effect(() => {
      this.goLiveDate();
      untracked(() => {
        if (this.state().status === 'loaded') this.load();
      });
    });
  }

  ngOnInit(): void {
    const params = this.route?.snapshot.queryParamMap;
    if (params?.get('view') === 'communications' && params.get('wave') === this.waveId()) this.load();
  }

  protected toggle(): void {
    if (this.state().status === 'closed') this.load();
    else this.state.set({ status: 'closed' });
  }

  protected load(): void {
    const projectId = this.projectId();
    if (!projectId) return;
    this.state.set({ status: 'loading' });
    this.problem.set(null);
    this.planGQL.fetch({ variables: { waveId: this.waveId(), projectId }, fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => {
        // The user may have closed the panel while it was loading.
        if (this.state().status !== 'loading') return;
        if (!data) {
          this.state.set({ status: 'error', message: userMessageOf(null) });
          return;
        }
        this.messages.set(inPlanOrder(data.communications));
        this.roles.set(data.roles.map((role) => ({ id: role.id, name: role.name })));
        this.state.set({ status: 'loaded' });
      },
      error: (error: unknown) => {
        if (this.state().status === 'loading') this.state.set({ status: 'error', message: userMessageOf(error) });
      },
    });
  }

  protected markSent(message: WaveMessageFragment): void {
    this.busy.update((ids) => new Set([...ids, message.id]));
    this.problem.set(null);
    this.updateGQL.mutate({ variables: { input: { id: message.id, version: message.version, status: 'SENT' } } }).subscribe({
      next: ({ data }) => {
        this.settle(message.id);
        if (data) this.replace(data.updateCommunication);
      },
      error: (error: unknown) => {
        this.settle(message.id);
        const problem = changeProblemOf(error, `“${message.title}”`);
        this.problem.set({ message: problem.message, offerReload: problem.offerReload });
      },
    });
  }

  protected open(message: WaveMessageFragment | null): void {
    const data: CommunicationDialogData = { waveId: this.waveId(), goLiveDate: this.goLiveDate(), message, units: this.units(), roles: this.roles() };
    this.dialog
      .open<CommunicationDialogComponent, CommunicationDialogData, CommunicationDialogResult>(CommunicationDialogComponent, { data, width: '600px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        if ('saved' in result) this.replace(result.saved);
        else this.load();
      });
  }

  private replace(saved: WaveMessageFragment): void {
    this.messages.update((messages) => inPlanOrder([...messages.filter((m) => m.id !== saved.id), saved]));
  }

  private settle(id: string): void {
    this.busy.update((ids) => new Set([...ids].filter((other) => other !== id)));
  }
}
