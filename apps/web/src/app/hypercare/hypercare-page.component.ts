import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router } from '@angular/router';

import { SUPPORT_CATEGORIES, SUPPORT_SEVERITIES, SUPPORT_STATUSES, supportClockAroundTheClock, SupportSeverity } from '@crm/domain';

import { followProject } from '../shared/data/area-store';
import { AREA_PAGE } from '../shared/ui/area-page.component';
import { breachChips, categoryLabel, clockText, exitBlockerTexts, severityChip, severityLabel, statusLabel, SupportItem, targetText } from './hypercare-view';
import { HypercareStore } from './hypercare.store';
import { HypercareTargetsDialogComponent } from './hypercare-targets-dialog.component';
import { SupportItemDialogComponent, SupportItemDialogData } from './support-item-dialog.component';
import { DayPipe, DateTimePipe } from '../shared/format/format.pipes';
import { formatCalendarDay } from '../shared/format/formats';

/**
 * The weeks after a wave's go-live: what users report, how quickly the desk answers and fixes it,
 * and whether hypercare may end. One wave at a time (?wave=<id>), the latest live one by default.
 */
@Component({
  selector: 'crm-hypercare-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [HypercareStore],
  imports: [AREA_PAGE, DayPipe, DateTimePipe, MatButtonModule, MatFormFieldModule, MatSelectModule, MatTableModule],
  templateUrl: './hypercare-page.component.html',
  styleUrl: './hypercare-page.component.scss',
})
export class HypercarePageComponent {
  protected readonly store = inject(HypercareStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);

  readonly projectId = input.required<string>();
  /** ?wave=<id> shows that wave (links from notifications lead here). */
  readonly waveParam = input<string | undefined>(undefined, { alias: 'wave' });

  protected readonly severities = SUPPORT_SEVERITIES;
  protected readonly categories = SUPPORT_CATEGORIES;
  protected readonly statuses = SUPPORT_STATUSES;
  protected readonly severityLabel = severityLabel;
  protected readonly categoryLabel = categoryLabel;
  protected readonly statusLabel = statusLabel;
  protected readonly severityChip = severityChip;
  protected readonly breachChips = breachChips;
  protected readonly columns = computed(() => {
    const columns = ['number', 'title', 'severity', 'category', 'status', 'due'];
    return this.store.canEdit() ? [...columns, 'actions'] : columns;
  });
  protected readonly blockers = computed(() => exitBlockerTexts(this.store.exit()?.blockers ?? []));
  protected readonly targetRows = computed(() =>
    this.store.targets().map((t) => {
      const around = supportClockAroundTheClock(t.severity as SupportSeverity);
      return { ...t, response: targetText(t.responseMinutes, around), resolution: targetText(t.resolutionMinutes, around), clock: clockText(around, t.custom) };
    }),
  );
  protected readonly weeklyVolume = computed(() => (this.store.exit()?.weeklyVolume ?? []).join($localize`:@@hypercare.exit.volumeSeparator:, then `));
  /** Before go-live the page says when hypercare starts. */
  protected readonly notLiveMessage = computed(() => {
    const wave = this.store.wave();
    if (!wave) return '';
    const name = wave.name;
    const day = formatCalendarDay(wave.goLiveDate, 'long');
    return $localize`:@@hypercare.page.notLiveMessage:${name}:name: goes live on ${day}:day:. Support items can be logged from its go-live on.`;
  });
  protected readonly filtersActive = computed(() => Object.values(this.store.filters()).some((v) => v !== null));

  constructor() {
    followProject(this.store, this.projectId);
    effect(() => {
      const wave = this.waveParam() ?? null;
      untracked(() => {
        if (wave && wave !== this.store.requestedWaveId()) this.store.chooseWave(wave);
      });
    });
  }

  protected chooseWave(waveId: string): void {
    this.store.chooseWave(waveId);
    void this.router.navigate([], { queryParams: { wave: waveId }, queryParamsHandling: 'merge', replaceUrl: true });
  }

  protected clearFilters(): void {
    this.store.setFilter('severity', null);
    this.store.setFilter('status', null);
    this.store.setFilter('category', null);
  }

  protected openItem(item: SupportItem | null): void {
    this.dialog.open<SupportItemDialogComponent, SupportItemDialogData, SupportItem>(SupportItemDialogComponent, {
      data: { item },
      injector: this.injector,
      width: '640px',
      maxWidth: '95vw',
    });
  }

  protected editLabel(item: SupportItem): string {
    return $localize`:@@hypercare.items.editLabel:Edit #${item.number}:number:`;
  }

  protected openTargets(): void {
    this.dialog.open(HypercareTargetsDialogComponent, { injector: this.injector, width: '640px', maxWidth: '95vw' });
  }
}
