import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { RecordRemoval } from '../shared/trash/record-removal.service';

import { Criterion, formatScore, MatrixCell, MAX_SCORE, MIN_SCORE, parseScore, SCORE_STEP, scoreOf, Vendor } from './score-matrix';
import { SelectionStore } from './selection.store';

/**
 * Vendors across, criteria down, a score in each cell. Editors type a score and it is saved when they
 * press Enter or leave the cell; the weight of each criterion is edited the same way.
 */
@Component({
  selector: 'crm-score-matrix',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  templateUrl: './score-matrix.component.html',
  styleUrl: './score-matrix.component.scss',
})
export class ScoreMatrixComponent {
  protected readonly store = inject(SelectionStore);
  private readonly removal = inject(RecordRemoval);

  readonly editCriterion = output<Criterion>();
  readonly removeVendor = output<Vendor>();

  protected readonly matrix = this.store.matrix;
  private readonly vendorNames = computed(() => new Map(this.matrix().vendors.map((v) => [v.id, v.name])));

  protected readonly format = formatScore;
  protected readonly scale = { min: MIN_SCORE, max: MAX_SCORE, step: SCORE_STEP };

  protected cellLabel(criterionName: string, cell: MatrixCell): string {
    const vendor = this.vendorNames().get(cell.vendorId) ?? $localize`:@@selection.matrix.someVendor:vendor`;
    return $localize`:@@selection.matrix.cellLabel:Score of ${vendor}:vendor: on ${criterionName}:criterion:, ${MIN_SCORE}:min: to ${MAX_SCORE}:max:`;
  }

  protected tracesLabel(criterion: Criterion): string {
    const count = criterion.requirements.length;
    if (count === 0) return $localize`:@@selection.matrix.tracesNone:Traces no requirement`;
    return count === 1 ? $localize`:@@selection.matrix.tracesOne:Traces 1 requirement` : $localize`:@@selection.matrix.tracesMany:Traces ${count}:count: requirements`;
  }

  protected removeVendorLabel(vendor: string): string {
    return $localize`:@@selection.matrix.removeVendorLabel:Remove the vendor ${vendor}:vendor:`;
  }

  protected editCriterionLabel(criterion: string): string {
    return $localize`:@@selection.matrix.editCriterionLabel:Edit the criterion ${criterion}:criterion:`;
  }

  protected weightLabel(criterion: string): string {
    return $localize`:@@selection.matrix.weightLabel:Weight of ${criterion}:criterion:`;
  }

  protected tracedTitles(criterion: Criterion): string | null {
    return criterion.requirements.length > 0 ? criterion.requirements.map((r) => r.title).join('\n') : null;
  }

  protected weighted(vendorId: string): string {
    const score = this.store.weightedScores().get(vendorId);
    return score === undefined ? '…' : formatScore(score);
  }

  /**
   * Saves what was typed in a cell, once: Enter, the change event and leaving the cell can all fire
   * for one edit, and the store ignores a score the cell already has. The current score is read from
   * the store, since the cell in the template may be from before the last change.
   */
  protected commitScore(cell: MatrixCell, event: Event): void {
    const input = event.target as HTMLInputElement;
    const current = scoreOf(this.store.vendors(), cell.vendorId, cell.criterionId)?.score ?? null;
    const text = input.value;
    // Nothing new was typed (or a refused value was just put back): leave the cell and its message as they are.
    if (text.trim() === formatScore(current)) return;
    // Emptying a scored cell removes the score (after the removal's confirmation, with an Undo);
    // the cell shows it until then, and the page loads again once it is gone.
    const saved = scoreOf(this.store.vendors(), cell.vendorId, cell.criterionId);
    if (text.trim() === '' && saved?.id) {
      input.value = formatScore(current);
      this.store.setCellError(cell.key, null);
      const criterion = this.store.criteria().find((c) => c.id === cell.criterionId)?.name ?? $localize`:@@selection.matrix.thisCriterion:this criterion`;
      const vendor = this.vendorNames().get(cell.vendorId) ?? $localize`:@@selection.matrix.aVendor:Vendor`;
      const title = $localize`:@@selection.matrix.scoreTitle:${vendor}:vendor: on ${criterion}:criterion:`;
      this.removal.remove('Score', { id: saved.id, version: saved.version, title }, { what: $localize`:@@selection.matrix.thisScore:this score` }).subscribe();
      return;
    }
    const parsed = parseScore(text);
    if (!parsed.ok) {
      this.store.setCellError(cell.key, parsed.message);
      input.value = formatScore(current);
      return;
    }
    if (parsed.score === current) return;
    this.store.setCellError(cell.key, null);
    this.store.setScore(cell.vendorId, cell.criterionId, parsed.score);
  }

  protected commitWeight(criterion: Criterion, event: Event): void {
    const input = event.target as HTMLInputElement;
    const weight = Number(input.value.trim().replace(',', '.'));
    if (input.value.trim() === '' || !Number.isFinite(weight) || weight <= 0) {
      input.value = String(criterion.weight);
      this.store.notice.set({
        kind: 'problem',
        message: $localize`:@@selection.matrix.weightRefused:A weight is a number above 0, e.g. 20. “${criterion.name}:criterion:” keeps its weight of ${criterion.weight}:weight:.`,
        offerReload: false,
      });
      return;
    }
    this.store.setWeight(criterion, weight);
  }
}
