import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { map } from 'rxjs';

import { COMMUNICATION_CHANNELS, COMMUNICATION_OFFSET_LIMIT, CommunicationChannel, plannedOn } from '@crm/domain';
import { CommunicationChannel as ChannelEnum, CommunicationStatus, CreateCommunicationGQL, UpdateCommunicationGQL, WaveMessageFragment } from '@crm/graphql-client';

import { EditSubmission } from '../shared/forms/edit-submission';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { RecordRemoval } from '../shared/trash/record-removal.service';
import { channelLabel, offsetText, shortDay } from './communication-view';

export interface CommunicationDialogData {
  waveId: string;
  goLiveDate: string;
  message: WaveMessageFragment | null;
  /** The business units of the program's waves, which an audience may name. */
  units: string[];
  roles: { id: string; name: string }[];
}

/** What the dialog closes with: the saved message, or word that it went to the trash. */
export type CommunicationDialogResult = { saved: WaveMessageFragment } | { removed: true } | { reload: true };

type MessageField = 'title' | 'offsetDays' | 'channel';

const MESSAGES: Partial<Record<MessageField, Record<string, string>>> = {
  title: { required: $localize`:@@communications.dialog.titleRequired:Give the message a title, e.g. “Data freeze on Friday”.` },
  offsetDays: {
    required: $localize`:@@communications.dialog.offsetRequired:Say how many days from go-live: -7 is a week before, 0 the day itself.`,
    min: $localize`:@@communications.dialog.offsetTooEarly:At most ${COMMUNICATION_OFFSET_LIMIT}:limit: days before go-live.`,
    max: $localize`:@@communications.dialog.offsetTooLate:At most ${COMMUNICATION_OFFSET_LIMIT}:limit: days after go-live.`,
  },
};

const STATUS_LABELS: Record<CommunicationStatus, string> = {
  PLANNED: $localize`:@@communications.dialog.statusPlanned:Planned`,
  SENT: $localize`:@@communications.dialog.statusSent:Sent`,
  SKIPPED: $localize`:@@communications.dialog.statusSkipped:Skipped (not needed)`,
};

/** Adds a message to a wave's plan, or edits one: what it says, when, how, to whom and who sends it. */
@Component({
  selector: 'crm-communication-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, SubmissionBannerComponent, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  templateUrl: './communication-dialog.component.html',
  styles: `
    form mat-form-field {
      width: 100%;
      margin-bottom: 4px;
    }
    .row {
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
    }
    .row mat-form-field {
      flex: 1 1 180px;
    }
    .spacer {
      flex: 1;
    }
    .remove {
      color: var(--mat-sys-error);
    }
  `,
})
export class CommunicationDialogComponent {
  private readonly dialogRef = inject<MatDialogRef<CommunicationDialogComponent, CommunicationDialogResult>>(MatDialogRef);
  protected readonly data = inject<CommunicationDialogData>(MAT_DIALOG_DATA);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly createGQL = inject(CreateCommunicationGQL);
  private readonly updateGQL = inject(UpdateCommunicationGQL);
  private readonly removal = inject(RecordRemoval);

  protected readonly editing = this.data.message !== null;
  protected readonly channels = COMMUNICATION_CHANNELS.map((value) => ({ value, label: channelLabel(value) }));
  protected readonly statuses = (Object.keys(STATUS_LABELS) as CommunicationStatus[]).map((value) => ({ value, label: STATUS_LABELS[value] }));
  protected readonly form = this.fb.group({
    title: [this.data.message?.title ?? '', Validators.required],
    body: [this.data.message?.body ?? ''],
    offsetDays: this.fb.control<number | null>(this.data.message?.offsetDays ?? -7, [
      Validators.required,
      Validators.min(-COMMUNICATION_OFFSET_LIMIT),
      Validators.max(COMMUNICATION_OFFSET_LIMIT),
    ]),
    channel: this.fb.control<CommunicationChannel>((this.data.message?.channel as CommunicationChannel | undefined) ?? 'EMAIL', Validators.required),
    audienceUnits: this.fb.control<string[]>(this.data.message ? [...this.data.message.audienceUnits] : []),
    audienceRoleIds: this.fb.control<string[]>(this.data.message ? this.data.message.audienceRoles.map((r) => r.id) : []),
    ownerRoleId: this.fb.control<string>(this.data.message?.ownerRole?.id ?? ''),
    status: this.fb.control<CommunicationStatus>(this.data.message?.status ?? 'PLANNED'),
  });
  protected readonly submission = new EditSubmission(this.form, $localize`:@@communications.message.thing:this message`);
  protected readonly title = this.editing ? $localize`:@@communications.dialog.editTitle:Edit message` : $localize`:@@communications.dialog.newTitle:Add a message`;
  protected readonly unitsHint = this.editing
    ? $localize`:@@communications.dialog.unitsHintEdit:The units of the program’s waves.`
    : $localize`:@@communications.dialog.unitsHintNew:Leave empty for the wave’s own scope.`;
  protected readonly savingLabel = $localize`:@@communications.dialog.saving:Saving…`;
  protected readonly submitLabel = this.editing ? $localize`:@@communications.dialog.saveChanges:Save changes` : $localize`:@@communications.dialog.add:Add message`;

  private readonly offset = toSignal(this.form.controls.offsetDays.valueChanges.pipe(map((v) => v)), { initialValue: this.form.controls.offsetDays.value });
  /** Where the message would fall, as the API will date it (weekends before go-live come forward to the Friday). */
  protected readonly dayHint = computed(() => {
    const offset = this.offset();
    if (offset === null || !Number.isInteger(offset) || Math.abs(offset) > COMMUNICATION_OFFSET_LIMIT) return $localize`:@@communications.dialog.offsetHint:Days from go-live: negative before it, 0 the day itself.`;
    return `${offsetText(offset)}: ${shortDay(plannedOn(this.data.goLiveDate, offset))}`;
  });

  protected errorFor(field: MessageField): string | null {
    return fieldErrorMessage(this.form.controls[field], MESSAGES[field] ?? {});
  }

  /** The message changed or went away meanwhile: the plan loads again. */
  protected reload(): void {
    this.dialogRef.close({ reload: true });
  }

  protected remove(): void {
    const message = this.data.message;
    if (!message) return;
    this.removal.remove('Communication', { id: message.id, version: message.version, title: message.title }).subscribe((removed) => {
      if (removed) this.dialogRef.close({ removed: true });
    });
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const value = this.form.getRawValue();
    const offsetDays = value.offsetDays ?? 0;
    const common = {
      title: value.title.trim(),
      body: value.body.trim(),
      offsetDays,
      channel: value.channel as ChannelEnum,
      audienceUnits: value.audienceUnits,
      audienceRoleIds: value.audienceRoleIds,
    };
    const existing = this.data.message;
    const save = existing
      ? this.updateGQL
          .mutate({ variables: { input: { id: existing.id, version: existing.version, ...common, ownerRoleId: value.ownerRoleId || null, status: value.status } } })
          .pipe(map(({ data }) => data?.updateCommunication))
      : this.createGQL
          .mutate({
            variables: {
              input: {
                waveId: this.data.waveId,
                ...common,
                // No units chosen: the API addresses the wave's own scope.
                audienceUnits: value.audienceUnits.length > 0 ? value.audienceUnits : undefined,
                ...(value.ownerRoleId ? { ownerRoleId: value.ownerRoleId } : {}),
              },
            },
          })
          .pipe(map(({ data }) => data?.createCommunication));
    this.submission.send(save, (saved) => {
      if (saved) this.dialogRef.close({ saved });
    });
  }
}
