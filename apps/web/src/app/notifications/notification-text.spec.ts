import { describe, expect, it } from 'vitest';

import { notificationText } from './notification-text.pipe';

const overdue = {
  kind: 'MILESTONE_OVERDUE',
  title: 'Go-live is overdue',
  body: 'The milestone Go-live of Acme CRM was due on 2027-06-16 and is not done yet.',
  params: JSON.stringify({ milestoneName: 'Go-live', dueDate: '2027-06-16', programName: 'Acme CRM' }),
};

describe('a notification in the reader’s language', () => {
  it('a Dutch reader sees title and body worded from the kind and its facts', () => {
    expect(notificationText(overdue, 'title', 'nl')).toBe('Go-live is te laat');
    expect(notificationText(overdue, 'body', 'nl')).toBe('De mijlpaal Go-live van Acme CRM moest op 16 juni 2027 klaar zijn en is nog niet afgerond.');
  });

  it('an Italian reader sees it in Italian', () => {
    expect(notificationText(overdue, 'title', 'it')).toBe('Go-live è in ritardo');
  });

  it('an English reader sees the API’s own text', () => {
    expect(notificationText(overdue, 'title', 'en')).toBe('Go-live is overdue');
  });

  it('a comment keeps the words its author wrote as its body', () => {
    const mention = { kind: 'MENTION', title: 'Ann mentioned you on “Import”', body: 'Can you check the mapping?', params: JSON.stringify({ commentId: 'c', subjectTitle: 'Import', authorName: 'Ann' }) };
    expect(notificationText(mention, 'title', 'nl')).toBe('Ann heeft je vermeld bij “Import”');
    expect(notificationText(mention, 'body', 'nl')).toBe('Can you check the mapping?');
  });

  it('a notice stored without its facts, or of a kind this client does not know, shows the stored text', () => {
    expect(notificationText({ ...overdue, params: '{}' }, 'title', 'nl')).toBe('Go-live is overdue');
    expect(notificationText({ ...overdue, params: 'not json' }, 'title', 'it')).toBe('Go-live is overdue');
    expect(notificationText({ ...overdue, kind: 'SOMETHING_NEW' }, 'title', 'nl')).toBe('Go-live is overdue');
  });
});
