import { DOCUMENT } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, DestroyRef, ElementRef, inject, Injector, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { csvHeaderOf, csvHeaderRow, csvSeparatorOf, PLAN_IMPORT_MAX_CHARS, PLAN_IMPORT_MAX_ROWS, planCsvTemplate } from '@crm/domain';
import { ImportPlanGQL, ImportPlanMutation, PlanFormat, PlanImportRolesGQL } from '@crm/graphql-client';

import { downloadTextFile, readTextFile } from '../../requirements/csv-file';
import { NumPipe } from '../../shared/format/format.pipes';
import { userMessageOf } from '../../shared/graphql/graphql-errors';
import { MessageTextPipe } from '../../shared/i18n/message-text.pipe';
import { pageLanguage } from '../../shared/i18n/page-language';

export interface PlanImportDialogData {
  projectId: string;
}

type PlanImportResult = ImportPlanMutation['importPlan'];

/** The format a file's name says it has, or null when it says nothing we know. */
export function formatOfFileName(name: string): PlanFormat | null {
  if (/\.xml$/i.test(name)) return 'MSPDI';
  if (/\.(csv|txt)$/i.test(name)) return 'CSV';
  return null;
}

/** "5 tasks, 2 milestones, 2 new phases and 4 links": what an import added, in words. */
export function importSummary(result: Pick<PlanImportResult, 'taskCount' | 'milestoneCount' | 'phaseCount' | 'dependencyCount'>): string {
  const { taskCount: tasks, milestoneCount: milestones, phaseCount: phases, dependencyCount: links } = result;
  const head = [
    tasks === 1 ? $localize`:@@planIo.summary.task:1 task` : $localize`:@@planIo.summary.tasks:${tasks}:count: tasks`,
    milestones === 1 ? $localize`:@@planIo.summary.milestone:1 milestone` : $localize`:@@planIo.summary.milestones:${milestones}:count: milestones`,
    phases === 1 ? $localize`:@@planIo.summary.phase:1 new phase` : $localize`:@@planIo.summary.phases:${phases}:count: new phases`,
  ].join(', ');
  const last = links === 1 ? $localize`:@@planIo.summary.link:1 link` : $localize`:@@planIo.summary.links:${links}:count: links`;
  return $localize`:@@shared.list.and:${head}:head: and ${last}:last:`;
}

/**
 * Imports a plan from MS Project XML or CSV: a file chosen, dropped or pasted, checked by the
 * server as a whole. When any row is wrong nothing is imported and every problem is listed by
 * row and column, so the file can be fixed in one pass. Closes with true once a plan came in.
 */
@Component({
  selector: 'crm-plan-import-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatButtonToggleModule, MatDialogModule, MatFormFieldModule, MatInputModule, MessageTextPipe, NumPipe],
  templateUrl: './plan-import-dialog.component.html',
  styleUrl: './plan-import-dialog.component.scss',
})
export class PlanImportDialogComponent {
  private readonly data = inject<PlanImportDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<PlanImportDialogComponent, boolean>>(MatDialogRef);
  private readonly importGQL = inject(ImportPlanGQL);
  private readonly rolesGQL = inject(PlanImportRolesGQL);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  /** The summary or the list of problems, brought into view when an answer arrives (on a phone it is above the fold). */
  private readonly answer = viewChild<ElementRef<HTMLElement>>('answer');

  /** The page's language: the CSV help and template head their columns as this reader's exports do. */
  private readonly language = pageLanguage();
  protected readonly columns = csvHeaderRow('plan', this.language);
  protected readonly csvPlaceholder = this.columns.join(csvSeparatorOf(this.language));
  protected readonly xmlPlaceholder = $localize`:@@planIo.import.xmlPlaceholder:<Project xmlns=…> as MS Project saves it`;
  protected readonly maxRows = PLAN_IMPORT_MAX_ROWS;

  protected readonly format = signal<PlanFormat>('MSPDI');
  protected readonly content = signal('');
  /** The file the text came from; null when it was pasted. */
  protected readonly fileName = signal<string | null>(null);
  protected readonly dragging = signal(false);
  protected readonly importing = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly result = signal<PlanImportResult | null>(null);
  /** The program's role names, for the template and the MS Project hint; empty until loaded. */
  protected readonly roleNames = signal<string[]>([]);

  protected readonly canImport = computed(() => this.content().trim().length > 0 && !this.importing());
  /** How a task's resource becomes its role, naming the program's roles once they are in. */
  protected readonly rolesHelp = computed(() => {
    const roles = this.roleNames().join(', ');
    return roles ? $localize`:@@planIo.import.rolesNamed:Each task’s resource names its role: ${roles}:roles:.` : $localize`:@@planIo.import.roles:Each task’s resource names its role.`;
  });
  protected readonly accept = computed(() => (this.format() === 'MSPDI' ? '.xml,application/xml,text/xml' : '.csv,text/csv'));

  constructor() {
    this.rolesGQL
      .fetch({ variables: { projectId: this.data.projectId } })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: ({ data }) => this.roleNames.set(data?.roles.map((r) => r.name) ?? []), error: () => this.roleNames.set([]) });
  }

  protected readonly summary = importSummary;

  protected pickFormat(format: PlanFormat): void {
    this.format.set(format);
    this.result.set(null);
  }

  protected paste(text: string): void {
    this.content.set(text);
    this.fileName.set(null);
    this.result.set(null);
    this.problem.set(null);
  }

  protected fileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.take(file);
  }

  protected dragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(true);
  }

  protected dropped(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    const file = event.dataTransfer?.files?.[0];
    if (file) void this.take(file);
  }

  /** Reads a chosen or dropped file; its name decides the format when it says one. */
  async take(file: File): Promise<void> {
    this.result.set(null);
    if (file.size === 0) return this.problem.set($localize`:@@planIo.import.empty:“${file.name}:file:” is empty.`);
    if (file.size > PLAN_IMPORT_MAX_CHARS) {
      const kilobytes = PLAN_IMPORT_MAX_CHARS / 1000;
      return this.problem.set($localize`:@@planIo.import.tooLarge:“${file.name}:file:” is too large to import at once (at most ${kilobytes}:kilobytes: kB). Split the plan by phase.`);
    }
    try {
      const text = await readTextFile(file);
      this.content.set(text);
      this.fileName.set(file.name);
      this.problem.set(null);
      const format = formatOfFileName(file.name);
      if (format) this.format.set(format);
    } catch {
      this.problem.set($localize`:@@planIo.import.unreadable:“${file.name}:file:” could not be read. Try saving it again.`);
    }
  }

  /** A problem's column as the reader's CSV heads it; fields of an MS Project file are named as the file names them. */
  protected columnOf(field: string): string {
    return this.format() === 'CSV' ? csvHeaderOf('plan', field, this.language) : field;
  }

  protected downloadTemplate(): void {
    downloadTextFile(this.document, planCsvTemplate(this.roleNames(), this.language), 'plan-template.csv');
  }

  protected submit(): void {
    if (!this.canImport()) return;
    this.importing.set(true);
    this.problem.set(null);
    this.importGQL
      .mutate({ variables: { input: { projectId: this.data.projectId, format: this.format(), content: this.content() } } })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ data }) => {
          this.importing.set(false);
          this.result.set(data?.importPlan ?? null);
          afterNextRender(() => this.answer()?.nativeElement.focus(), { injector: this.injector });
        },
        error: (error: unknown) => {
          this.importing.set(false);
          this.problem.set(userMessageOf(error));
        },
      });
  }

  protected close(): void {
    this.dialogRef.close(this.result()?.imported === true);
  }
}
