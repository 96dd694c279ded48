import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, Injector } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { DateFieldComponent } from '../shared/forms/date-field.component';
import { EditSubmission } from '../shared/forms/edit-submission';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { TimeZoneFieldComponent } from '../shared/time-zones/time-zone-field.component';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { isWebLink, showSessionErrors } from './session-form';
import { zonedDateTime } from './session-time';
import { PersonOption, TrainingSession, TrainingStore } from './training.store';

export interface SessionDialogData {
  /** A regular session, or a catch-up session for everyone on the wave's re-training list. */
  kind: 'session' | 'retraining';
  waveId: string;
  /** A suggested slot to start from, with what the wave's previous session had. */
  prefill?: SessionPrefill;
  /** How many people the catch-up session will invite. */
  retrainingCount?: number;
}

export interface SessionPrefill {
  date: string;
  time: string;
  timeZone: string;
  trainerId?: string | null;
  /** Who the previous session invited; empty or absent invites the wave's key users. */
  inviteeIds?: readonly string[];
  durationMinutes?: number;
}

const DEFAULT_MINUTES = 60;
/** "09:00", "14:30": hours 00–23, as en-GB, nl and it write them. */
const WALL_CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const MESSAGES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  topic: { required: $localize`:@@training.sessionForm.errorTopicRequired:Say what the session covers, e.g. “Logging calls and follow-ups”.` },
  date: { required: $localize`:@@training.sessionForm.errorDateRequired:Choose the day of the session.` },
  time: {
    required: $localize`:@@training.sessionForm.errorTimeRequired:Choose the start time.`,
    pattern: $localize`:@@training.sessionForm.errorTimePattern:Write the start time on a 24-hour clock, such as 14:30.`,
  },
  timeZone: {
    required: $localize`:@@training.sessionForm.errorTimeZoneRequired:Choose the time zone the session takes place in.`,
    unknownZone: $localize`:@@training.sessionForm.errorUnknownZone:Choose a time zone from the list.`,
  },
  durationMinutes: {
    required: $localize`:@@training.sessionForm.errorDurationRequired:Say how long the session lasts.`,
    min: $localize`:@@training.sessionForm.errorDurationMin:A session lasts at least 15 minutes.`,
    max: $localize`:@@training.sessionForm.errorDurationMax:A session lasts at most 10 hours (600 minutes).`,
  },
  trainerId: { required: $localize`:@@training.sessionForm.errorTrainerRequired:Choose who gives the session.` },
  title: { required: $localize`:@@training.sessionForm.errorMaterialTitleRequired:Give the material a title, e.g. “Cheat sheet: logging a call”.` },
  url: {
    required: $localize`:@@training.sessionForm.errorMaterialUrlRequired:Paste the link to the material.`,
    link: $localize`:@@training.sessionForm.errorMaterialUrlLink:Use a full link starting with http:// or https://.`,
  },
};

type MaterialRow = FormGroup<{ title: FormControl<string>; url: FormControl<string> }>;

function webLink(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() === '' || isWebLink(control.value) ? null : { link: true };
}

/** Schedules a training session for a wave, or a catch-up session for its re-training list. */
@Component({
  selector: 'crm-session-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DateFieldComponent, ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorBannerComponent, TimeZoneFieldComponent],
  templateUrl: './session-dialog.component.html',
  styleUrl: './session-dialog.component.scss',
})
export class SessionDialogComponent {
  protected readonly store = inject(TrainingStore);
  private readonly dialogRef = inject<MatDialogRef<SessionDialogComponent, TrainingSession>>(MatDialogRef);
  protected readonly data = inject<SessionDialogData>(MAT_DIALOG_DATA);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly retraining = this.data.kind === 'retraining';
  protected readonly waveName = this.store.waveName(this.data.waveId);
  protected readonly trainers = this.store.trainers();
  protected readonly inviteeChoices = this.inviteeOptions();
  protected readonly fromPreviousSession = (this.data.prefill?.inviteeIds?.length ?? 0) > 0;

