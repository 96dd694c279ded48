import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { catchError, map, of, startWith } from 'rxjs';

import type { Department, MoscowPriority } from '@crm/graphql-client';

import { CommentThreadComponent } from '../shared/comments/comment-thread.component';
import { DEPARTMENT_LABELS, DEPARTMENTS, PRIORITY_LABELS } from '../requirements/requirement-labels';
import { EditSubmission } from '../shared/forms/edit-submission';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { RecordRemoval } from '../shared/trash/record-removal.service';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { ProcessCard } from './process-board';
import { ProcessesStore, ProcessFormOptions } from './processes.store';

export interface ProcessDialogData {
  process: ProcessCard | null;
}

type ProcessField = 'name' | 'department' | 'ownerRoleKey' | 'asIs' | 'toBe' | 'requirementIds';

type Options = { status: 'loading' } | { status: 'error'; message: string } | { status: 'loaded'; options: ProcessFormOptions };

const REQUIRED_MESSAGES: Partial<Record<ProcessField, string>> = {
  name: $localize`:@@processes.dialog.nameRequired:Name the process, e.g. “Lead to opportunity”.`,
  department: $localize`:@@processes.dialog.departmentRequired:Choose the department that runs it.`,
};

/** Describes a new process or edits one, linking it to the requirements it answers. Closes with the saved process. */
@Component({
  selector: 'crm-process-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CommentThreadComponent,
    SubmissionBannerComponent,
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
  ],
  templateUrl: './process-dialog.component.html',
  styles: `
    form mat-form-field {
      width: 100%;
    }
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      gap: 0 12px;
    }
    .hint,
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .hint {
      margin: 0 0 8px;
    }
    .spacer {
      flex: 1;
    }
    .remove {
      color: var(--mat-sys-error);
    }
  `,
})
export class ProcessDialogComponent {
  private readonly store = inject(ProcessesStore);
  private readonly dialogRef = inject<MatDialogRef<ProcessDialogComponent, ProcessCard>>(MatDialogRef);
  protected readonly data = inject<ProcessDialogData>(MAT_DIALOG_DATA);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly removal = inject(RecordRemoval);

  protected readonly editing = this.data.process !== null;
  protected readonly canRemove = this.editing && this.store.canEdit();
  protected readonly departments = DEPARTMENTS;
  protected readonly departmentLabels = DEPARTMENT_LABELS;
  protected readonly priorityLabels = PRIORITY_LABELS;

  protected readonly form = this.fb.group({
    name: [this.data.process?.name ?? '', Validators.required],
    department: this.fb.control<Department | null>(this.data.process?.department ?? null, Validators.required),
    ownerRoleKey: this.fb.control<string | null>(this.data.process?.ownerRole?.key ?? null),
    asIs: [this.data.process?.asIs ?? ''],
    toBe: [this.data.process?.toBe ?? ''],
    requirementIds: this.fb.control<string[]>(this.data.process?.requirements.map((r) => r.id) ?? []),
  });

  protected readonly options = toSignal(
    this.store.formOptions().pipe(
      map((options): Options => ({ status: 'loaded', options })),
      catchError((error: unknown) => of<Options>({ status: 'error', message: userMessageOf(error) })),
      startWith<Options>({ status: 'loading' }),
    ),
    { initialValue: { status: 'loading' } as Options },
  );
  protected readonly submission = new EditSubmission(this.form, $localize`:@@processes.dialog.thing:this process`);

  protected roles(): ProcessFormOptions['roles'] {
    const options = this.options();
    return options.status === 'loaded' ? options.options.roles : [];
  }

  /** The project's requirements, plus any linked one the list no longer has, so a link is never dropped unseen. */
  protected requirements(): { id: string; title: string; priority: MoscowPriority | null }[] {
    const options = this.options();
    const listed = options.status === 'loaded' ? options.options.requirements : [];
    const known = new Set(listed.map((r) => r.id));
    const linked = (this.data.process?.requirements ?? []).filter((r) => !known.has(r.id)).map((r) => ({ ...r, priority: null }));
    return [...listed, ...linked];
  }

  protected optionsErrorMessage(): string {
    const options = this.options();
    return options.status === 'error' ? $localize`:@@processes.dialog.optionsError:We could not load the roles and requirements to choose from. ${options.message}:reason:` : '';
  }

  protected errorFor(field: ProcessField): string | null {
    const required = REQUIRED_MESSAGES[field];
    return fieldErrorMessage(this.form.controls[field], required ? { required } : {});
  }

  protected reload(): void {
    this.store.reload();
    this.dialogRef.close();
  }

  /** Removes the process to the trash after the removal's confirmation; the board loads again by itself. */
  protected remove(): void {
    const process = this.data.process;
    if (!process) return;
    this.removal.remove('Process', { id: process.id, version: process.version, title: process.name }).subscribe((removed) => {
      if (removed) this.dialogRef.close();
    });
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const value = this.form.getRawValue();
    const fields = {
      name: value.name.trim(),
      department: value.department as Department,
      ownerRoleKey: value.ownerRoleKey,
      asIs: value.asIs.trim(),
      toBe: value.toBe.trim(),
      requirementIds: value.requirementIds,
    };
    const existing = this.data.process;
    const save = existing ? this.store.update({ id: existing.id, version: existing.version, ...fields }) : this.store.create(fields);
    this.submission.send(save, (process) => this.dialogRef.close(process));
  }
}
