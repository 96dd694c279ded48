import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';

import { formatDay } from '../shared/dates/calendar-days';
import { WaveTrainingPanelComponent } from '../training/wave-training-panel.component';
import { RolloutStore, RolloutWave } from './rollout.store';
import { readinessLabel, WAVE_STATUS_LABELS } from './wave-timeline';

/**
 * One wave of the rollout: who goes live, when, how ready they are, who their key users are, and the
 * buttons that take it live and, after hypercare, close it.
 */
@Component({
  selector: 'crm-wave-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
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
  template: `
    <header>
      <div class="title">
        <h3 [id]="'wave-name-' + wave().id">{{ wave().name }}</h3>
        <span [class]="'status ' + wave().status.toLowerCase()" data-testid="wave-status">{{ statusLabel() }}</span>
      </div>
      @if (canEdit()) {
        <button mat-button type="button" data-testid="edit-wave" (click)="edit.emit()">Edit</button>
      }
    </header>

    <div class="facts">
      @if (canEdit() && !hasGoneLive()) {
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="date">
          <mat-label>Go-live date</mat-label>
          <input
            matInput
            type="date"
            data-testid="wave-go-live-date"
            [value]="wave().goLiveDate"
            [readOnly]="busy()"
            (change)="dateChanged($event)"
          />
        </mat-form-field>
      } @else {
        <p>
          <span class="label">Go-live</span>
          <time data-testid="wave-go-live-date" [attr.datetime]="wave().goLiveDate">{{ day(wave().goLiveDate) }}</time>
          @if (wave().wentLiveAt; as wentLive) {
            <span class="muted aside">(went live {{ wentLive | date: 'mediumDate' }})</span>
          }
        </p>
      }
      @if (!wave().milestone) {
        <p class="muted">No go-live milestone: the project has no rollout phase.</p>
      }
    </div>

    <mat-chip-set aria-label="Scope" data-testid="wave-scope">
      @for (entry of wave().scope; track entry) {
        <mat-chip>{{ entry }}</mat-chip>
      } @empty {
        <span class="muted">No scope given yet</span>
      }
    </mat-chip-set>

    <section class="readiness" data-testid="wave-readiness" [attr.data-readiness]="wave().readiness" aria-label="Readiness">
      <div class="readiness-head">
        <h4>Readiness</h4>
        <span>{{ readinessText() }}</span>
      </div>
      <mat-progress-bar mode="determinate" [value]="wave().readiness * 100" [attr.aria-label]="'Readiness of ' + wave().name" />
      <ul class="checklist">
        @for (item of wave().readinessItems; track item.id) {
          <li data-testid="readiness-item" [attr.data-item-id]="item.id" [class.done]="item.done">
            <mat-checkbox
              [checked]="item.done"
              [disabled]="!canEdit() || hasGoneLive() || store.pendingItems().has(item.id)"
              (change)="store.setItem(wave(), item, $event.checked)"
              >{{ item.label }}</mat-checkbox
            >
          </li>
        }
      </ul>
      @if (canEdit() && !hasGoneLive()) {
        <form class="add-item" (submit)="addItem($event)">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>New readiness check</mat-label>
            <input
              matInput
              data-testid="new-readiness-item"
              autocomplete="off"
              placeholder="e.g. Cheat sheets handed out"
              [value]="newItem()"
              (input)="newItem.set(inputValue($event))"
            />
          </mat-form-field>
          <button mat-stroked-button type="submit" data-testid="add-readiness-item" [disabled]="busy() || newItem().trim() === ''">
            Add item
          </button>
        </form>
      }
    </section>

    <section class="key-users" aria-label="Key users">
      <h4>Key users</h4>
      @if (canEdit() && !isClosed()) {
        @if (store.keyUserChoices().length === 0) {
          <p class="muted">Nobody holds the Key user role in this project yet. Give it to someone on the Team tab first.</p>
        } @else {
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="key-user-select">
            <mat-label>Key users for this wave</mat-label>
            <mat-select
              multiple
              data-testid="wave-key-users"
              [value]="keyUserIds()"
              [disabled]="busy()"
              (selectionChange)="pickedKeyUsers.set($event.value)"
              (openedChange)="keyUserListToggled($event)"
            >
              @for (person of store.keyUserChoices(); track person.id) {
                <mat-option [value]="person.id">{{ person.name }}</mat-option>
              }
            </mat-select>
            <mat-hint>People from the business units going live; they answer their colleagues’ first questions.</mat-hint>
          </mat-form-field>
        }
      } @else {
        <p data-testid="wave-key-user-names">{{ keyUserNames() }}</p>
      }
    </section>

    <crm-wave-training-panel [waveId]="wave().id" />

    @if (problem(); as problem) {
      <div class="problem" role="alert" data-testid="wave-problem">
        <p>{{ problem.message }}</p>
        @if (problem.blockers.length > 0) {
          <ul data-testid="go-live-blockers">
            @for (blocker of problem.blockers; track $index) {
              <li>{{ blocker }}</li>
            }
          </ul>
          <p>Tick them off when they are done, then try again.</p>
        }
        <div class="problem-actions">
          @if (problem.offerReload) {
            <button mat-stroked-button type="button" (click)="store.reload()">Reload</button>
          }
          <button mat-button type="button" (click)="store.dismissProblem(wave().id)">Dismiss</button>
        </div>
      </div>
    }

    @if (canEdit()) {
      <footer>
        @if (!hasGoneLive()) {
          @if (openItems() > 0) {
            <span class="muted">{{ openItems() === 1 ? 'One check is' : openItems() + ' checks are' }} still open.</span>
          }
          <button mat-flat-button type="button" data-testid="go-live" [disabled]="busy()" (click)="store.goLive(wave())">
            Go live
          </button>
        } @else if (wave().status === 'LIVE') {
          <span class="muted">Close the wave once hypercare is over.</span>
          <button mat-stroked-button type="button" data-testid="close-wave" [disabled]="busy()" (click)="store.closeWave(wave())">
            Close wave
          </button>
        }
      </footer>
    }
  `,
  styleUrl: './wave-card.component.scss',
})
export class WaveCardComponent {
  protected readonly store = inject(RolloutStore);

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
  protected readonly keyUserNames = computed(() => this.wave().keyUsers.map((person) => person.name).join(', ') || 'None yet');

  protected readonly day = formatDay;

  protected inputValue(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected dateChanged(event: Event): void {
    const input = event.target as HTMLInputElement;
    // An emptied or half-typed date is not a plan: put the saved one back.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.value)) {
      input.value = this.wave().goLiveDate;
      return;
    }
    this.store.setGoLiveDate(this.wave(), input.value);
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
