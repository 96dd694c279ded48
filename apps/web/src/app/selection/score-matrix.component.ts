import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { Criterion, formatScore, MatrixCell, MAX_SCORE, MIN_SCORE, parseScore, SCORE_STEP, scoreOf } from './score-matrix';
import { SelectionStore } from './selection.store';

/**
 * Vendors across, criteria down, a score in each cell. Editors type a score and it is saved when they
 * press Enter or leave the cell; the weight of each criterion is edited the same way.
 */
@Component({
  selector: 'crm-score-matrix',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    <div class="frame" [class.refreshing]="store.refreshing()">
      <table data-testid="score-matrix">
        <caption>
          Scores from {{ scale.min }} (does not meet the need) to {{ scale.max }} (fully meets it). The share is each criterion’s weight as part of the
          total.
        </caption>
        <thead>
          <tr>
            <th scope="col" class="criterion">Criterion</th>
            <th scope="col" class="weight">Weight</th>
            <th scope="col" class="share">Share</th>
            @for (vendor of matrix().vendors; track vendor.id) {
              <th scope="col" class="vendor" [attr.data-vendor-id]="vendor.id">
                <span class="vendor-name">{{ vendor.name }}</span>
                @if (vendor.product) {
                  <span class="product">{{ vendor.product }}</span>
                }
              </th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of matrix().rows; track row.criterion.id) {
            <tr data-testid="criterion-row" [attr.data-criterion-id]="row.criterion.id">
              <th scope="row" class="criterion">
                <span class="criterion-name">{{ row.criterion.name }}</span>
                <span class="traces" [attr.title]="tracedTitles(row.criterion)">
                  {{ tracesLabel(row.criterion) }}
                </span>
                @if (store.canEdit()) {
                  <button
                    mat-button
                    type="button"
                    class="edit"
                    data-testid="edit-criterion"
                    [attr.aria-label]="'Edit the criterion ' + row.criterion.name"
                    (click)="editCriterion.emit(row.criterion)"
                  >
                    Edit
                  </button>
                }
              </th>
              <td class="weight">
                @if (store.canEdit()) {
                  <input
                    type="number"
                    inputmode="decimal"
                    min="0"
                    step="any"
                    data-testid="criterion-weight"
                    [value]="row.criterion.weight"
                    [readOnly]="store.savingWeights().has(row.criterion.id)"
                    [attr.aria-label]="'Weight of ' + row.criterion.name"
                    (change)="commitWeight(row.criterion, $event)"
                    (keydown.enter)="commitWeight(row.criterion, $event)"
                  />
                } @else {
                  {{ row.criterion.weight }}
                }
              </td>
              <td class="share" data-testid="criterion-share">{{ row.share }}</td>
              @for (cell of row.cells; track cell.key) {
                <td
                  class="score"
                  data-testid="score-cell"
                  [attr.data-vendor-id]="cell.vendorId"
                  [attr.data-criterion-id]="cell.criterionId"
                  [class.pending]="cell.pending"
                  [class.unscored]="cell.score === null"
                  [class.invalid]="store.cellErrors().has(cell.key)"
                >
                  @if (store.canEdit()) {
                    <input
                      type="number"
                      inputmode="decimal"
                      [min]="scale.min"
                      [max]="scale.max"
                      [step]="scale.step"
                      placeholder="–"
                      [value]="format(cell.score)"
                      [readOnly]="cell.pending"
                      [attr.aria-label]="cellLabel(row.criterion.name, cell)"
                      [attr.aria-invalid]="store.cellErrors().has(cell.key)"
                      [attr.aria-describedby]="store.cellErrors().has(cell.key) ? 'error-' + cell.key : null"
                      (change)="commitScore(cell, $event)"
                      (blur)="commitScore(cell, $event)"
                      (keydown.enter)="commitScore(cell, $event)"
                    />
                    @if (store.cellErrors().get(cell.key); as message) {
                      <span class="cell-error" role="alert" [id]="'error-' + cell.key">{{ message }}</span>
                    }
                  } @else {
                    {{ cell.score === null ? '–' : format(cell.score) }}
                  }
                </td>
              }
            </tr>
          }
        </tbody>
        @if (matrix().rows.length > 0 && matrix().vendors.length > 0) {
          <tfoot>
            <tr>
              <th scope="row" colspan="3">Weighted score</th>
              @for (vendor of matrix().vendors; track vendor.id) {
                <td class="score total" data-testid="weighted-score" [attr.data-vendor-id]="vendor.id">
                  {{ weighted(vendor.id) }}
                </td>
              }
            </tr>
          </tfoot>
        }
      </table>
    </div>
  `,
  styles: `
    .frame {
      overflow-x: auto;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    .frame.refreshing {
      opacity: 0.7;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font: var(--mat-sys-body-medium);
    }
    caption {
      padding: 8px 12px;
      text-align: left;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    th,
    td {
      padding: 6px 10px;
      border-top: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      vertical-align: middle;
    }
    thead th {
      background: var(--mat-sys-surface-container-high);
      font: var(--mat-sys-label-large);
    }
    .criterion {
      min-width: 220px;
    }
    .criterion-name,
    .vendor-name {
      display: block;
    }
    .product,
    .traces {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .edit {
      margin-left: -12px;
    }
    .share,
    .score {
      text-align: center;
      font-variant-numeric: tabular-nums;
    }
    input {
      width: 4.5em;
      padding: 4px 6px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-extra-small);
      background: var(--mat-sys-surface);
      color: inherit;
      font: inherit;
      text-align: center;
    }
    .unscored input {
      background: var(--mat-sys-surface-container);
    }
    .pending input {
      opacity: 0.6;
    }
    .invalid input {
      border: 2px solid var(--mat-sys-error);
    }
    .cell-error {
      display: block;
      max-width: 14em;
      margin: 4px auto 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    tfoot th,
    .total {
      background: var(--mat-sys-surface-container);
      font-weight: 600;
    }
  `,
})
export class ScoreMatrixComponent {
  protected readonly store = inject(SelectionStore);

  readonly editCriterion = output<Criterion>();

  protected readonly matrix = this.store.matrix;
  private readonly vendorNames = computed(() => new Map(this.matrix().vendors.map((v) => [v.id, v.name])));

  protected readonly format = formatScore;
  protected readonly scale = { min: MIN_SCORE, max: MAX_SCORE, step: SCORE_STEP };

  protected cellLabel(criterionName: string, cell: MatrixCell): string {
    return `Score of ${this.vendorNames().get(cell.vendorId) ?? 'vendor'} on ${criterionName}, ${MIN_SCORE} to ${MAX_SCORE}`;
  }

  protected tracesLabel(criterion: Criterion): string {
    const count = criterion.requirements.length;
    if (count === 0) return 'Traces no requirement';
    return count === 1 ? 'Traces 1 requirement' : `Traces ${count} requirements`;
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
        message: `A weight is a number above 0, e.g. 20. “${criterion.name}” keeps its weight of ${criterion.weight}.`,
        offerReload: false,
      });
      return;
    }
    this.store.setWeight(criterion, weight);
  }
}
