import { ChangeDetectionStrategy, Component, effect, inject, untracked, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { formatDay, todayIso } from '../shared/dates/calendar-days';
import { DateFieldComponent } from '../shared/forms/date-field.component';
import { EditSubmission } from '../shared/forms/edit-submission';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { SelectionStore } from './selection.store';

type DecisionField = 'vendorId' | 'rationale' | 'decidedBy' | 'decidedOn';

const REQUIRED_MESSAGES: Record<DecisionField, string> = {
  vendorId: $localize`:@@selection.decision.vendorRequired:Choose the vendor that was selected.`,
  rationale: $localize`:@@selection.decision.rationaleRequired:Say why: the reasons are what people will ask about later.`,
  decidedBy: $localize`:@@selection.decision.decidedByRequired:Say who took the decision, e.g. the steering committee.`,
  decidedOn: $localize`:@@selection.decision.decidedOnRequired:Give the date of the decision.`,
};

/**
 * The decision the evaluation leads to: which vendor, why, who decided and when. Recording it also
 * completes the “vendor selected” milestone. A decision can be recorded again if it changes.
 */
@Component({
  selector: 'crm-decision-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DateFieldComponent, SubmissionBannerComponent, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  templateUrl: './decision-panel.component.html',
  styleUrl: './decision-panel.component.scss',
})
export class DecisionPanelComponent {
  protected readonly store = inject(SelectionStore);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly form = this.fb.group({
    vendorId: ['', Validators.required],
    rationale: ['', Validators.required],
    decidedBy: ['', Validators.required],
    decidedOn: [todayIso(), Validators.required],
  });
  protected readonly submission = new EditSubmission(this.form, $localize`:@@selection.decision.thing:the decision`);
  protected readonly day = formatDay;
  private readonly formDirective = viewChild(FormGroupDirective);

  constructor() {
    // Until the user picks one, the form proposes the vendor already chosen, or else the sole leader.
    effect(() => {
      const decided = this.store.decision()?.vendor.id;
      const leaders = this.store.analysis()?.vendorRanking.filter((entry) => entry.rank === 1) ?? [];
      const proposal = decided ?? (leaders.length === 1 ? leaders[0].vendor.id : null);
      untracked(() => {
        const control = this.form.controls.vendorId;
        if (proposal && control.pristine) control.setValue(proposal);
      });
    });
  }

  protected errorFor(field: DecisionField): string | null {
    return fieldErrorMessage(this.form.controls[field], { required: REQUIRED_MESSAGES[field] });
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const { vendorId, rationale, decidedBy, decidedOn } = this.form.getRawValue();
    this.submission.send(this.store.recordDecision({ vendorId, rationale: rationale.trim(), decidedBy: decidedBy.trim(), decidedOn }), () => {
      // Through the form directive, so the cleared fields are not shown as errors of a submitted form.
      const empty = { vendorId, rationale: '', decidedBy: '', decidedOn: todayIso() };
      const directive = this.formDirective();
      if (directive) directive.resetForm(empty);
      else this.form.reset(empty);
    });
  }
}
