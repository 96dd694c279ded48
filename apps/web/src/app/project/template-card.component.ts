import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { firstValueFrom } from 'rxjs';

import { ExportTemplateGQL, ImportTemplateGQL } from '@crm/graphql-client';

import { fieldErrorsOf, userMessageOf } from '../shared/graphql/graphql-errors';

/** Problems the API found in an imported file, one per JSON path, or a single sentence. */
type ImportOutcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; name: string } | { kind: 'failed'; message: string; problems: string[] };

/**
 * The settings card that writes this program out as a template file and reads a template file in
 * for the organisation, so the next program can start from it.
 */
@Component({
  selector: 'crm-template-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    <section class="card" aria-labelledby="templates-heading">
      <h3 id="templates-heading" i18n="@@project.templates.title">Templates</h3>
      <p i18n="@@project.templates.lead">Save this program's phases, criteria, milestones, tasks, roles, risks and KPIs as a template file, with dates relative to start and go-live. Importing a template file offers it to everyone in your organisation when they create a program.</p>
      <div class="template-actions">
        <button mat-stroked-button type="button" data-testid="export-template" [disabled]="exporting()" (click)="exportTemplate()">
          @if (exporting()) {
            <ng-container i18n="@@project.templates.exporting">Preparing the template…</ng-container>
          } @else {
            <ng-container i18n="@@project.templates.export">Export as template</ng-container>
          }
        </button>
        <input #file type="file" accept=".json,application/json" hidden data-testid="import-template" (change)="importFile($event)" />
        <button mat-stroked-button type="button" data-testid="import-template-button" [disabled]="outcome().kind === 'busy'" (click)="file.click()">
          @if (outcome().kind === 'busy') {
            <ng-container i18n="@@project.templates.importing">Importing…</ng-container>
          } @else {
            <ng-container i18n="@@project.templates.import">Import template</ng-container>
          }
        </button>
      </div>
      @if (exportError(); as message) {
        <p role="alert" class="problem" data-testid="export-error">{{ message }}</p>
      }
      @switch (outcome().kind) {
        @case ('done') {
          <p role="status" data-testid="import-done" i18n="@@project.templates.imported">Imported “{{ doneName() }}”: it is now offered when you create a program.</p>
        }
        @case ('failed') {
          <div role="alert" class="problem" data-testid="import-error">
            <p>{{ failedMessage() }}</p>
            @if (problems().length > 0) {
              <ul>
                @for (problem of problems(); track problem) {
                  <li>{{ problem }}</li>
                }
              </ul>
            }
          </div>
        }
      }
    </section>
  `,
  styles: `
    :host { display: block; }
    .card { display: flex; flex-direction: column; gap: 8px; max-width: 960px; padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    h3 { margin: 0; font: var(--mat-sys-title-medium); }
    p { margin: 0; }
    .template-actions { display: flex; flex-wrap: wrap; gap: 8px; }
    .problem { color: var(--mat-sys-error); }
    ul { margin: 4px 0 0; padding-left: 20px; font: var(--mat-sys-body-small); }
  `,
})
export class TemplateCardComponent {
  readonly projectId = input.required<string>();
  readonly programName = input('program');
  private readonly exportGQL = inject(ExportTemplateGQL);
  private readonly importGQL = inject(ImportTemplateGQL);

  protected readonly exporting = signal(false);
  protected readonly exportError = signal<string | null>(null);
  protected readonly outcome = signal<ImportOutcome>({ kind: 'idle' });

  protected doneName(): string {
    const outcome = this.outcome();
    return outcome.kind === 'done' ? outcome.name : '';
  }
  protected failedMessage(): string {
    const outcome = this.outcome();
    return outcome.kind === 'failed' ? outcome.message : '';
  }
  protected problems(): string[] {
    const outcome = this.outcome();
    return outcome.kind === 'failed' ? outcome.problems : [];
  }

  protected async exportTemplate(): Promise<void> {
    this.exporting.set(true);
    this.exportError.set(null);
    try {
      const result = await firstValueFrom(this.exportGQL.fetch({ variables: { projectId: this.projectId() }, fetchPolicy: 'network-only' }));
      const content = result.data?.exportTemplate;
      if (!content) throw new Error($localize`:@@project.template.emptyAnswer:The template came back empty.`);
      download(`${fileName(this.programName())}-template.json`, content);
    } catch (error) {
      this.exportError.set($localize`:@@project.templates.exportFailed:We could not export the template. ${userMessageOf(error)}:reason:`);
    } finally {
      this.exporting.set(false);
    }
  }

  protected async importFile(event: Event): Promise<void> {
    const field = event.target as HTMLInputElement;
    const file = field.files?.[0];
    field.value = '';
    if (!file) return;
    this.outcome.set({ kind: 'busy' });
    try {
      const content = await readText(file);
      const result = await firstValueFrom(this.importGQL.mutate({ variables: { input: { content } } }));
      this.outcome.set({ kind: 'done', name: result.data?.importTemplate.name ?? file.name });
    } catch (error) {
      const fields = fieldErrorsOf(error);
      this.outcome.set(
        fields.length > 0
          ? {
              kind: 'failed',
              message: $localize`:@@project.templates.unreadable:“${file.name}:file:” is not a template we can read:`,
              problems: fields.map((f) => `${f.field.replace(/^content\.?/, '') || $localize`:@@project.templates.wholeFile:file`}: ${f.message}`),
            }
          : { kind: 'failed', message: $localize`:@@project.templates.importFailed:We could not import “${file.name}:file:”. ${userMessageOf(error)}:reason:`, problems: [] },
      );
    }
  }
}

function fileName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'program';
}

/** The file's text, through FileReader, which every browser (and the spec's DOM) offers. */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error($localize`:@@project.template.unreadable:The file could not be read.`));
    reader.readAsText(file);
  });
}

function download(name: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}
