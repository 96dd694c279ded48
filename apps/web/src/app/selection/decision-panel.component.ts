import { afterNextRender, ChangeDetectionStrategy, Component, effect, ElementRef, inject, Injector, signal, untracked, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { formatDay, todayIso } from '../shared/dates/calendar-days';
import { fieldErrorMessage, focusFirstInvalidField, showServerErrors } from '../shared/forms/form-errors';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { SelectionStore } from './selection.store';

type DecisionField = 'vendorId' | 'rationale' | 'decidedBy' | 'decidedOn';

const REQUIRED_MESSAGES: Record<DecisionField, string> = {
  vendorId: 'Choose the vendor that was selected.',
  rationale: 'Say why: the reasons are what people will ask about later.',
  decidedBy: 'Say who took the decision, e.g. the steering committee.',
  decidedOn: 'Give the date of the decision.',
};

/**
 * The decision the evaluation leads to: which vendor, why, who decided and when. Recording it also
 * completes the “vendor selected” milestone. A decision can be recorded again if it changes.
 */
@Component({
  selector: 'crm-decision-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorBannerComponent],
  template: `
    <section class="decision" aria-labelledby="decision-heading" data-testid="decision-panel">
      <h3 id="decision-heading">Decision</h3>
      @if (store.decision(); as decision) {
        <div class="current" data-testid="current-decision">
          <p class="chosen">
            <strong>{{ decision.vendor.name }}</strong> was selected by {{ decision.decidedBy }} on
            <time [attr.datetime]="decision.decidedOn">{{ day(decision.decidedOn) }}</time>.
          </p>
          <p class="rationale">{{ decision.rationale }}</p>
        </div>
      } @else {
        <p class="none" data-testid="no-decision">No vendor has been selected yet.</p>
      }

      @if (store.canEdit()) {
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <h4>{{ store.decision() ? 'Record a changed decision' : 'Record the decision' }}</h4>
          @if (banner(); as message) {
            <crm-error-banner [message]="message" testId="decision-problem" />
          }
          <div class="row">
            <mat-form-field appearance="outline">
              <mat-label>Selected vendor</mat-label>
              <mat-select formControlName="vendorId" data-testid="decision-vendor">
                @for (vendor of store.vendors(); track vendor.id) {
                  <mat-option [value]="vendor.id">{{ vendor.name }}</mat-option>
                }
              </mat-select>
              @if (errorFor('vendorId'); as message) {
                <mat-error>{{ message }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>Decided by</mat-label>
              <input matInput formControlName="decidedBy" data-testid="decision-decided-by" />
              @if (errorFor('decidedBy'); as message) {
                <mat-error>{{ message }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>Decided on</mat-label>
              <input matInput type="date" formControlName="decidedOn" data-testid="decision-date" />
              @if (errorFor('decidedOn'); as message) {
                <mat-error>{{ message }}</mat-error>
              }
            </mat-form-field>
          </div>
          <mat-form-field appearance="outline" class="wide">
            <mat-label>Rationale</mat-label>
            <textarea matInput formControlName="rationale" rows="3" data-testid="decision-rationale"></textarea>
            @if (errorFor('rationale'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
          <button mat-flat-button type="submit" data-testid="record-decision" [disabled]="submitting() || store.vendors().length === 0">
            {{ submitting() ? 'Recording…' : 'Record decision' }}
          </button>
          @if (store.vendors().length === 0) {
            <p class="none">Add the vendors on your shortlist first.</p>
          }
        </form>
      }
    </section>
  `,
  styles: `
    .decision {
      display: flex;
      flex-direction: column;
      gap: 8px;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    h3,
    h4 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    h4 {
      margin-top: 8px;
      font: var(--mat-sys-title-small);
    }
    .current {
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .current p {
      margin: 0;
    }
    .rationale {
      margin-top: 4px !important;
      white-space: pre-line;
    }
    .none {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    form {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 8px;
    }
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      gap: 0 12px;
      width: 100%;
    }
    mat-form-field,
    .wide {
      width: 100%;
    }
  `,
})
export class DecisionPanelComponent {
  protected readonly store = inject(SelectionStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly form = this.fb.group({
    vendorId: ['', Validators.required],
    rationale: ['', Validators.required],
    decidedBy: ['', Validators.required],
    decidedOn: [todayIso(), Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly banner = signal<string | null>(null);
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
    this.banner.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    const { vendorId, rationale, decidedBy, decidedOn } = this.form.getRawValue();
    this.submitting.set(true);
    this.store.recordDecision({ vendorId, rationale: rationale.trim(), decidedBy: decidedBy.trim(), decidedOn }).subscribe({
      next: () => {
        this.submitting.set(false);
        // Through the form directive, so the cleared fields are not shown as errors of a submitted form.
        const empty = { vendorId, rationale: '', decidedBy: '', decidedOn: todayIso() };
        const directive = this.formDirective();
        if (directive) directive.resetForm(empty);
        else this.form.reset(empty);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.banner.set(showServerErrors(this.form, error));
        afterNextRender(() => focusFirstInvalidField(this.host.nativeElement), { injector: this.injector });
      },
    });
  }
}
