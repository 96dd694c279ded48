import { describe, expect, it } from 'vitest';

import { channelFor, DEFAULT_NOTIFICATION_CHANNEL, NOTIFICATION_KIND_LABELS, preferencesOf, reachesEmail, reachesInbox } from './notification-channels';
import { NOTIFICATION_KINDS } from './notification-kind';

describe('notification channels', () => {
  it('gives every kind a default and a label', () => {
    expect(Object.keys(DEFAULT_NOTIFICATION_CHANNEL).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    expect(Object.keys(NOTIFICATION_KIND_LABELS).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  it('mails and shows what asks for action, and only shows what is good to know', () => {
    expect(DEFAULT_NOTIFICATION_CHANNEL.TASK_ASSIGNED).toBe('BOTH');
    expect(DEFAULT_NOTIFICATION_CHANNEL.MILESTONE_OVERDUE).toBe('BOTH');
    expect(DEFAULT_NOTIFICATION_CHANNEL.COMMENT_ON_YOURS).toBe('INBOX');
    expect(DEFAULT_NOTIFICATION_CHANNEL.GATE_UNBLOCKED).toBe('INBOX');
  });

  it("follows the person's own choice over the default", () => {
    expect(channelFor('TASK_ASSIGNED', 'NONE')).toBe('NONE');
    expect(channelFor('COMMENT_ON_YOURS', 'EMAIL')).toBe('EMAIL');
    expect(channelFor('COMMENT_ON_YOURS', null)).toBe('INBOX');
  });

  it('splits each channel into inbox and mail', () => {
    expect([reachesInbox('INBOX'), reachesEmail('INBOX')]).toEqual([true, false]);
    expect([reachesInbox('EMAIL'), reachesEmail('EMAIL')]).toEqual([false, true]);
    expect([reachesInbox('BOTH'), reachesEmail('BOTH')]).toEqual([true, true]);
    expect([reachesInbox('NONE'), reachesEmail('NONE')]).toEqual([false, false]);
  });

  it('lists every kind with the chosen channel and its default', () => {
    const list = preferencesOf(new Map([['MENTION', 'NONE']]));
    expect(list.map((p) => p.kind)).toEqual([...NOTIFICATION_KINDS]);
    expect(list.find((p) => p.kind === 'MENTION')).toEqual({ kind: 'MENTION', channel: 'NONE', defaultChannel: 'BOTH' });
    expect(list.find((p) => p.kind === 'ROLE_TAKEN')).toEqual({ kind: 'ROLE_TAKEN', channel: 'INBOX', defaultChannel: 'INBOX' });
  });
});
