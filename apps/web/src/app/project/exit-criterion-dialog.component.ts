import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { Observable } from 'rxjs';

import { EXIT_CRITERION_LABEL_MAX, GATE_RULE_KINDS, GATE_RULE_SETTINGS, GateRuleKind, gateRuleDescription } from '@crm/domain';
import { GateRuleInput, PlanningAddExitCriterionGQL, PlanningGateOptionsGQL, PlanningGateOptionsQuery, PlanningUpdateExitCriterionGQL } from '@crm/graphql-client';

import { EditSubmission } from '../shared/forms/edit-submission';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { RecordRemoval } from '../shared/trash/record-removal.service';

export interface ExitCriterionDialogData {
  projectId: string;
  phaseId: string;
  phaseName: string;
  /** Null to add a criterion to the phase. */
  criterion: {
    id: string;
    label: string;
    version: number;
    rule?: { kind: GateRuleKind | string; waveId?: string | null; kpiKey?: string | null; threshold?: number | null } | null;
    signOffRole?: { key: string } | null;
  } | null;
}

/** How a criterion is checked: a box someone ticks, or one of the rules. */
type CheckedBy = 'CHECKBOX' | GateRuleKind;

const EMPTY_OPTIONS: PlanningGateOptionsQuery = { roles: [], rolloutWaves: [], kpis: [] };

/**
 * Adds an exit criterion to a phase, or changes one (its tick stays): its wording, whether a box
 * or a rule over the program's data decides it, and whose sign-off it needs. Closes with true once saved.
 */
