import { ChangeDetectionStrategy, Component, effect, inject, Injector, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';

import type { ProcessStatus } from '@crm/graphql-client';

import { LoadErrorComponent } from '../shared/ui/load-error.component';
import { LoadingStateComponent } from '../shared/ui/loading-state.component';
import { PageNoticeComponent } from '../shared/ui/page-notice.component';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { ProcessCard } from './process-board';
import { ProcessCardComponent } from './process-card.component';
import { ProcessDialogComponent, ProcessDialogData } from './process-dialog.component';
import { ProcessesStore } from './processes.store';

/**
 * The process redesign: each customer-facing process in the column of how far it has come, from
 * documented as it is today to automated in the CRM. The rule of the phase is stated up front: a
 * process must be shown to work before it is automated.
 */
@Component({
  selector: 'crm-processes-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ProcessesStore],
  imports: [EmptyStateComponent, MatButtonModule, LoadErrorComponent, LoadingStateComponent, PageNoticeComponent, ProcessCardComponent],
  template: `
    <section class="processes-page" aria-labelledby="processes-heading">
      <div class="heading">
        <h2 id="processes-heading">Process redesign</h2>
        @if (store.canEdit()) {
          <button mat-flat-button type="button" data-testid="new-process" (click)="openDialog(null)">New process</button>
        }
      </div>
      <p class="lead">
        Write down how each customer-facing process works today, design how it should work, and validate the new way with
        the people who run it. <strong>Only a validated process may be automated in the CRM</strong>: automating a process
        that does not work yet only makes it fail faster.
      </p>

      @if (store.notice(); as notice) {
        <crm-page-notice
          [notice]="notice"
          testId="processes-notice"
          problemTestId="processes-problem"
          reloadTestId="processes-reload"
          (reload)="store.reload()"
          (dismiss)="store.dismissNotice()"
        />
      }

      @switch (store.load().status) {
        @case ('loading') {
          <crm-loading-state testId="processes-loading" label="Loading processes…" />
        }
        @case ('error') {
          <crm-load-error testId="processes-error" [message]="loadErrorMessage()" (retry)="store.reload()" />
        }
        @case ('loaded') {
          @if (store.processes().length === 0) {
            <crm-empty-state testId="processes-empty" heading="No processes yet" message="Start with the processes customers notice most, such as lead to opportunity, quote to order or case handling. Link each one to the requirements it answers.">
              @if (store.canEdit()) {
                <button mat-flat-button type="button" (click)="openDialog(null)">Add the first process</button>
              }
            </crm-empty-state>
          }
          <div class="columns" [class.refreshing]="store.refreshing()">
            @for (column of store.columns(); track column.status) {
              <section class="column" data-testid="process-column" [attr.data-status]="column.status" [attr.aria-label]="column.label">
                <header>
                  <h3>
                    {{ column.label }} <span class="count">{{ column.processes.length }}</span>
                  </h3>
                  <p>{{ column.hint }}</p>
                </header>
                @for (process of column.processes; track process.id) {
                  <crm-process-card
                    [process]="process"
                    [canEdit]="store.canEdit()"
                    [moving]="store.moving().has(process.id)"
                    [gateMessage]="store.gateMessages().get(process.id) ?? null"
                    (moveTo)="moveTo(process, $event)"
                    (edit)="openDialog(process)"
                    (gateDismissed)="store.dismissGateMessage(process.id)"
                  />
                } @empty {
                  <p class="column-empty">None</p>
                }
              </section>
            }
          </div>
        }
      }
    </section>
  `,
  styles: `
    .processes-page {
      display: flex;
      flex-direction: column;
      gap: 16px;
      padding: 16px;
    }
    .heading {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 16px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-headline-small);
    }
    .lead {
      max-width: 80ch;
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .columns {
      display: grid;
      grid-template-columns: repeat(4, minmax(240px, 1fr));
      gap: 12px;
      overflow-x: auto;
      align-items: start;
    }
    .columns.refreshing {
      opacity: 0.7;
    }
    .column {
      display: flex;
      flex-direction: column;
      gap: 8px;
      min-height: 120px;
      padding: 12px;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-low);
    }
    .column h3 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .column header p {
      margin: 2px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .count {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
    .column-empty {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class ProcessesPageComponent {
  protected readonly store = inject(ProcessesStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  readonly projectId = input.required<string>();

  constructor() {
    effect(() => {
      const projectId = this.projectId();
      untracked(() => this.store.open(projectId));
    });
  }

  protected loadErrorMessage(): string {
    const load = this.store.load();
    return load.status === 'error' ? `We could not load the processes. ${load.message}` : '';
  }

  protected moveTo(process: ProcessCard, status: ProcessStatus): void {
    this.store.moveTo(process, status);
  }

  protected openDialog(process: ProcessCard | null): void {
    // The store says what was saved and updates the columns itself.
    this.dialog.open<ProcessDialogComponent, ProcessDialogData, ProcessCard>(ProcessDialogComponent, {
      data: { process },
      injector: this.injector,
      width: '760px',
      maxWidth: '95vw',
      autoFocus: 'first-tabbable',
    });
  }
}
