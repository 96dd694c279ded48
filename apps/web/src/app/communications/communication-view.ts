import { COMMUNICATION_CHANNEL_LABELS, CommunicationChannel, offsetLabel } from '@crm/domain';

import type { WaveMessageFragment } from '@crm/graphql-client';

import { formatCalendarDay } from '../shared/format/formats';

/** "17 May" (en-GB), "17 mei" (nl) for "2027-05-17", whatever the user's time zone. */
export function shortDay(isoDay: string): string {
  return formatCalendarDay(isoDay, 'dayMonth');
}

/** "T-30 · May 17": where a message sits against go-live, and its day. */
export function messageWhen(message: Pick<WaveMessageFragment, 'offsetDays' | 'plannedOn'>): string {
  return `${offsetLabel(message.offsetDays)} · ${shortDay(message.plannedOn)}`;
}

export function channelLabel(channel: string): string {
  return COMMUNICATION_CHANNEL_LABELS[channel as CommunicationChannel] ?? channel;
}

/** What the status column says: planned (and late), sent on its day, or skipped. */
export function messageStatusText(message: Pick<WaveMessageFragment, 'status' | 'sentOn' | 'overdue'>): string {
  if (message.status === 'SENT') return message.sentOn ? `Sent ${shortDay(message.sentOn)}` : 'Sent';
  if (message.status === 'SKIPPED') return 'Skipped';
  return message.overdue ? 'Late: not sent yet' : 'Planned';
}

/** The audience as chips: the business units first, then the roles. */
export function audienceChips(message: Pick<WaveMessageFragment, 'audienceUnits' | 'audienceRoles'>): string[] {
  return [...message.audienceUnits, ...message.audienceRoles.map((role) => role.name)];
}

/** One line above the list: how many messages, how many sent, how many late. */
export function planSummary(messages: readonly Pick<WaveMessageFragment, 'status' | 'overdue'>[]): string {
  if (messages.length === 0) return 'No messages planned.';
  const sent = messages.filter((m) => m.status === 'SENT').length;
  const late = messages.filter((m) => m.overdue).length;
  const parts = [`${messages.length} ${messages.length === 1 ? 'message' : 'messages'}`, `${sent} sent`];
  if (late > 0) parts.push(`${late} late`);
  return parts.join(' · ');
}

/** The plan in the order it goes out; messages on the same day by offset, then title. */
export function inPlanOrder<T extends Pick<WaveMessageFragment, 'plannedOn' | 'offsetDays' | 'title'>>(messages: readonly T[]): T[] {
  return [...messages].sort((a, b) => a.plannedOn.localeCompare(b.plannedOn) || a.offsetDays - b.offsetDays || a.title.localeCompare(b.title));
}
