import { describe, expect, it } from 'vitest';

import { mailTextParts } from './mail-text';

describe('mailTextParts', () => {
  it('makes the invitation link in a mail clickable and keeps the words around it', () => {
    expect(mailTextParts('Open http://localhost:3000/accept-invitation?token=abc to join.')).toEqual([
      { text: 'Open ', href: null },
      { text: 'http://localhost:3000/accept-invitation?token=abc', href: 'http://localhost:3000/accept-invitation?token=abc' },
      { text: ' to join.', href: null },
    ]);
  });

  it('leaves a mail without links as plain text', () => {
    expect(mailTextParts('Your password was changed.')).toEqual([{ text: 'Your password was changed.', href: null }]);
  });
});
