import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import type { ProjectPermission } from '@crm/graphql-client';

import { followProject } from '../shared/data/area-store';
import { AREA_PAGE } from '../shared/ui/area-page.component';
import { SharingStore } from './sharing.store';

const PERMISSION_LABELS: Record<string, string> = { OWNER: 'Owner', EDITOR: 'Can edit', VIEWER: 'Can view' };

/** Who has access to the project; owners invite people by email and withdraw pending invitations. */
@Component({
  selector: 'crm-sharing-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [SharingStore],
  imports: [AREA_PAGE, DatePipe, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  templateUrl: './sharing-page.component.html',
  styles: `
    form { display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
    ul { list-style: none; padding: 0; margin: 0 0 16px; }
    li { display: flex; gap: 12px; align-items: center; padding: 6px 0; }
    .who { flex: 1; }
  `,
})
export class SharingPageComponent {
  protected readonly store = inject(SharingStore);
  readonly projectId = input.required<string>();

  protected readonly email = signal('');
  protected readonly permission = signal<ProjectPermission>('VIEWER');
  protected readonly permissions: readonly ProjectPermission[] = ['VIEWER', 'EDITOR'];

  constructor() {
    followProject(this.store, this.projectId);
  }

  protected label(permission: string): string {
    return PERMISSION_LABELS[permission] ?? permission;
  }

  protected invite(): void {
    const email = this.email().trim();
    if (!email) return;
    this.store.invite(email, this.permission());
    this.email.set('');
  }
}
