import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import { CellKey, cellLabel, HeatCell, IMPACT_LABELS, LIKELIHOOD_LABELS } from './heat-map';

/**
 * Likelihood against impact: each cell shows how many open risks sit there and takes the colour
 * of its score band. Choosing a cell filters the risk list to it.
 */
@Component({
  selector: 'crm-risk-heatmap',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'risk-heatmap', role: 'group', '[attr.aria-label]': 'groupLabel' },
  template: `
    <div class="y-title" aria-hidden="true" i18n="@@risks.heatMap.likelihood">Likelihood</div>
    <div class="grid">
      @for (row of rows(); track row[0].likelihood) {
        <div class="y-label" aria-hidden="true">{{ likelihoodLabels[row[0].likelihood] }}</div>
        @for (cell of row; track cell.impact) {
          <button
            type="button"
            data-testid="heatmap-cell"
            [attr.data-likelihood]="cell.likelihood"
            [attr.data-impact]="cell.impact"
            [attr.data-count]="cell.count"
            [attr.data-band]="cell.band"
            [class]="'cell ' + cell.band.toLowerCase()"
            [class.selected]="cell.selected"
            [class.empty]="cell.count === 0"
            [attr.aria-pressed]="cell.selected"
            [attr.aria-label]="label(cell)"
            [attr.title]="label(cell)"
            (click)="chosen.emit({ likelihood: cell.likelihood, impact: cell.impact })"
          >
            {{ cell.count > 0 ? cell.count : '' }}
          </button>
        }
      }
      <div></div>
      @for (impact of impacts; track impact) {
        <div class="x-label" aria-hidden="true">{{ impactLabels[impact] }}</div>
      }
    </div>
    <div class="x-title" aria-hidden="true" i18n="@@risks.heatMap.impact">Impact</div>
  `,
  styleUrl: './risk-heatmap.component.scss',
})
export class RiskHeatmapComponent {
  readonly rows = input.required<HeatCell[][]>();
  readonly chosen = output<CellKey>();

  protected readonly impacts = [1, 2, 3, 4, 5];
  protected readonly likelihoodLabels = LIKELIHOOD_LABELS;
  protected readonly impactLabels = IMPACT_LABELS;
  protected readonly label = cellLabel;
  protected readonly groupLabel = $localize`:@@risks.heatMap.label:Risk heat map: likelihood by impact`;
}