@Component({
  selector: 'crm-exit-criterion-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, SubmissionBannerComponent],
  template: `
    <h2 mat-dialog-title>
      @if (editing) {
        <ng-container i18n="@@project.criterion.editTitle">Edit exit criterion</ng-container>
      } @else {
        <ng-container i18n="@@project.criterion.addTitle">Add an exit criterion</ng-container>
      }
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="lead" i18n="@@project.criterion.lead">What must be true before “{{ data.phaseName }}” can be completed.</p>
        <crm-submission-banner [submission]="submission" testId="criterion-form-problem" reloadable (reload)="reload()" />
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label i18n="@@project.criterion.label">Criterion</mat-label>
          <textarea
            matInput
            formControlName="label"
            rows="3"
            data-testid="criterion-label"
            cdkFocusInitial
            [maxlength]="labelMax"
            (keydown.enter)="submitOnEnter($event)"
          ></textarea>
          <mat-hint align="end">{{ form.controls.label.value.length }} / {{ labelMax }}</mat-hint>
          @if (labelError(); as message) {
            <mat-error data-testid="error-label">{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label i18n="@@project.criterion.checkedBy">Checked by</mat-label>
          <mat-select formControlName="checkedBy" data-testid="criterion-checked-by" (selectionChange)="ruleChosen()">
            <mat-option value="CHECKBOX" i18n="@@project.criterion.checkbox">A box someone ticks</mat-option>
            @for (kind of ruleKinds; track kind.key) {
              <mat-option [value]="kind.key">{{ kind.label }}</mat-option>
            }
          </mat-select>
          <mat-hint>
            @if (checkedBy() === 'CHECKBOX') {
              <ng-container i18n="@@project.criterion.checkboxHint">Someone on the plan ticks it when it is true.</ng-container>
            } @else {
              <ng-container i18n="@@project.criterion.ruleHint">Judged live from the program’s own data; nobody can tick it.</ng-container>
            }
          </mat-hint>
        </mat-form-field>
        @if (takes('waveId')) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@project.criterion.wave">Wave</mat-label>
            <mat-select formControlName="waveId" data-testid="criterion-wave">
              <mat-option value="" i18n="@@project.criterion.everyWave">Every wave</mat-option>
              @for (wave of options().rolloutWaves; track wave.id) {
                <mat-option [value]="wave.id">{{ wave.name }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        @if (takes('kpiKey')) {
          <div class="row">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>KPI</mat-label>
              <mat-select formControlName="kpiKey" data-testid="criterion-kpi">
                @for (kpi of options().kpis; track kpi.id) {
                  <mat-option [value]="kpi.key">{{ kpi.name }}</mat-option>
                }
              </mat-select>
              @if (form.controls.kpiKey.touched && !form.controls.kpiKey.value) {
                <mat-error i18n="@@project.criterion.kpiRequired">Choose the KPI the rule reads.</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label i18n="@@project.criterion.threshold">Must reach</mat-label>
              <input matInput formControlName="threshold" inputmode="decimal" data-testid="criterion-threshold" [placeholder]="targetHint()" />
              <mat-hint>
                @if (targetHint()) {
                  <ng-container i18n="@@project.criterion.thresholdHintTarget">Leave empty for the KPI’s target ({{ targetHint() }}).</ng-container>
                } @else {
                  <ng-container i18n="@@project.criterion.thresholdHint">Leave empty for the KPI’s target.</ng-container>
                }
              </mat-hint>
              @if (form.controls.threshold.hasError('pattern')) {
                <mat-error i18n="@@project.criterion.thresholdInvalid">Write a number, e.g. 75 or 0.5.</mat-error>
              }
            </mat-form-field>
          </div>
        }
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label i18n="@@project.criterion.signOff">Sign-off</mat-label>
          <mat-select formControlName="signOffRoleKey" data-testid="criterion-sign-off-role">
            <mat-option value="" i18n="@@project.criterion.noSignOff">No sign-off needed</mat-option>
            @for (role of options().roles; track role.id) {
              <mat-option [value]="role.key" i18n="@@project.criterion.signedOffBy">Signed off by {{ role.name }}</mat-option>
            }
          </mat-select>
          <mat-hint>
            @if (loading()) {
              <ng-container i18n="@@project.criterion.optionsLoading">Loading the program’s roles, waves and KPIs…</ng-container>
            } @else {
              <ng-container i18n="@@project.criterion.signOffHint">Only someone holding this role can sign, once the criterion is met; the sign-off lapses if the facts change.</ng-container>
            }
          </mat-hint>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions>
        @if (editing) {
          <button mat-button type="button" class="remove" data-testid="criterion-remove" [disabled]="submission.submitting()" (click)="remove()" i18n="@@project.criterion.remove">Remove criterion</button>
        }
        <span class="spacer"></span>
        <button mat-button type="button" mat-dialog-close i18n="@@project.criterion.cancel">Cancel</button>
        <button mat-flat-button type="submit" data-testid="criterion-submit" [disabled]="submission.submitting()">
          @if (submission.submitting()) {
            <ng-container i18n="@@project.criterion.saving">Saving…</ng-container>
          } @else if (editing) {
            <ng-container i18n="@@project.criterion.saveChanges">Save changes</ng-container>
          } @else {
            <ng-container i18n="@@project.criterion.add">Add criterion</ng-container>
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .spacer {
      flex: 1;
    }
    .remove {
      color: var(--mat-sys-error);
    }
    mat-form-field {
      width: 100%;
      margin-bottom: 12px;
    }
    .row {
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
    }
    .row mat-form-field {
      flex: 1 1 180px;
    }
    .lead {
      margin: 0 0 16px;
    }
  `,
})
export class ExitCriterionDialogComponent {
  protected readonly data = inject<ExitCriterionDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ExitCriterionDialogComponent, boolean>>(MatDialogRef);
  private readonly addGQL = inject(PlanningAddExitCriterionGQL);
  private readonly updateGQL = inject(PlanningUpdateExitCriterionGQL);

