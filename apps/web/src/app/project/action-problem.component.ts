import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { ActionProblem } from './action-problem';

/** Says why a change did not go through, right where it was attempted, and offers the way on. */
@Component({
  selector: 'crm-action-problem',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  host: { role: 'alert', '[attr.data-testid]': "'action-problem-' + problem().kind" },
  template: `
    <p class="title">{{ problem().title }}</p>
    @switch (problem().kind) {
      @case ('gate-blocked') {
        <p i18n="@@project.problem.finishFirst">Finish these first, then complete the phase:</p>
        <ul data-testid="gate-blocked-list">
          @for (blocker of blockers(); track $index) {
            <li>{{ blocker }}</li>
          } @empty {
            <li i18n="@@project.problem.someOpen">Some exit criteria, milestones or tasks of this phase are still open.</li>
          }
        </ul>
      }
      @default {
        <p>{{ message() }}</p>
      }
    }
    <div class="actions">
      @if (problem().kind === 'conflict') {
        <button mat-flat-button type="button" data-testid="reload-after-conflict" (click)="reload.emit()" i18n="@@project.problem.reload">Reload</button>
      }
      <button mat-button type="button" (click)="dismiss.emit()" i18n="@@project.problem.dismiss">Dismiss</button>
    </div>
  `,
  styles: `
    :host {
      display: block;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font: var(--mat-sys-body-medium);
      /* The primary blue of text buttons reads at 4.2:1 on the error container; WCAG AA asks 4.5:1. */
      --mat-button-text-label-text-color: var(--mat-sys-on-error-container);
    }
    .title {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    p {
      margin: 0 0 4px;
    }
    ul {
      margin: 0 0 8px;
      padding-left: 20px;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class ActionProblemComponent {
  readonly problem = input.required<ActionProblem>();
  readonly reload = output<void>();
  readonly dismiss = output<void>();

  protected blockers(): string[] {
    const problem = this.problem();
    return problem.kind === 'gate-blocked' ? problem.blockers : [];
  }

  protected message(): string {
    const problem = this.problem();
    return problem.kind === 'gate-blocked' ? '' : problem.message;
  }
}
