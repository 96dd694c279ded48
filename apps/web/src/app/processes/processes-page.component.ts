import { ChangeDetectionStrategy, Component, inject, Injector, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';

import type { ProcessStatus } from '@crm/graphql-client';

import { followProject } from '../shared/data/area-store';
import { reloadOnRemovals } from '../shared/data/reload-on-removals';
import { openLinkedRecord } from '../shared/navigation/linked-record';
import { AREA_PAGE } from '../shared/ui/area-page.component';
import { ProcessCard } from './process-board';
import { ProcessCardComponent } from './process-card.component';
import { ProcessDialogComponent, ProcessDialogData } from './process-dialog.component';
import { ProcessesStore } from './processes.store';

/**
 * The process redesign: each customer-facing process in the column of how far it has come, from
 * documented as it is today to automated in the CRM. The rule of the phase is stated up front: a
 * process must be shown to work before it is automated.
 */
@Component({
  selector: 'crm-processes-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ProcessesStore],
  imports: [AREA_PAGE, MatButtonModule, ProcessCardComponent],
  templateUrl: './processes-page.component.html',
  styleUrl: './processes-page.component.scss',
})
export class ProcessesPageComponent {
  protected readonly store = inject(ProcessesStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  readonly projectId = input.required<string>();
  /** ?process=<id> opens that process (a comment's notification leads here). */
  readonly process = input<string>();

  constructor() {
    followProject(this.store, this.projectId);
    // A removed requirement also drops its links from the processes.
    reloadOnRemovals(['Process', 'Requirement', 'Role'], () => this.store.reload());
    openLinkedRecord<ProcessCard>({
      param: 'process',
      id: this.process,
      records: () => (this.store.data() ? this.store.processes() : null),
      open: (process) => this.openDialog(process),
      missing: $localize`:@@processes.page.missing:That process is no longer in this program.`,
    });
  }

  protected moveTo(process: ProcessCard, status: ProcessStatus): void {
    this.store.moveTo(process, status);
  }

  protected openDialog(process: ProcessCard | null): void {
    // The store says what was saved and updates the columns itself.
    this.dialog.open<ProcessDialogComponent, ProcessDialogData, ProcessCard>(ProcessDialogComponent, {
      data: { process },
      injector: this.injector,
      width: '760px',
      maxWidth: '95vw',
      autoFocus: 'first-tabbable',
    });
  }
}