  private readonly removal = inject(RecordRemoval);
  protected readonly editing = this.data.criterion !== null;
  protected readonly labelMax = EXIT_CRITERION_LABEL_MAX;
  private readonly rule = this.data.criterion?.rule ?? null;
  protected readonly form = inject(NonNullableFormBuilder).group({
    label: [this.data.criterion?.label ?? '', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(EXIT_CRITERION_LABEL_MAX)]],
    checkedBy: [(this.rule?.kind ?? 'CHECKBOX') as CheckedBy],
    waveId: [this.rule?.waveId ?? ''],
    kpiKey: [this.rule?.kpiKey ?? ''],
    threshold: [this.rule?.threshold === null || this.rule?.threshold === undefined ? '' : String(this.rule.threshold), [Validators.pattern(/^\s*-?\d+([.,]\d+)?\s*$/)]],
    signOffRoleKey: [this.data.criterion?.signOffRole?.key ?? ''],
  });
  protected readonly submission = new EditSubmission(this.form, $localize`:@@project.criterion.thing:this exit criterion`);
  protected readonly ruleKinds = GATE_RULE_KINDS.map((key) => ({ key, label: gateRuleDescription({ kind: key }) }));
  protected readonly checkedBy = toSignal(this.form.controls.checkedBy.valueChanges, { initialValue: this.form.controls.checkedBy.value });
  protected readonly options = signal<PlanningGateOptionsQuery>(EMPTY_OPTIONS);
  protected readonly loading = signal(true);
  private readonly chosenKpi = toSignal(this.form.controls.kpiKey.valueChanges, { initialValue: this.form.controls.kpiKey.value });
  protected readonly targetHint = computed(() => {
    const kpi = this.options().kpis.find((k) => k.key === this.chosenKpi());
    return kpi ? `${kpi.target}${kpi.unit === '%' ? ' %' : ` ${kpi.unit}`}` : '';
  });

  constructor() {
    // Without the options the dialog still offers a box and "no sign-off"; a failed load leaves it at that.
    inject(PlanningGateOptionsGQL)
      .fetch({ variables: { projectId: this.data.projectId } })
      .subscribe({
        next: (result) => {
          this.options.set(result.data ?? EMPTY_OPTIONS);
          this.loading.set(false);
        },
        error: () => this.loading.set(false),
      });
  }

  /** Whether the chosen rule takes a setting (the domain says which). */
  protected takes(setting: 'waveId' | 'kpiKey' | 'threshold'): boolean {
    const kind = this.checkedBy();
    return kind !== 'CHECKBOX' && GATE_RULE_SETTINGS[kind].includes(setting);
  }

  /** A new criterion takes the rule's own sentence as its wording until someone writes one. */
  protected ruleChosen(): void {
    const kind = this.checkedBy();
    const label = this.form.controls.label;
    const wordedByRule = !label.value.trim() || this.ruleKinds.some((k) => k.label === label.value.trim());
    if (kind !== 'CHECKBOX' && wordedByRule) label.setValue(gateRuleDescription({ kind }));
  }

  private ruleInput(): GateRuleInput | null {
    const value = this.form.getRawValue();
    if (value.checkedBy === 'CHECKBOX') return null;
    const takes = GATE_RULE_SETTINGS[value.checkedBy];
    const threshold = value.threshold.trim() ? Number(value.threshold.trim().replace(',', '.')) : null;
    return {
      kind: value.checkedBy,
      waveId: takes.includes('waveId') && value.waveId ? value.waveId : null,
      kpiKey: takes.includes('kpiKey') ? value.kpiKey || null : null,
      threshold: takes.includes('threshold') ? threshold : null,
    } as GateRuleInput;
  }

  protected labelError(): string | null {
    const message = $localize`:@@project.criterion.labelRequired:Say what must be true before the phase can close.`;
    return fieldErrorMessage(this.form.controls.label, { required: message, pattern: message, maxlength: $localize`:@@project.criterion.labelTooLong:Keep the criterion to ${EXIT_CRITERION_LABEL_MAX}:max: characters.` });
  }

  /** A criterion is one sentence: Enter saves it, Shift+Enter still breaks the line. */
  protected submitOnEnter(event: Event): void {
    if ((event as KeyboardEvent).shiftKey) return;
    event.preventDefault();
    this.submit();
  }

  protected reload(): void {
    this.dialogRef.close(true);
  }

  /**
   * Removes the exitcriterion to the program's trash after the removal's confirmation (it says what
   * goes with it); the screen that opened the dialog loads again by itself, and again after an Undo.
   */
  protected remove(): void {
    const record = this.data.criterion;
    if (!record) return;
    this.removal.remove('ExitCriterion', { id: record.id, version: record.version, title: record.label }).subscribe((removed) => {
      if (removed) this.dialogRef.close(false);
    });
  }

  protected submit(): void {
    if (this.takes('kpiKey') && !this.form.controls.kpiKey.value) this.form.controls.kpiKey.setErrors({ required: true });
    if (!this.submission.ready()) return;
    const label = this.form.getRawValue().label.trim();
    const criterion = this.data.criterion;
    const rule = this.ruleInput();
    const signOffRoleKey = this.form.getRawValue().signOffRoleKey || null;
    const save: Observable<unknown> = criterion
      ? this.updateGQL.mutate({ variables: { input: { id: criterion.id, version: criterion.version, label, rule, signOffRoleKey } } })
      : this.addGQL.mutate({ variables: { input: { phaseId: this.data.phaseId, label, rule, signOffRoleKey } } });
    this.submission.send(save, () => this.dialogRef.close(true));
  }
}
