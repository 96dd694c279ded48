import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { PageLoadProblem } from './page-load-problem';

/** Says that a page could not be loaded and offers to try again, where the user would otherwise see nothing happen. */
@Component({
  selector: 'crm-page-load-problem',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    @if (problem.failure(); as failure) {
      <div class="problem" role="alert" data-testid="page-load-problem">
        <p>
          @if (problem.reloadsApp()) {
            <ng-container i18n="@@shared.pageLoad.stillFailing">
              <strong>This page still could not be loaded.</strong>
              If your connection works, the app was probably updated since you opened it: reloading brings the new version.
            </ng-container>
          } @else {
            <ng-container i18n="@@shared.pageLoad.failed">
              <strong>This page could not be loaded.</strong>
              Your connection may have dropped, or the app was updated since you opened it.
            </ng-container>
          }
        </p>
        <div class="actions">
          <button mat-button type="button" data-testid="page-load-dismiss" (click)="problem.dismiss()" i18n="@@shared.pageLoad.dismiss">Dismiss</button>
          <button mat-flat-button type="button" data-testid="page-load-retry" [disabled]="failure.retrying" (click)="problem.retry()">
            @if (failure.retrying) {
              <ng-container i18n="@@shared.pageLoad.retrying">Trying again…</ng-container>
            } @else if (problem.reloadsApp()) {
              <ng-container i18n="@@shared.pageLoad.reloadApp">Reload the app</ng-container>
            } @else {
              <ng-container i18n="@@shared.pageLoad.tryAgain">Try again</ng-container>
            }
          </button>
        </div>
      </div>
    }
  `,
  styles: `
    .problem {
      position: fixed;
      bottom: 16px;
      left: 50%;
      z-index: 950;
      box-sizing: border-box;
      width: min(560px, calc(100vw - 32px));
      transform: translateX(-50%);
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      box-shadow: var(--mat-sys-level3);
    }
    p {
      margin: 0 0 8px;
      font: var(--mat-sys-body-medium);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class PageLoadProblemComponent {
  protected readonly problem = inject(PageLoadProblem);
}
