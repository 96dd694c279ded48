import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatMenuModule } from '@angular/material/menu';

import { planFileName } from '@crm/domain';
import { ExportPlanGQL, PlanFormat } from '@crm/graphql-client';

import { downloadTextFile } from '../../requirements/csv-file';
import { userMessageOf } from '../../shared/graphql/graphql-errors';
import { PlanImportDialogComponent, PlanImportDialogData } from './plan-import-dialog.component';

const FILE_TYPES: Record<PlanFormat, { extension: 'xml' | 'csv'; mime: string }> = {
  MSPDI: { extension: 'xml', mime: 'application/xml;charset=utf-8' },
  CSV: { extension: 'csv', mime: 'text/csv;charset=utf-8' },
};

/**
 * The plan in and out, for the timeline's header: "Import plan" (for those who may edit it)
 * opens the import dialog; "Export" downloads the plan as MS Project XML or CSV.
 */
@Component({
  selector: 'crm-plan-io-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatMenuModule],
  template: `
    @if (canEdit()) {
      <button mat-stroked-button type="button" data-testid="plan-import-open" (click)="openImport()" i18n="@@planIo.actions.import">Import plan</button>
    }
    <button mat-stroked-button type="button" data-testid="plan-export" [disabled]="exporting()" [matMenuTriggerFor]="formats">
      @if (exporting()) {
        <ng-container i18n="@@planIo.actions.exporting">Exporting…</ng-container>
      } @else {
        <ng-container i18n="@@planIo.actions.export">Export</ng-container>
      }
    </button>
    <mat-menu #formats="matMenu">
      <button mat-menu-item type="button" data-testid="plan-export-mspdi" (click)="download('MSPDI')">MS Project XML</button>
      <button mat-menu-item type="button" data-testid="plan-export-csv" (click)="download('CSV')">CSV</button>
    </mat-menu>
    @if (problem(); as message) {
      <span class="problem" role="alert" data-testid="plan-export-problem">{{ message }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .problem {
      color: var(--mat-sys-error);
    }
  `,
})
export class PlanIoActionsComponent {
  readonly projectId = input.required<string>();
  readonly canEdit = input(false);
  /** A plan came in: the page shows it. */
  readonly imported = output<void>();

  private readonly dialog = inject(MatDialog);
  private readonly exportGQL = inject(ExportPlanGQL);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly exporting = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected openImport(): void {
    this.dialog
      .open<PlanImportDialogComponent, PlanImportDialogData, boolean>(PlanImportDialogComponent, {
        data: { projectId: this.projectId() },
        width: '720px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((imported) => {
        if (imported) this.imported.emit();
      });
  }

  protected download(format: PlanFormat): void {
    this.exporting.set(true);
    this.problem.set(null);
    this.exportGQL
      .fetch({ variables: { projectId: this.projectId(), format }, fetchPolicy: 'no-cache' })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ data }) => {
          this.exporting.set(false);
          if (!data) return this.problem.set($localize`:@@planIo.actions.noPlan:The server answered without the plan. Try again.`);
          const type = FILE_TYPES[format];
          downloadTextFile(this.document, data.exportPlan, planFileName(data.project.name, type.extension), type.mime);
        },
        error: (error: unknown) => {
          this.exporting.set(false);
          this.problem.set(userMessageOf(error));
        },
      });
  }
}
