import { channelFor, NotificationChannel, reachesEmail, reachesInbox } from './notification-channels';
import { NotificationKind } from './notification-kind';

/** An account an event was addressed to (by id, by person or by role), with its stored choice for the kind. */
export interface NotificationCandidate {
  userId: string;
  email: string;
  chosenChannel: NotificationChannel | null;
}


/** Who gets an event, and by which channels. */
export interface NotificationRecipient {
  userId: string;
  email: string;
  inbox: boolean;
  mail: boolean;
}

/**
 * Who of the accounts an event was addressed to is told of it: each once (however many ways it
 * was addressed to them), never the one who acted, never one who already had this reminder
 * (`alreadyNotified` holds the users who had the event's dedupe key), nobody who chose NONE.
 */
export function recipientsOf(
  event: { kind: NotificationKind; actorUserId?: string | null },
  candidates: readonly NotificationCandidate[],
  alreadyNotified: ReadonlySet<string> = new Set(),
): NotificationRecipient[] {
  const seen = new Set<string>();
  const recipients: NotificationRecipient[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.userId)) continue;
    seen.add(candidate.userId);
    if (candidate.userId === event.actorUserId || alreadyNotified.has(candidate.userId)) continue;
    const channel = channelFor(event.kind, candidate.chosenChannel);
    if (channel === 'NONE') continue;
    recipients.push({ userId: candidate.userId, email: candidate.email, inbox: reachesInbox(channel), mail: reachesEmail(channel) });
  }
  return recipients;
}
