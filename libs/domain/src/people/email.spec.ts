import { describe, expect, it } from 'vitest';

import { normalizeEmail } from './email';

describe('normalizeEmail', () => {
  it('treats addresses that differ only in case and spaces as the same', () => {
    expect(normalizeEmail('  Ada.Lovelace@Example.COM ')).toBe(normalizeEmail('ada.lovelace@example.com'));
  });
});
