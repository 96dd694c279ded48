import { describe, expect, it } from 'vitest';

import { roleMentions } from './mentions';

const roles = [
  { id: 'r-trainer', key: 'TRAINER' },
  { id: 'r-key-user', key: 'KEY_USER' },
  { id: 'r-pm', key: 'PROJECT_MANAGER' },
];
const keys = (body: string) => roleMentions(body, roles).map((r) => r.key);

describe('roleMentions', () => {
  it('finds a role written as its key in lower case', () => {
    expect(keys('Can @trainer book the room?')).toEqual(['TRAINER']);
    expect(keys('@key_user please review')).toEqual(['KEY_USER']);
  });

  it('reads the key whatever its case', () => {
    expect(keys('Ping @Project_Manager')).toEqual(['PROJECT_MANAGER']);
  });

  it('ends a mention at punctuation', () => {
    expect(keys('Thanks @trainer, and (@key_user).')).toEqual(['TRAINER', 'KEY_USER']);
  });

  it('ignores keys that are no role of the program', () => {
    expect(keys('@nobody and @trainers are not roles')).toEqual([]);
  });

  it('counts a role mentioned twice once', () => {
    expect(keys('@trainer see above, @trainer')).toEqual(['TRAINER']);
  });

  it('does not take an e-mail address for a mention', () => {
    expect(keys('write to ana@trainer.example or ana.b@key_user')).toEqual([]);
  });

  it('does not read mentions inside inline code', () => {
    expect(keys('type `@trainer` to call them')).toEqual([]);
    expect(keys('``a ` @trainer`` then @key_user')).toEqual(['KEY_USER']);
  });

  it('does not read mentions inside a fenced code block', () => {
    expect(keys('```\n@trainer\n```\nafter @key_user')).toEqual(['KEY_USER']);
    expect(keys('~~~md\n@trainer\n~~~')).toEqual([]);
  });

  it('treats an unclosed fence as code to the end', () => {
    expect(keys('```\n@trainer')).toEqual([]);
  });

  it('finds nothing in a body without an @', () => {
    expect(keys('Plain **Markdown** text.')).toEqual([]);
  });
});
