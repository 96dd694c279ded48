import { describe, expect, it } from 'vitest';

import { audienceChips, inPlanOrder, messageStatusText, messageWhen, planSummary } from './communication-view';

describe('how a wave’s communications read', () => {
  it('places a message against go-live with its day', () => {
    expect(messageWhen({ offsetDays: -30, plannedOn: '2027-05-17' })).toBe('T-30 · 17 May');
    expect(messageWhen({ offsetDays: 0, plannedOn: '2027-06-16' })).toBe('Go-live day · 16 Jun');
    expect(messageWhen({ offsetDays: 7, plannedOn: '2027-06-23' })).toBe('T+7 · 23 Jun');
  });

  it('says a late message is late in words, and when a sent one went out', () => {
    expect(messageStatusText({ status: 'PLANNED', sentOn: null, overdue: true })).toBe('Late: not sent yet');
    expect(messageStatusText({ status: 'PLANNED', sentOn: null, overdue: false })).toBe('Planned');
    expect(messageStatusText({ status: 'SENT', sentOn: '2027-05-17', overdue: false })).toBe('Sent 17 May');
    expect(messageStatusText({ status: 'SKIPPED', sentOn: null, overdue: false })).toBe('Skipped');
  });

  it('lists business units before roles in the audience', () => {
    expect(audienceChips({ audienceUnits: ['Sales North'], audienceRoles: [{ id: 'r', name: 'Key user' }] })).toEqual(['Sales North', 'Key user']);
  });

  it('sums the plan up, naming late messages only when there are some', () => {
    expect(planSummary([])).toBe('No messages planned.');
    expect(planSummary([{ status: 'SENT', overdue: false }, { status: 'PLANNED', overdue: false }])).toBe('2 messages · 1 sent');
    expect(planSummary([{ status: 'PLANNED', overdue: true }])).toBe('1 message · 0 sent · 1 late');
  });

  it('orders the plan by day, then by offset', () => {
    const order = inPlanOrder([
      { plannedOn: '2027-06-11', offsetDays: -3, title: 'B' },
      { plannedOn: '2027-05-14', offsetDays: -30, title: 'A' },
      { plannedOn: '2027-06-11', offsetDays: -5, title: 'C' },
    ]);
    expect(order.map((m) => m.title)).toEqual(['A', 'C', 'B']);
  });
});
