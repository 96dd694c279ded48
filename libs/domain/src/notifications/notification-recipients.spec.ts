import { describe, expect, it } from 'vitest';

import { NotificationCandidate, recipientsOf } from './notification-recipients';

const ana: NotificationCandidate = { userId: 'u-ana', email: 'ana@example.test', chosenChannel: null };
const ben: NotificationCandidate = { userId: 'u-ben', email: 'ben@example.test', chosenChannel: null };

describe('who is told of an event', () => {
  it('tells a person addressed twice (by id and by role) once', () => {
    expect(recipientsOf({ kind: 'TASK_ASSIGNED' }, [ana, ben, ana]).map((r) => r.userId)).toEqual(['u-ana', 'u-ben']);
  });

  it('never tells the person who acted of their own action', () => {
    expect(recipientsOf({ kind: 'TASK_ASSIGNED', actorUserId: 'u-ana' }, [ana, ben]).map((r) => r.userId)).toEqual(['u-ben']);
  });

  it('drops the event for whoever chose NONE for its kind', () => {
    expect(recipientsOf({ kind: 'MENTION' }, [{ ...ana, chosenChannel: 'NONE' }, ben]).map((r) => r.userId)).toEqual(['u-ben']);
  });

  it('splits by channel: the default, inbox only, mail only', () => {
    const recipients = recipientsOf({ kind: 'TASK_ASSIGNED' }, [ana, { ...ben, chosenChannel: 'INBOX' }, { userId: 'u-cy', email: 'cy@example.test', chosenChannel: 'EMAIL' }]);
    expect(recipients).toEqual([
      { userId: 'u-ana', email: 'ana@example.test', inbox: true, mail: true },
      { userId: 'u-ben', email: 'ben@example.test', inbox: true, mail: false },
      { userId: 'u-cy', email: 'cy@example.test', inbox: false, mail: true },
    ]);
  });

  it('uses the default of the kind when nothing was chosen: a comment on your work reaches the inbox only', () => {
    expect(recipientsOf({ kind: 'COMMENT_ON_YOURS' }, [ana])).toEqual([{ userId: 'u-ana', email: 'ana@example.test', inbox: true, mail: false }]);
  });

  it('does not remind twice someone who already had the reminder', () => {
    expect(recipientsOf({ kind: 'MILESTONE_DUE' }, [ana, ben], new Set(['u-ana'])).map((r) => r.userId)).toEqual(['u-ben']);
  });

  it('tells nobody when no account was addressed', () => {
    expect(recipientsOf({ kind: 'GATE_BLOCKED' }, [])).toEqual([]);
  });
});
