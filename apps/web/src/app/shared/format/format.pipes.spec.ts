import { registerLocaleData } from '@angular/common';
import localeNl from '@angular/common/locales/nl';
import { ChangeDetectionStrategy, Component, LOCALE_ID, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { FORMAT_PIPES } from './format.pipes';
import { USER_TIME_ZONE } from './user-time-zone';

registerLocaleData(localeNl, 'nl');

@Component({
  selector: 'crm-format-probe',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...FORMAT_PIPES],
  template: `
    <p data-testid="day">{{ '2026-11-10' | day }}</p>
    <p data-testid="when">{{ '2026-11-10T13:05:00Z' | dateTime }}</p>
    <p data-testid="session">{{ '2026-11-10T13:05:00Z' | dateTime: 'time' : 'America/New_York' }}</p>
    <p data-testid="num">{{ 1234.5 | num }}</p>
    <p data-testid="pct">{{ 42 | pct: '1.0-0' : 'points' }}</p>
    <p data-testid="money">{{ 99.5 | money: 'EUR' }}</p>
    <p data-testid="empty">{{ null | day }}{{ undefined | dateTime }}</p>
  `,
})
class FormatProbeComponent {}

describe('the format pipes', () => {
  const viewerZone = signal('Europe/Amsterdam');

  function render() {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), { provide: LOCALE_ID, useValue: 'nl' }, { provide: USER_TIME_ZONE, useValue: viewerZone }],
    });
    const fixture = TestBed.createComponent(FormatProbeComponent);
    fixture.detectChanges();
    // Locale data spaces money with a no-break space; the tests compare what a reader sees.
    const text = (id: string) => (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${id}"]`)?.textContent?.trim().replace(/[\u00a0\u202f]/g, ' ');
    return { fixture, text };
  }

  it('show days, times, numbers, percentages and money in the build’s locale', () => {
    const { text } = render();
    expect(text('day')).toBe('10 nov 2026');
    expect(text('when')).toBe('10 nov 2026, 14:05 CET');
    expect(text('num')).toBe('1.234,5');
    expect(text('pct')).toBe('42%');
    expect(text('money')).toBe('€ 99,50');
    expect(text('empty')).toBe('');
  });

  it('show a time in the zone it is given (a session’s own) rather than the viewer’s', () => {
    expect(render().text('session')).toBe('08:05 EST');
  });

  it('follow a time zone changed in the profile at once', async () => {
    const { fixture, text } = render();
    viewerZone.set('Asia/Tokyo');
    await fixture.whenStable();
    expect(text('when')).toBe('10 nov 2026, 22:05 Tokyo');
    viewerZone.set('Europe/Amsterdam');
  });
});
