import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';

import { DateFieldComponent } from '../shared/forms/date-field.component';
import { EditSubmission } from '../shared/forms/edit-submission';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { PersonOption, TrainingStore } from './training.store';

/**
 * After training, someone checks whether people actually use the CRM: one person, or a whole
 * business unit of the wave. Anyone found not using it joins the re-training list.
 */
@Component({
  selector: 'crm-usage-review-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DateFieldComponent, SubmissionBannerComponent, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule],
  templateUrl: './usage-review-form.component.html',
  styles: `
    mat-form-field {
      margin-bottom: 12px;
    }
    form {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .radios {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 12px;
    }
    .note {
      flex: 1;
      min-width: 200px;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class UsageReviewFormComponent {
  private readonly store = inject(TrainingStore);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly waveId = input.required<string>();
  /** People the reviewer may pick: the wave's key users, invitees and re-training list. */
  readonly people = input.required<readonly PersonOption[]>();
  readonly closed = output<void>();

  protected readonly form = this.fb.group({
    subject: this.fb.control<'person' | 'unit'>('person'),
    personId: [''],
    businessUnit: [''],
    active: this.fb.control<boolean | null>(null, Validators.required),
    reviewedOn: [this.store.today(), Validators.required],
    note: ['', Validators.maxLength(2000)],
  });
  protected readonly subject = toSignal(this.form.controls.subject.valueChanges, { initialValue: this.form.controls.subject.value });
  protected readonly units = computed(() => this.store.waves().find((wave) => wave.id === this.waveId())?.scope ?? []);
  protected readonly submission = new EditSubmission(this.form, 'this review');

  protected errorFor(field: 'personId' | 'businessUnit' | 'reviewedOn' | 'note'): string | null {
    return fieldErrorMessage(this.form.controls[field], {
      required: field === 'reviewedOn' ? $localize`:@@training.review.errorDayRequired:Choose the day of the review.` : $localize`:@@training.review.errorWhoRequired:Choose who was reviewed.`,
      maxlength: $localize`:@@training.review.errorNoteLength:Keep the note under 2000 characters.`,
    });
  }

  protected submit(): void {
    const value = this.form.getRawValue();
    const who = value.subject === 'person' ? this.form.controls.personId : this.form.controls.businessUnit;
    if (who.value === '') who.setErrors({ required: true });
    const ready = this.submission.ready();
    if (value.active === null) this.submission.banner.set($localize`:@@training.review.errorActiveRequired:Say whether the CRM is being used.`);
    if (!ready || value.active === null) return;
    const review = this.store.recordUsageReview({
      waveId: this.waveId(),
      active: value.active,
      reviewedOn: value.reviewedOn,
      note: value.note.trim(),
      ...(value.subject === 'person' ? { personId: value.personId } : { businessUnit: value.businessUnit }),
    });
    this.submission.send(review, () => this.closed.emit());
  }
}
