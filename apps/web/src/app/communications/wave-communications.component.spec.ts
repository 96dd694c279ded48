import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap } from '@angular/router';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { of } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { WaveCommunicationsComponent } from './wave-communications.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

function message(id: string, offsetDays: number, plannedOn: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Communication',
    id,
    waveId: 'w1',
    title: `Message ${id}`,
    body: '',
    offsetDays,
    plannedOn,
    channel: 'EMAIL',
    audienceUnits: ['Sales Nordics'],
    audienceRoles: [{ __typename: 'Role', id: 'r-key', name: 'Key user' }],
    ownerRole: { __typename: 'Role', id: 'r-comms', name: 'Communications and learning lead' },
    status: 'PLANNED',
    sentOn: null,
    overdue: false,
    version: 1,
    ...extra,
  };
}

describe('WaveCommunicationsComponent', () => {
  let fixture: ComponentFixture<WaveCommunicationsComponent>;
  let apollo: ApolloTestingController;
  let element: HTMLElement;

  async function settle(): Promise<void> {
    await wait();
    await fixture.whenStable();
  }

  async function start(query: Record<string, string> = {}): Promise<void> {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        provideZonelessChangeDetection(),
        { provide: ActivatedRoute, useValue: { paramMap: of(convertToParamMap({ projectId: 'p1' })), snapshot: { queryParamMap: convertToParamMap(query) } } },
      ],
    });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(WaveCommunicationsComponent);
    fixture.componentRef.setInput('waveId', 'w1');
    fixture.componentRef.setInput('goLiveDate', '2027-06-16');
    fixture.componentRef.setInput('canEdit', true);
    element = fixture.nativeElement as HTMLElement;
    await settle();
  }

  const rows = () => [...element.querySelectorAll('[data-testid="communication"]')] as HTMLElement[];
  const button = (testId: string) => element.querySelector(`[data-testid="${testId}"]`) as HTMLButtonElement;

  afterEach(() => apollo.verify());

  describe('opened by hand', () => {
    beforeEach(() => start());

    it('loads nothing until opened, then lists the plan by day with the late one flagged in words', async () => {
      apollo.expectNone('WaveCommunications');
      button('wave-communications-toggle').click();
      await settle();
      apollo.expectOne('WaveCommunications').flushData({
        communications: [message('b', -7, '2027-06-09'), message('a', -30, '2027-05-17', { overdue: true }), message('c', 0, '2027-06-16', { status: 'SENT', sentOn: '2027-06-16' })],
        roles: [],
      });
      await settle();
      expect(rows().map((row) => row.querySelector('[data-testid="communication-when"]')?.textContent?.trim())).toEqual(['T-30 · 17 May', 'T-7 · 9 Jun', 'Go-live day · 16 Jun']);
      expect(rows()[0].querySelector('[data-testid="communication-status"]')?.textContent).toContain('Late: not sent yet');
      expect(rows()[0].textContent).toContain('Sales Nordics');
      expect(rows()[0].textContent).toContain('Key user');
      expect(rows()[0].textContent).toContain('Sent by Communications and learning lead');
      expect(rows()[2].querySelector('[data-testid="communication-mark-sent"]')).toBeNull();
      expect(element.querySelector('[data-testid="communications-summary"]')?.textContent).toContain('3 messages · 1 sent · 1 late');
    });

    it('marks a message sent and shows it as sent without reloading the plan', async () => {
      button('wave-communications-toggle').click();
      await settle();
      apollo.expectOne('WaveCommunications').flushData({ communications: [message('a', -30, '2027-05-17', { overdue: true })], roles: [] });
      await settle();
      (rows()[0].querySelector('[data-testid="communication-mark-sent"]') as HTMLButtonElement).click();
      await settle();
      const sent = apollo.expectOne('UpdateCommunication');
      expect(sent.operation.variables['input']).toEqual({ id: 'a', version: 1, status: 'SENT' });
      sent.flushData({ updateCommunication: message('a', -30, '2027-05-17', { status: 'SENT', sentOn: '2027-05-18', version: 2 }) });
      await settle();
      expect(rows()[0].querySelector('[data-testid="communication-status"]')?.textContent).toContain('Sent 18 May');
      expect(rows()[0].querySelector('[data-testid="communication-mark-sent"]')).toBeNull();
    });

    it('says the plan is empty and still offers to add a message', async () => {
      button('wave-communications-toggle').click();
      await settle();
      apollo.expectOne('WaveCommunications').flushData({ communications: [], roles: [] });
      await settle();
      expect(element.querySelector('[data-testid="communications-empty"]')?.textContent).toContain('Nobody is told anything about this wave yet.');
      expect(button('communication-add')).not.toBeNull();
    });
  });

  it('opens by itself when a reminder links to this wave’s plan', async () => {
    await start({ wave: 'w1', view: 'communications' });
    apollo.expectOne('WaveCommunications').flushData({ communications: [message('a', -30, '2027-05-17')], roles: [] });
    await settle();
    expect(rows()).toHaveLength(1);
  });
});
