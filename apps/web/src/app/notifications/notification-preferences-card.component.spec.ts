import { ApplicationRef, provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { beforeEach, describe, expect, it } from 'vitest';

import { NotificationPreferencesCardComponent } from './notification-preferences-card.component';

const preference = (kind: string, label: string, channel: string, defaultChannel = channel) => ({ __typename: 'NotificationPreference', kind, label, channel, defaultChannel });

/** Apollo hands results over on a later turn: let them arrive, then let the view catch up. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  await TestBed.inject(ApplicationRef).whenStable();
}

describe('NotificationPreferencesCardComponent', () => {
  let fixture: ComponentFixture<NotificationPreferencesCardComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), provideNoopAnimations()] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(NotificationPreferencesCardComponent);
    await settle();
    apollo.expectOne('NotificationPreferences').flushData({
      notificationPreferences: [preference('TASK_ASSIGNED', 'A task comes to you', 'BOTH'), preference('MENTION', 'Someone mentions you', 'INBOX', 'BOTH')],
    });
    await settle();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const radio = (kind: string, channel: string) => el().querySelector<HTMLInputElement>(`[data-testid="preference-${kind}-${channel}"] input`)!;
  const save = () => el().querySelector<HTMLButtonElement>('[data-testid="preferences-save"]')!;

  it('shows each kind with its channel chosen, and says the default where it differs', () => {
    expect(radio('TASK_ASSIGNED', 'BOTH').checked).toBe(true);
    expect(radio('MENTION', 'INBOX').checked).toBe(true);
    expect(radio('MENTION', 'BOTH').checked).toBe(false);
    expect(el().querySelector('[data-testid="preference-MENTION"]')?.textContent).toContain('(default: Both)');
    expect(el().querySelector('[data-testid="preference-TASK_ASSIGNED"]')?.textContent).not.toContain('default');
    expect(radio('MENTION', 'NONE').getAttribute('aria-label')).toBe('Someone mentions you: None');
    expect(save().disabled).toBe(true);
  });

  it('saves only the kinds changed and says so', async () => {
    radio('TASK_ASSIGNED', 'NONE').click();
    await settle();
    expect(save().disabled).toBe(false);
    save().click();
    const request = apollo.expectOne('UpdateNotificationPreferences');
    expect(request.operation.variables).toEqual({ input: { preferences: [{ kind: 'TASK_ASSIGNED', channel: 'NONE' }] } });
    request.flushData({
      updateNotificationPreferences: [preference('TASK_ASSIGNED', 'A task comes to you', 'NONE', 'BOTH'), preference('MENTION', 'Someone mentions you', 'INBOX', 'BOTH')],
    });
    await settle();
    expect(document.body.textContent).toContain('Notification settings saved.');
    expect(radio('TASK_ASSIGNED', 'NONE').checked).toBe(true);
    expect(save().disabled).toBe(true);
  });
});
