import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import { WaveCell, WaveMatrix } from './wave-matrix';

/**
 * The roles (rows) across the whole program and each rollout wave (columns): each cell names the
 * primary holder there, the program's holder a wave falls back to, or a gap ("Nobody", with an
 * icon, never colour alone). An editor opens a cell (click or Enter) to assign someone there.
 */
@Component({
  selector: 'crm-team-wave-matrix',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet],
  templateUrl: './team-wave-matrix.component.html',
  styleUrl: './team-wave-matrix.component.scss',
})
export class TeamWaveMatrixComponent {
  readonly matrix = input.required<WaveMatrix>();
  readonly canEdit = input(false);
  readonly cellChosen = output<WaveCell>();

  protected assignLabel(cell: WaveCell): string {
    return $localize`:@@team.waves.assignLabel:${cell.label}:cell:. Assign someone`;
  }

  protected choose(cell: WaveCell): void {
    if (this.canEdit()) this.cellChosen.emit(cell);
  }
}
