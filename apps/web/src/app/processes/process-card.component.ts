import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';

import type { ProcessStatus } from '@crm/graphql-client';

import { DEPARTMENT_LABELS } from '../requirements/requirement-labels';
import { ProcessCard, statusMoves } from './process-board';

/** One process: where it is in the redesign, who owns it, what it answers, and how to move it on. */
@Component({
  selector: 'crm-process-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatMenuModule],
  host: {
    'data-testid': 'process-card',
    '[attr.data-process-id]': 'process().id',
    '[attr.data-status]': 'process().status',
    '[class.moving]': 'moving()',
  },
  template: `
    <h4 class="name">{{ process().name }}</h4>
    <div class="meta">
      <span class="tag">{{ departmentLabel() }}</span>
      <span class="tag role" data-testid="process-owner-role">{{ process().ownerRole?.name ?? 'No owning role' }}</span>
      <span class="requirements" data-testid="process-requirement-count">{{ requirementCount() }}</span>
    </div>

    @if (gateMessage(); as message) {
      <div class="gate" role="alert" data-testid="gate-message">
        <p>{{ message }}</p>
        <button mat-button type="button" (click)="gateDismissed.emit()">OK</button>
      </div>
    } @else if (process().automationBlocker; as blocker) {
      <!-- The rule up front; the gate's own reply replaces it once someone runs into it. -->
      <p class="blocker" data-testid="automation-blocker">
        <strong>Not ready to automate:</strong>
        {{ blocker }}
      </p>
    }

    @if (expanded()) {
      <div class="details" [id]="detailsId()">
        <h5>As-is</h5>
        <p data-testid="process-as-is">{{ process().asIs || 'Not written down yet.' }}</p>
        <h5>To-be</h5>
        <p data-testid="process-to-be">{{ process().toBe || 'Not designed yet.' }}</p>
        @if (process().requirements.length > 0) {
          <h5>Requirements it answers</h5>
          <ul>
            @for (requirement of process().requirements; track requirement.id) {
              <li>{{ requirement.title }}</li>
            }
          </ul>
        }
      </div>
    }

    <div class="actions">
      <button
        mat-button
        type="button"
        data-testid="process-expand"
        [attr.aria-expanded]="expanded()"
        [attr.aria-controls]="detailsId()"
        (click)="expanded.set(!expanded())"
      >
        {{ expanded() ? 'Hide details' : 'As-is and to-be' }}
      </button>
      @if (canEdit()) {
        <button mat-button type="button" data-testid="process-edit" (click)="edit.emit()">Edit</button>
        <button
          mat-stroked-button
          type="button"
          data-testid="process-status-menu"
          [disabled]="moving()"
          [matMenuTriggerFor]="statusMenu"
          [attr.aria-label]="'Move ' + process().name + ' to another status'"
        >
          {{ moving() ? 'Moving…' : 'Move' }}
        </button>
        <mat-menu #statusMenu="matMenu">
          @for (move of moves(); track move.status) {
            <button
              mat-menu-item
              type="button"
              [attr.data-status]="move.status"
              [attr.title]="move.blocker"
              (click)="moveTo.emit(move.status)"
            >
              <span>{{ move.direction === 'forward' ? 'Forward to' : 'Back to' }} {{ move.label }}</span>
              @if (move.blocker) {
                <span class="needs"> (validate first)</span>
              }
            </button>
          }
        </mat-menu>
      }
    </div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
      padding: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface);
      font: var(--mat-sys-body-medium);
    }
    :host(.moving) {
      opacity: 0.7;
    }
    .name {
      margin: 0;
      font: var(--mat-sys-title-small);
      overflow-wrap: anywhere;
    }
    h5 {
      margin: 8px 0 2px;
      font: var(--mat-sys-label-large);
    }
    .meta,
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
    }
    .actions {
      justify-content: flex-end;
    }
    .tag {
      padding: 2px 8px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container-high);
      font: var(--mat-sys-label-medium);
    }
    .tag.role {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .requirements {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .blocker {
      margin: 0;
      padding: 6px 8px;
      border-left: 3px solid var(--mat-sys-tertiary);
      background: var(--mat-sys-surface-container);
      font: var(--mat-sys-body-small);
    }
    .gate {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      padding: 8px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .gate p,
    .details p {
      margin: 0;
      white-space: pre-line;
    }
    .details ul {
      margin: 0;
      padding-left: 20px;
    }
    .needs {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ProcessCardComponent {
  readonly process = input.required<ProcessCard>();
  readonly canEdit = input(false);
  readonly moving = input(false);
  /** The automation gate's refusal of the last move, if any. */
  readonly gateMessage = input<string | null>(null);

  readonly moveTo = output<ProcessStatus>();
  readonly edit = output<void>();
  readonly gateDismissed = output<void>();

  protected readonly expanded = signal(false);
  protected readonly moves = computed(() => statusMoves(this.process().status));
  protected readonly departmentLabel = computed(() => DEPARTMENT_LABELS[this.process().department]);
  protected readonly detailsId = computed(() => `process-details-${this.process().id}`);
  protected readonly requirementCount = computed(() => {
    const count = this.process().requirements.length;
    if (count === 0) return 'No linked requirements';
    return count === 1 ? '1 requirement' : `${count} requirements`;
  });
}
