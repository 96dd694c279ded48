import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

/**
 * "Board | Table": the same tasks as cards in status columns or as rows. The filters travel with
 * the switch (the query parameters are kept), so the table opens on what the board showed.
 */
@Component({
  selector: 'crm-tasks-view-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink],
  template: `
    <nav class="switch" aria-label="Show the tasks as" i18n-aria-label="@@tasks.viewSwitch.label">
      <a
        mat-button
        data-testid="view-board"
        [class.current]="current() === 'board'"
        [attr.aria-current]="current() === 'board' ? 'page' : null"
        [routerLink]="base()"
        queryParamsHandling="preserve"
        i18n="@@tasks.viewSwitch.board"
        >Board</a
      >
      <a
        mat-button
        data-testid="view-table"
        [class.current]="current() === 'table'"
        [attr.aria-current]="current() === 'table' ? 'page' : null"
        [routerLink]="[...base(), 'table']"
        queryParamsHandling="preserve"
        i18n="@@tasks.viewSwitch.table"
        >Table</a
      >
    </nav>
  `,
  styles: `
    .switch {
      display: inline-flex;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 20px;
      overflow: hidden;
    }
    .switch a {
      border-radius: 0;
    }
    .switch a.current {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class TasksViewSwitchComponent {
  readonly projectId = input.required<string>();
  readonly current = input.required<'board' | 'table'>();
  protected readonly base = computed(() => ['/projects', this.projectId(), 'board']);
}
