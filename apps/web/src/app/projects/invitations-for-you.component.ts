import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';

import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { InvitationsStore } from './invitations.store';

const PERMISSION_WORDS: Record<string, string> = { EDITOR: 'edit', VIEWER: 'view' };

/** "Invitations for you" on the projects page: shown only while there is something to answer. */
@Component({
  selector: 'crm-invitations-for-you',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, MatCardModule, ErrorBannerComponent],
  providers: [InvitationsStore],
  templateUrl: './invitations-for-you.component.html',
  styles: `
    :host { display: block; margin-bottom: 24px; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
    .actions { display: flex; gap: 8px; }
    p { margin: 0; }
  `,
})
export class InvitationsForYouComponent {
  protected readonly store = inject(InvitationsStore);

  constructor() {
    this.store.load();
  }

  protected permissionWord(permission: string): string {
    return PERMISSION_WORDS[permission] ?? permission.toLowerCase();
  }
}
