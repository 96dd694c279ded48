import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { sessionStatusLabel } from './attendance-roster';
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
  templateUrl: './training-calendar.component.html',
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
    if (entry.session.retraining) parts.push($localize`:@@training.calendar.catchUpTitle:Catch-up session, not counted in the cadence`);
    if (entry.session.status === 'CANCELLED') parts.push(sessionStatusLabel(entry.session));
    return parts.join(' · ');
  }

  protected dayLabel(day: CalendarDay<CalendarSession>): string {
    const count = day.sessions.length;
    const date = longDay(day.date);
    if (count === 0) return date;
    return count === 1
      ? $localize`:@@training.calendar.dayOneSession:${date}:date:, 1 session`
      : $localize`:@@training.calendar.daySessions:${date}:date:, ${count}:count: sessions`;
  }
}
