import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltipModule } from '@angular/material/tooltip';

import { WaveCommunicationsComponent } from '../communications/wave-communications.component';
import { formatDay } from '../shared/dates/calendar-days';
import { DateFieldComponent } from '../shared/forms/date-field.component';
import { RecordRemoval } from '../shared/trash/record-removal.service';
import { WaveTrainingPanelComponent } from '../training/wave-training-panel.component';
import { ReadinessItem, RolloutStore, RolloutWave } from './rollout.store';
import { readinessLabel, WAVE_STATUS_LABELS } from './wave-timeline';
import { DateTimePipe } from '../shared/format/format.pipes';
import { MessageTextPipe } from '../shared/i18n/message-text.pipe';

/**
 * One wave of the rollout: who goes live, when, how ready they are, who their key users are, and the
 * buttons that take it live and, after hypercare, close it.
 */
@Component({
  selector: 'crm-wave-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DateFieldComponent,
    DateTimePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTooltipModule,
    MessageTextPipe,
    WaveCommunicationsComponent,
    WaveTrainingPanelComponent,
  ],
  host: {
    'data-testid': 'wave-card',
    '[attr.data-wave-id]': 'wave().id',
    '[attr.data-status]': 'wave().status',
    '[class.busy]': 'busy()',
    role: 'article',
    '[attr.aria-labelledby]': '"wave-name-" + wave().id',
  },
  templateUrl: './wave-card.component.html',
  styleUrl: './wave-card.component.scss',
})
export class WaveCardComponent {
  protected readonly store = inject(RolloutStore);
  private readonly removal = inject(RecordRemoval);

  readonly wave = input.required<RolloutWave>();
  readonly canEdit = input(false);
  readonly edit = output<void>();

  protected readonly newItem = signal('');
  /** The key users ticked in the open list, saved when the list closes. */
  protected readonly pickedKeyUsers = signal<string[] | null>(null);

  protected readonly busy = computed(() => this.store.busy().has(this.wave().id));
  protected readonly problem = computed(() => this.store.problems().get(this.wave().id) ?? null);
  protected readonly statusLabel = computed(() => WAVE_STATUS_LABELS[this.wave().status]);
  protected readonly hasGoneLive = computed(() => this.wave().status === 'LIVE' || this.wave().status === 'CLOSED');
  protected readonly isClosed = computed(() => this.wave().status === 'CLOSED');
  protected readonly readinessText = computed(() => readinessLabel(this.wave().readinessItems));
  protected readonly openItems = computed(() => this.wave().readinessItems.filter((item) => !item.done).length);
  protected readonly keyUserIds = computed(() => this.wave().keyUsers.map((person) => person.id));
  protected readonly keyUserNames = computed(() => this.wave().keyUsers.map((person) => person.name).join(', ') || $localize`:@@rollout.card.noKeyUsers:None yet`);
  protected readonly readinessBarLabel = computed(() => {
    const name = this.wave().name;
    return $localize`:@@rollout.card.readinessBar:Readiness of ${name}:name:`;
  });

  protected readonly day = formatDay;

  protected removeItemLabel(item: ReadinessItem): string {
    return $localize`:@@rollout.card.removeItem:Remove the readiness item ${item.label}:label:`;
  }

  protected inputValue(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  /** A day the user chose; the date field itself puts the saved one back over an emptied or half-typed date. */
  protected dateChanged(goLiveDate: string): void {
    this.store.setGoLiveDate(this.wave(), goLiveDate);
  }

  /** Removes one check to the trash after the removal's confirmation; the plan loads again by itself. */
  protected removeItem(item: ReadinessItem): void {
    // Readiness items carry no version of their own; the API ignores the one sent (it must still be 1 or more).
    this.removal.remove('ReadinessItem', { id: item.id, version: 1, title: item.label }).subscribe();
  }

  protected addItem(event: Event): void {
    event.preventDefault();
    const label = this.newItem().trim();
    if (label === '') return;
    this.store.addItem(this.wave(), label).subscribe((added) => {
      if (added) this.newItem.set('');
    });
  }

  protected keyUserListToggled(open: boolean): void {
    const picked = this.pickedKeyUsers();
    if (open || picked === null) return;
    this.pickedKeyUsers.set(null);
    const current = this.keyUserIds();
    const same = picked.length === current.length && picked.every((id) => current.includes(id));
    if (!same) this.store.setKeyUsers(this.wave(), picked);
  }
}
