import { ChangeDetectionStrategy, Component, effect, inject, Injector, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';

import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { LoadErrorComponent } from '../shared/ui/load-error.component';
import { LoadingStateComponent } from '../shared/ui/loading-state.component';
import { PageNoticeComponent } from '../shared/ui/page-notice.component';
import { PersonDialogComponent } from './person-dialog.component';
import { RoleDialogComponent } from './role-dialog.component';
import { TeamRoleRowComponent } from './team-role-row.component';
import { NewPerson, NewRole, TeamStore } from './team.store';

/**
 * Who holds which role in the project. The primary holder of a role owns its tasks, so this page is
 * where work changes hands; it also warns about roles nobody holds and people booked past 100%.
 */
@Component({
  selector: 'crm-team-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [TeamStore],
  imports: [MatButtonModule, EmptyStateComponent, LoadErrorComponent, LoadingStateComponent, PageNoticeComponent, TeamRoleRowComponent],
  template: `
    <section class="team-page" aria-labelledby="team-heading">
      <div class="heading">
        <h2 id="team-heading">Team and roles</h2>
        @if (store.canEdit()) {
          <div class="buttons">
            <button mat-stroked-button type="button" data-testid="add-person" (click)="addPerson()">Add person</button>
            <button mat-stroked-button type="button" data-testid="add-role" (click)="addRole()">Add custom role</button>
          </div>
        }
      </div>
      <p class="lead">
        Each role’s primary holder (★) owns the role’s tasks, unless a task names someone else. Give a role to someone
        else as primary and those tasks move with it.
      </p>

      @if (store.notice(); as notice) {
        <crm-page-notice
          [notice]="notice"
          testId="team-notice"
          problemTestId="team-problem"
          reloadTestId="team-reload"
          (reload)="store.reload()"
          (dismiss)="store.dismissNotice()"
        />
      }

      @switch (store.load().status) {
        @case ('loading') {
          <crm-loading-state testId="team-loading" label="Loading the team…" />
        }
        @case ('error') {
          <crm-load-error testId="team-error" [message]="loadErrorMessage()" (retry)="store.reload()" />
        }
        @case ('loaded') {
          @if (store.matrix(); as matrix) {
            @if (matrix.overAllocation.length > 0) {
              <div class="warning-box" data-testid="over-allocation" role="note">
                <h3>Booked past their capacity</h3>
                <ul>
                  @for (warning of matrix.overAllocation; track warning.personId) {
                    <li [attr.data-person-id]="warning.personId">{{ warning.message }}</li>
                  }
                </ul>
                <p>Lower their allocations, or share the work with someone who has time.</p>
              </div>
            }
            @if (matrix.unfilledRoles.length > 0) {
              <div class="warning-box" data-testid="unfilled-roles" role="note">
                <h3>{{ matrix.unfilledRoles.length === 1 ? 'One role has' : matrix.unfilledRoles.length + ' roles have' }} nobody</h3>
                <p>
                  Nobody holds
                  @for (role of matrix.unfilledRoles; track role.key; let last = $last) {
                    <strong [attr.data-role-key]="role.key">{{ role.name }}</strong>{{ last ? '' : ', ' }}
                  }
                  — their tasks are unowned until someone is assigned.
                </p>
              </div>
            }

            @if (matrix.rows.length === 0) {
              <crm-empty-state testId="team-empty" message="This project has no roles yet. Add a custom role to start." />
            } @else {
              <div class="matrix" role="list" aria-label="Roles and who holds them" [class.refreshing]="store.refreshing()">
                <div class="matrix-head" aria-hidden="true">
                  <span>Role</span>
                  <span>Holders and their allocation</span>
                </div>
                @for (row of matrix.rows; track row.id) {
                  <crm-team-role-row [row]="row" />
                }
              </div>
            }
          }
        }
      }
    </section>
  `,
  styles: `
    .team-page {
      display: flex;
      flex-direction: column;
      gap: 16px;
      max-width: 1280px;
      margin: 0 auto;
      padding: 24px 16px 48px;
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
    .buttons {
      display: flex;
      gap: 8px;
    }
    .lead {
      max-width: 75ch;
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .warning-box {
      padding: 12px 16px;
      border-left: 4px solid var(--mat-sys-error);
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container);
    }
    .warning-box h3 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    .warning-box ul,
    .warning-box p {
      margin: 4px 0;
    }
    .matrix {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      overflow: hidden;
    }
    .matrix.refreshing {
      opacity: 0.7;
    }
    .matrix-head {
      display: grid;
      grid-template-columns: minmax(180px, 260px) 1fr;
      gap: 16px;
      padding: 8px 16px;
      background: var(--mat-sys-surface-container-high);
      font: var(--mat-sys-label-large);
    }
  `,
})
export class TeamPageComponent {
  protected readonly store = inject(TeamStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
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
    return load.status === 'error' ? `We could not load the team. ${load.message}` : '';
  }

  protected addPerson(): void {
    this.dialog
      .open<PersonDialogComponent, void, NewPerson>(PersonDialogComponent, { injector: this.injector, width: '560px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((person) => {
        if (person) {
          this.snackBar.open(`${person.name} is in the people directory. Use Assign on a role to give them work.`, 'OK', {
            duration: 6000,
          });
        }
      });
  }

  protected addRole(): void {
    // The store announces the new role and refreshes the matrix itself.
    this.dialog.open<RoleDialogComponent, void, NewRole>(RoleDialogComponent, { injector: this.injector, width: '560px', maxWidth: '95vw' });
  }
}
