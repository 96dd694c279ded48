import { describe, expect, it } from 'vitest';

import { notificationMailSubject, notificationMailText } from './notification-mail';

describe('notification mail', () => {
  it('is titled like the notification when it holds one', () => {
    expect(notificationMailSubject('TASK_ASSIGNED', 1, 'Data migration came to you')).toBe('Data migration came to you');
  });

  it('says how many when several of a kind share it', () => {
    expect(notificationMailSubject('TASK_ASSIGNED', 3, 'Data migration came to you')).toBe('3 tasks came to you');
    expect(notificationMailSubject('MILESTONE_OVERDUE', 2, 'x')).toBe('2 milestones are overdue');
  });

  it('lists every item with its link, oldest first, and ends with where to change it', () => {
    const text = notificationMailText(
      [
        { title: 'First', body: 'More about it', url: 'https://app.test/a' },
        { title: 'Second', body: '', url: 'https://app.test/b' },
      ],
      'https://app.test/profile',
    );
    expect(text).toBe('First\nMore about it\nOpen it: https://app.test/a\n\nSecond\nOpen it: https://app.test/b\n\n—\nChoose what reaches you by mail: https://app.test/profile\n');
  });
});

describe('notification mail in the recipient’s language', () => {
  it('a Dutch reader gets a Dutch count, links and footer', () => {
    expect(notificationMailSubject('TASK_ASSIGNED', 3, 'x', 'nl')).toBe('3 taken zijn aan je toegewezen');
    expect(notificationMailText([{ title: 'Go-live is te laat', body: '', url: 'https://app.test/a' }], 'https://app.test/profile', 'nl')).toBe(
      'Go-live is te laat\nBekijken: https://app.test/a\n\n—\nKies wat je per mail ontvangt: https://app.test/profile\n',
    );
  });

  it('an Italian reader gets an Italian footer', () => {
    expect(notificationMailText([{ title: 'Titolo', body: '', url: 'https://app.test/a' }], 'https://app.test/profile', 'it')).toContain('Scegli cosa ricevere per email: https://app.test/profile');
  });
});
