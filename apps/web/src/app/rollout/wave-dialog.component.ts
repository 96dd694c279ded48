import { COMMA, ENTER, SEMICOLON } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { DateFieldComponent } from '../shared/forms/date-field.component';
import { EditSubmission } from '../shared/forms/edit-submission';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { RecordRemoval } from '../shared/trash/record-removal.service';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { RolloutStore, RolloutWave } from './rollout.store';
import { scopeEntries } from './wave-timeline';

export interface WaveDialogData {
  wave: RolloutWave | null;
}

type WaveField = 'name' | 'scope' | 'goLiveDate';

const REQUIRED_MESSAGES: Partial<Record<WaveField, string>> = {
  name: $localize`:@@rollout.waveDialog.nameRequired:Name the wave, e.g. “Wave 1 — Nordics sales”.`,
  goLiveDate: $localize`:@@rollout.waveDialog.goLiveDateRequired:Choose the day this wave goes live.`,
};

/** Plans a new wave, or renames, re-scopes or re-plans one. Closes with the saved wave. */
@Component({
  selector: 'crm-wave-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DateFieldComponent, SubmissionBannerComponent, ReactiveFormsModule, MatButtonModule, MatChipsModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  templateUrl: './wave-dialog.component.html',
  styles: `
    form mat-form-field {
      width: 100%;
      margin-bottom: 4px;
    }
    .lead {
      margin: 0 0 16px;
    }
    .spacer {
      flex: 1;
    }
    .remove {
      color: var(--mat-sys-error);
    }
  `,
})
export class WaveDialogComponent {
  private readonly store = inject(RolloutStore);
  private readonly dialogRef = inject<MatDialogRef<WaveDialogComponent, RolloutWave>>(MatDialogRef);
  private readonly data = inject<WaveDialogData>(MAT_DIALOG_DATA);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly removal = inject(RecordRemoval);

  protected readonly editing = this.data.wave !== null;
  protected readonly canRemove = this.editing && this.store.canEdit();
  protected readonly separators = [ENTER, COMMA, SEMICOLON] as const;
  protected readonly form = this.fb.group({
    name: [this.data.wave?.name ?? '', Validators.required],
    scope: this.fb.control<string[]>(this.data.wave ? [...this.data.wave.scope] : []),
    goLiveDate: [this.data.wave?.goLiveDate ?? '', Validators.required],
  });
  protected readonly submission = new EditSubmission(this.form, $localize`:@@rollout.wave.thing:this wave`);
  protected readonly savingLabel = $localize`:@@rollout.waveDialog.saving:Saving…`;
  protected readonly submitLabel = this.editing ? $localize`:@@rollout.waveDialog.saveChanges:Save changes` : $localize`:@@rollout.waveDialog.planWave:Plan wave`;

  protected removeScopeLabel(entry: string): string {
    return $localize`:@@rollout.waveDialog.removeScope:Remove ${entry}:entry:`;
  }

  protected errorFor(field: WaveField): string | null {
    const required = REQUIRED_MESSAGES[field];
    return fieldErrorMessage(this.form.controls[field], required ? { required } : {});
  }

  protected addScope(event: MatChipInputEvent): void {
    const scope = this.form.controls.scope;
    const next = scopeEntries(event.value, scope.value);
    if (next.length !== scope.value.length) scope.setValue(next);
    event.chipInput.clear();
  }

  protected removeScope(entry: string): void {
    const scope = this.form.controls.scope;
    scope.setValue(scope.value.filter((e) => e !== entry));
  }

  protected reload(): void {
    this.store.reload();
    this.dialogRef.close();
  }

  /** Removes the wave (with its checklist, key users and sessions) to the trash after the removal's confirmation. */
  protected remove(): void {
    const wave = this.data.wave;
    if (!wave) return;
    this.removal.remove('RolloutWave', { id: wave.id, version: wave.version, title: wave.name }).subscribe((removed) => {
      if (removed) this.dialogRef.close();
    });
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const { name, scope, goLiveDate } = this.form.getRawValue();
    const existing = this.data.wave;
    const save = existing
      ? this.store.updateWave({ id: existing.id, version: existing.version, name: name.trim(), scope, goLiveDate })
      : this.store.createWave({ name: name.trim(), scope, goLiveDate });
    this.submission.send(save, (wave) => this.dialogRef.close(wave));
  }
}
