import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

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

  protected readonly gapSummary = computed(() => {
    const { gaps, unownedTasks } = this.matrix();
    const places = gaps === 1 ? 'One place has nobody holding its role' : `${gaps} places have nobody holding their role`;
    if (unownedTasks === 0) return `${places}.`;
    return `${places}: ${unownedTasks === 1 ? '1 open task is' : `${unownedTasks} open tasks are`} unowned there.`;
  });

  protected choose(cell: WaveCell): void {
    if (this.canEdit()) this.cellChosen.emit(cell);
  }
}
