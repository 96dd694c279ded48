import { CommunicationChannel, offsetLabel } from '@crm/domain';

import type { WaveMessageFragment } from '@crm/graphql-client';

import { formatCalendarDay } from '../shared/format/formats';

/** "17 May" (en-GB), "17 mei" (nl) for "2027-05-17", whatever the user's time zone. */
export function shortDay(isoDay: string): string {
  return formatCalendarDay(isoDay, 'dayMonth');
}

/** "T-30", "T+7", "Go-live day" (the domain's offsets; its one word in the page's language). */
export function offsetText(offsetDays: number): string {
  return offsetDays === 0 ? $localize`:@@communications.offset.goLiveDay:Go-live day` : offsetLabel(offsetDays);
}

/** "T-30 · May 17": where a message sits against go-live, and its day. */
export function messageWhen(message: Pick<WaveMessageFragment, 'offsetDays' | 'plannedOn'>): string {
  return `${offsetText(message.offsetDays)} · ${shortDay(message.plannedOn)}`;
}

export const CHANNEL_LABELS: Readonly<Record<CommunicationChannel, string>> = {
  EMAIL: $localize`:@@communications.channel.email:Email`,
  INTRANET: $localize`:@@communications.channel.intranet:Intranet post`,
  MEETING: $localize`:@@communications.channel.meeting:Team meeting`,
  CHAT: $localize`:@@communications.channel.chat:Team chat`,
  NEWSLETTER: $localize`:@@communications.channel.newsletter:Newsletter`,
  TOWN_HALL: $localize`:@@communications.channel.townHall:Town hall`,
  VIDEO: $localize`:@@communications.channel.video:Short video`,
};

export function channelLabel(channel: string): string {
  return CHANNEL_LABELS[channel as CommunicationChannel] ?? channel;
}

/** What the status column says: planned (and late), sent on its day, or skipped. */
export function messageStatusText(message: Pick<WaveMessageFragment, 'status' | 'sentOn' | 'overdue'>): string {
  if (message.status === 'SENT') {
    if (!message.sentOn) return $localize`:@@communications.status.sent:Sent`;
    const day = shortDay(message.sentOn);
    return $localize`:@@communications.status.sentOn:Sent ${day}:day:`;
  }
  if (message.status === 'SKIPPED') return $localize`:@@communications.status.skipped:Skipped`;
  return message.overdue ? $localize`:@@communications.status.late:Late: not sent yet` : $localize`:@@communications.status.planned:Planned`;
}

/** The audience as chips: the business units first, then the roles. */
export function audienceChips(message: Pick<WaveMessageFragment, 'audienceUnits' | 'audienceRoles'>): string[] {
  return [...message.audienceUnits, ...message.audienceRoles.map((role) => role.name)];
}

/** One line above the list: how many messages, how many sent, how many late. */
export function planSummary(messages: readonly Pick<WaveMessageFragment, 'status' | 'overdue'>[]): string {
  if (messages.length === 0) return $localize`:@@communications.summary.none:No messages planned.`;
  const total = messages.length;
  const sent = messages.filter((m) => m.status === 'SENT').length;
  const late = messages.filter((m) => m.overdue).length;
  // One and other are the only plural forms English, Dutch and Italian need.
  const parts = [
    total === 1 ? $localize`:@@communications.summary.oneMessage:1 message` : $localize`:@@communications.summary.messages:${total}:count: messages`,
    sent === 1 ? $localize`:@@communications.summary.oneSent:1 sent` : $localize`:@@communications.summary.sent:${sent}:count: sent`,
  ];
  if (late > 0) parts.push(late === 1 ? $localize`:@@communications.summary.oneLate:1 late` : $localize`:@@communications.summary.late:${late}:count: late`);
  return parts.join(' · ');
}

/** The plan in the order it goes out; messages on the same day by offset, then title. */
export function inPlanOrder<T extends Pick<WaveMessageFragment, 'plannedOn' | 'offsetDays' | 'title'>>(messages: readonly T[]): T[] {
  return [...messages].sort((a, b) => a.plannedOn.localeCompare(b.plannedOn) || a.offsetDays - b.offsetDays || a.title.localeCompare(b.title));
}
