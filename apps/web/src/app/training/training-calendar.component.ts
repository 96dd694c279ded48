import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { localTime, longDay, sessionTimeLabel, zoneCity } from './session-time';
import { CalendarDay, CalendarMonth, monthOf, monthTitle, shiftMonth, WEEKDAY_LABELS } from './training-calendar';
import { CalendarSession } from './training.store';

/**
 * A month of training sessions on a plain CSS grid, Monday first. Each session sits on its day and
 * at its time where it takes place; its title says the user's own time when they are elsewhere.
 */
@Component({
  selector: 'crm-training-calendar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  host: { 'data-testid': 'training-calendar' },
  template: `
    <div class="bar">
      <h3 id="calendar-month" data-testid="calendar-month" aria-live="polite">{{ title() }}</h3>
      <div class="nav">
        <button mat-stroked-button type="button" data-testid="calendar-previous" (click)="go(-1)" aria-label="Previous month">‹</button>
        <button mat-stroked-button type="button" data-testid="calendar-today" (click)="monthChange.emit(thisMonth())">Today</button>
        <button mat-stroked-button type="button" data-testid="calendar-next" (click)="go(1)" aria-label="Next month">›</button>
      </div>
    </div>
    <div class="grid" role="grid" aria-labelledby="calendar-month">
      <div class="row head" role="row">
        @for (label of weekdays; track label) {
          <div class="weekday" role="columnheader">{{ label }}</div>
        }
      </div>
      @for (week of weeks(); track week[0].date) {
        <div class="row" role="row">
          @for (day of week; track day.date) {
            <div
              class="day"
              role="gridcell"
              [class.outside]="!day.inMonth"
              [class.today]="day.isToday"
              [attr.data-date]="day.date"
              [attr.aria-label]="dayLabel(day)"
            >
              <span class="number" aria-hidden="true">{{ day.dayOfMonth }}</span>
              @for (entry of day.sessions; track entry.session.id) {
                <button
                  type="button"
                  data-testid="calendar-session"
                  [attr.data-session-id]="entry.session.id"
                  [attr.data-wave-id]="entry.waveId"
                  [class]="'session wave-' + entry.colour"
                  [class.cancelled]="entry.session.status === 'CANCELLED'"
                  [attr.title]="sessionTitle(entry)"
                  (click)="opened.emit(entry)"
                >
                  <span class="time">{{ time(entry) }}</span>
                  <span class="topic">{{ entry.session.topic }}</span>
                </button>
              }
            </div>
          }
        </div>
      }
    </div>
    @if (empty()) {
      <p class="empty" data-testid="calendar-empty">No sessions this month.</p>
    }
  `,
  styleUrl: './training-calendar.component.scss',
})
export class TrainingCalendarComponent {
  readonly weeks = input.required<CalendarDay<CalendarSession>[][]>();
  readonly month = input.required<CalendarMonth>();
  readonly today = input.required<string>();
  readonly viewerZone = input.required<string>();
  readonly monthChange = output<CalendarMonth>();
  readonly opened = output<CalendarSession>();

  protected readonly weekdays = WEEKDAY_LABELS;
  protected readonly title = computed(() => monthTitle(this.month()));
  protected readonly thisMonth = computed(() => monthOf(this.today()));
  protected readonly empty = computed(() => this.weeks().every((week) => week.every((day) => !day.inMonth || day.sessions.length === 0)));

  protected go(by: number): void {
    this.monthChange.emit(shiftMonth(this.month(), by));
  }

  /** "09:00" plus the place when it is not where the user is, e.g. "09:00 Berlin". */
  protected time(entry: CalendarSession): string {
    const time = localTime(entry.startsAt, entry.timeZone);
    return entry.timeZone === this.viewerZone() ? time : `${time} ${zoneCity(entry.timeZone)}`;
  }

  protected sessionTitle(entry: CalendarSession): string {
    const label = sessionTimeLabel(entry.startsAt, entry.session.durationMinutes, entry.timeZone, this.viewerZone());
    const parts = [`${entry.waveName}: ${entry.session.topic}`, label.local];
    if (label.viewer) parts.push(label.viewer);
    if (entry.session.status === 'CANCELLED') parts.push('Cancelled');
    return parts.join(' · ');
  }

  protected dayLabel(day: CalendarDay<CalendarSession>): string {
    const count = day.sessions.length;
    const sessions = count === 0 ? '' : count === 1 ? ', 1 session' : `, ${count} sessions`;
    return `${longDay(day.date)}${sessions}`;
  }
}
