import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

import { AuthStore } from '../auth/auth.store';
import { SignOutService } from '../auth/sign-out.service';
import { NotificationBellComponent } from '../notifications/notification-bell.component';
import { PageLoadProblemComponent } from '../shared/navigation/page-load-problem.component';
import { ProgramNavState } from '../shared/navigation/program-nav-state';

/** The frame around every page: the product name, who is signed in, and the way out. */
@Component({
  selector: 'crm-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatButtonModule,
    NotificationBellComponent,
    PageLoadProblemComponent,
  ],
  template: `
    <header>
      <mat-toolbar class="toolbar">
        @if (programNav.available() && programNav.phone()) {
          <button
            mat-stroked-button
            type="button"
            class="sections"
            data-testid="open-program-nav"
            aria-controls="program-sections"
            [attr.aria-expanded]="programNav.drawerOpen()"
            (click)="programNav.openDrawer()"
          >
            <span class="sections-icon" aria-hidden="true">☰</span> <ng-container i18n="@@shell.toolbar.sections">Sections</ng-container>
          </button>
        }
        <a class="product" routerLink="/">CRM Rollout Tracker</a>
        <span class="spacer"></span>
        @if (user(); as user) {
          <nav class="nav" aria-label="Main" i18n-aria-label="@@shell.toolbar.mainNav">
            <a mat-button routerLink="/projects" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="nav-projects" i18n="@@shell.toolbar.projects">Programs</a>
            <a mat-button routerLink="/my-work" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="nav-my-work" i18n="@@shell.toolbar.myWork">My work</a>
          </nav>
          <!-- Deferred: the bell brings the generated GraphQL client, which must stay out of the initial bundle. -->
          @defer (on idle) {
            <crm-notification-bell />
          }
          <span class="user" data-testid="signed-in-user" i18n="@@shell.toolbar.signedInAs">Signed in as <strong>{{ user.name }}</strong></span>
          <a mat-button routerLink="/organisation" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="nav-organisation" i18n="@@shell.toolbar.organisation">Organisation</a>
          <a mat-button routerLink="/profile" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="nav-profile" i18n="@@shell.toolbar.profile">Profile</a>
          <button mat-stroked-button type="button" data-testid="signout" (click)="signOut()" i18n="@@shell.toolbar.signOut">Sign out</button>
        }
      </mat-toolbar>
    </header>
    <!-- The one main landmark of every page; pages bring their own headings, not their own main. -->
    <main class="content">
      <router-outlet />
    </main>
    <crm-page-load-problem />
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
    /* A margin, not a space: the template's whitespace between the icon and the label is dropped. */
    .sections-icon {
      margin-inline-end: 0.4em;
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
      /* A program's Sections button shares the first line with the product name. */
      .toolbar:has(.sections) .product {
        flex: 1 1 auto;
        flex-basis: auto;
        font: var(--mat-sys-title-medium);
      }
      .sections {
        padding-inline: 12px;
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
  protected readonly programNav = inject(ProgramNavState);

  protected signOut(): void {
    void this.signOutService.signOut();
  }
}