  protected readonly form = this.fb.group({
    topic: [this.retraining ? $localize`:@@training.sessionForm.catchUpTopic:Catch-up session` : '', [Validators.required, Validators.maxLength(200)]],
    date: [this.data.prefill?.date ?? '', Validators.required],
    // A text field rather than the browser's time box, which shows AM/PM whenever the browser's own language does.
    time: [this.data.prefill?.time ?? '10:00', [Validators.required, Validators.pattern(WALL_CLOCK_TIME)]],
    timeZone: [this.data.prefill?.timeZone ?? this.store.viewerZone, Validators.required],
    durationMinutes: [this.data.prefill?.durationMinutes ?? DEFAULT_MINUTES, [Validators.required, Validators.min(15), Validators.max(600)]],
    trainerId: [this.initialTrainerId(), Validators.required],
    audience: [''],
    location: [''],
    materials: this.fb.array<MaterialRow>([]),
    inviteeIds: this.fb.control<string[]>(this.initialInviteeIds()),
  });
  protected readonly submission = new EditSubmission(this.form, $localize`:@@training.sessionForm.what:this session`, showSessionErrors);

  protected removeMaterialLabel(position: number): string {
    return $localize`:@@training.sessionForm.removeMaterialLabel:Remove material ${position}:position:`;
  }

  protected errorFor(control: AbstractControl, name: string): string | null {
    return fieldErrorMessage(control, MESSAGES[name] ?? {});
  }

  protected addMaterial(): void {
    this.form.controls.materials.push(this.materialRow());
    afterNextRender(
      () => {
        const titles = this.host.nativeElement.querySelectorAll<HTMLInputElement>('[data-testid="material-title"]');
        titles[titles.length - 1]?.focus();
      },
      { injector: this.injector },
    );
  }

  protected removeMaterial(index: number): void {
    this.form.controls.materials.removeAt(index);
  }

  protected reload(): void {
    this.store.reload();
    this.dialogRef.close();
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const value = this.form.getRawValue();
    const common = {
      waveId: this.data.waveId,
      topic: value.topic.trim(),
      startsAt: zonedDateTime(value.date, value.time, value.timeZone),
      timeZone: value.timeZone,
      durationMinutes: Number(value.durationMinutes),
      trainerId: value.trainerId,
      location: value.location.trim(),
    };
    const save = this.retraining
      ? this.store.scheduleRetraining(common)
      : this.store.schedule({
          ...common,
          audience: value.audience.trim(),
          materials: value.materials.map((m) => ({ title: m.title.trim(), url: m.url.trim() })),
          inviteeIds: value.inviteeIds,
        });
    this.submission.send(save, (session) => this.dialogRef.close(session));
  }

  private materialRow(): MaterialRow {
    return this.fb.group({
      title: ['', [Validators.required, Validators.maxLength(160)]],
      url: ['', [Validators.required, webLink]],
    });
  }

  /** The suggested slot's trainer while they still train on the project, else the only trainer. */
  private initialTrainerId(): string {
    const suggested = this.data.prefill?.trainerId;
    if (suggested && this.trainers.some((trainer) => trainer.id === suggested)) return suggested;
    return this.trainers.length === 1 ? this.trainers[0].id : '';
  }

  private initialInviteeIds(): string[] {
    const previous = this.data.prefill?.inviteeIds ?? [];
    return previous.length > 0 ? [...previous] : this.keyUserIds();
  }

  private keyUserIds(): string[] {
    return this.store.waves().find((wave) => wave.id === this.data.waveId)?.keyUsers.map((person) => person.id) ?? [];
  }

  /** The wave's key users first (they are invited by default), then the rest of the team. */
  private inviteeOptions(): { label: string; people: PersonOption[] }[] {
    const keyUsers = [...(this.store.waves().find((wave) => wave.id === this.data.waveId)?.keyUsers ?? [])].sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    const keyUserIds = new Set(keyUsers.map((person) => person.id));
    const others = this.store.team().filter((person) => !keyUserIds.has(person.id));
    // People the previous session invited who are neither key users nor on the team stay choosable.
    const listed = new Set([...keyUserIds, ...others.map((person) => person.id)]);
    const previous = new Set((this.data.prefill?.inviteeIds ?? []).filter((id) => !listed.has(id)));
    const training = this.store.waveData().get(this.data.waveId);
    const invitedBefore = new Map<string, PersonOption>();
    for (const session of training?.status === 'loaded' ? training.sessions : []) {
      for (const line of session.attendance) if (previous.has(line.person.id)) invitedBefore.set(line.person.id, line.person);
    }
    return [
      { label: $localize`:@@training.sessionForm.groupKeyUsers:Key users of this wave`, people: keyUsers },
      { label: $localize`:@@training.sessionForm.groupTeam:Program team`, people: others },
      { label: $localize`:@@training.sessionForm.groupPrevious:Invited to the previous session`, people: [...invitedBefore.values()].sort((a, b) => a.name.localeCompare(b.name)) },
    ].filter((group) => group.people.length > 0);
  }
}
