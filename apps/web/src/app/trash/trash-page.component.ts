import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { followProject } from '../shared/data/area-store';
import { kindWords } from '../shared/trash/kind-words';
import { AREA_PAGE } from '../shared/ui/area-page.component';
import { TrashEntry, TrashStore } from './trash.store';
import { DateTimePipe } from '../shared/format/format.pipes';

/**
 * What was removed from the program in the last 30 days, newest first: what it was, who removed
 * it and when, and until when it can come back. Editors restore a record with what went with it.
 */
@Component({
  selector: 'crm-trash-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [TrashStore],
  imports: [AREA_PAGE, DateTimePipe, MatButtonModule],
  templateUrl: './trash-page.component.html',
  styleUrl: './trash-page.component.scss',
})
export class TrashPageComponent {
  protected readonly store = inject(TrashStore);

  readonly projectId = input.required<string>();

  constructor() {
    followProject(this.store, this.projectId);
  }

  protected restoreLabel(entry: TrashEntry): string {
    return $localize`:@@trash.entry.restoreLabel:Restore ${entry.title}:title:`;
  }

  protected kindLabel(entry: TrashEntry): string {
    const one = kindWords(entry.kind).one;
    return one.charAt(0).toUpperCase() + one.slice(1);
  }
}
