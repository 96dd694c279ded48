import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';

import type { UsageFormat } from '@crm/domain';
import { ImportUsageDataGQL, ImportUsageDataMutation } from '@crm/graphql-client';

import { MAX_IMPORT_BYTES, readTextFile } from '../requirements/csv-file';
import { changeProblemOf } from '../shared/graphql/change-problems';
import { MessageTextPipe } from '../shared/i18n/message-text.pipe';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { importSummary, USAGE_FORMAT_OPTIONS, usageFileProblem } from './adoption-text';

export interface UsageImportDialogData {
  projectId: string;
}

export type UsageImportResult = ImportUsageDataMutation['importUsageData'];

/**
 * Imports a usage export from the CRM: pick its format (with where to download it), choose or drop
 * the file, and read what the import did: rows matched, emails that matched nobody, people put on
 * the re-training list and the adoption measured. A refused file lists every problem by row.
 */
@Component({
  selector: 'crm-usage-import-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatSelectModule, ErrorBannerComponent, MessageTextPipe],
  templateUrl: './usage-import-dialog.component.html',
  styleUrl: './usage-import-dialog.component.scss',
})
export class UsageImportDialogComponent {
  private readonly data = inject<UsageImportDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<UsageImportDialogComponent, UsageImportResult | undefined>);
  private readonly importGQL = inject(ImportUsageDataGQL);

  protected readonly options = USAGE_FORMAT_OPTIONS;
  protected readonly format = signal<UsageFormat>('SALESFORCE');
  protected readonly hint = computed(() => this.options.find((o) => o.value === this.format())?.hint ?? '');
  protected readonly file = signal<File | null>(null);
  protected readonly fileProblem = signal<string | null>(null);
  protected readonly dragging = signal(false);
  protected readonly sending = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly result = signal<UsageImportResult | null>(null);
  protected readonly accepted = computed(() => {
    const result = this.result();
    return result && result.errors.length === 0 ? result : null;
  });
  protected readonly refusedErrors = computed(() => this.result()?.errors ?? []);
  protected readonly summary = computed(() => {
    const accepted = this.accepted();
    return accepted ? importSummary(accepted) : [];
  });

  protected choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.take(input.files?.[0] ?? null);
    input.value = '';
  }

  protected dragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(true);
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    this.take(event.dataTransfer?.files?.[0] ?? null);
  }

  protected async submit(): Promise<void> {
    const file = this.file();
    if (!file || this.sending()) return;
    this.sending.set(true);
    this.problem.set(null);
    this.result.set(null);
    let content: string;
    try {
      content = await readTextFile(file);
    } catch {
      this.sending.set(false);
      this.problem.set($localize`:@@adoption.import.unreadable:We could not read “${file.name}:name:”. Choose the file again.`);
      return;
    }
    this.importGQL.mutate({ variables: { input: { projectId: this.data.projectId, format: this.format(), content } } }).subscribe({
      next: (response) => {
        this.sending.set(false);
        this.result.set(response.data?.importUsageData ?? null);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        const reason = changeProblemOf(error, $localize`:@@adoption.import.thing:this program`).message;
        this.problem.set($localize`:@@adoption.import.failed:The import did not go through. ${reason}:reason:`);
      },
    });
  }

  protected close(): void {
    this.dialogRef.close(this.accepted() ?? undefined);
  }

  private take(file: File | null): void {
    this.result.set(null);
    this.problem.set(null);
    if (!file) return;
    const problem = usageFileProblem(file, MAX_IMPORT_BYTES);
    this.fileProblem.set(problem);
    this.file.set(problem ? null : file);
  }
}
