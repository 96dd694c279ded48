import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

import { AuthStore } from '../auth/auth.store';
import { SignOutService } from '../auth/sign-out.service';
import { NotificationBellComponent } from '../notifications/notification-bell.component';

/** The frame around every page: the product name, who is signed in, and the way out. */
@Component({
  selector: 'crm-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatToolbarModule, MatButtonModule, NotificationBellComponent],
  template: `
    <header>
      <mat-toolbar class="toolbar">
        <a class="product" routerLink="/">CRM Rollout Tracker</a>
        <span class="spacer"></span>
        @if (user(); as user) {
          <nav class="nav" aria-label="Main">
            <a mat-button routerLink="/projects" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="nav-projects">Projects</a>
            <a mat-button routerLink="/my-work" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="nav-my-work">My work</a>
          </nav>
          <!-- Deferred: the bell brings the generated GraphQL client, which must stay out of the initial bundle. -->
          @defer (on idle) {
            <crm-notification-bell />
          }
          <span class="user" data-testid="signed-in-user">Signed in as <strong>{{ user.name }}</strong></span>
          <a mat-button routerLink="/organisation" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="nav-organisation">Organisation</a>
          <a mat-button routerLink="/profile" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="nav-profile">Profile</a>
          <button mat-stroked-button type="button" data-testid="signout" (click)="signOut()">Sign out</button>
        }
      </mat-toolbar>
    </header>
    <main class="content">
      <router-outlet />
    </main>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
    }
    .toolbar {
      gap: 16px;
      background: var(--mat-sys-surface-container);
    }
    .product {
      color: inherit;
      text-decoration: none;
      font: var(--mat-sys-title-large);
    }
    .spacer {
      flex: 1;
    }
    .nav {
      display: flex;
      gap: 4px;
    }
    .nav .active {
      background: var(--mat-sys-secondary-container);
    }
    /* On a phone the product name takes the first line; the links and the way out the second. */
    @media (max-width: 600px) {
      .toolbar {
        flex-wrap: wrap;
        height: auto;
        padding-block: 8px;
        row-gap: 4px;
      }
      .product {
        flex-basis: 100%;
      }
      .spacer,
      .user {
        display: none;
      }
      .nav {
        flex: 1;
      }
    }
    .user {
      min-width: 0;
      font: var(--mat-sys-body-medium);
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .content {
      flex: 1;
    }
  `,
})
export class ShellComponent {
  private readonly signOutService = inject(SignOutService);

  protected readonly user = inject(AuthStore).user;

  protected signOut(): void {
    void this.signOutService.signOut();
  }
}
