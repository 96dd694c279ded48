import { describe, expect, it } from 'vitest';

import { commentRecipients } from './comment-recipients';

const none = { personIds: [], roleIds: [] };

describe('commentRecipients', () => {
  it('tells mentioned people and roles, and the owner of the subject, of a new comment', () => {
    expect(
      commentRecipients({ isNew: true, previouslyMentioned: none, mentioned: { personIds: ['ana'], roleIds: ['trainer'] }, subjectOwner: { personId: 'owner' } }),
    ).toEqual({ mention: { personIds: ['ana'], roleIds: ['trainer'] }, onYours: { personIds: ['owner'], roleIds: [] } });
  });

  it('tells an owner who is also mentioned only of the mention', () => {
    const told = commentRecipients({ isNew: true, previouslyMentioned: none, mentioned: { personIds: ['owner'], roleIds: [] }, subjectOwner: { personId: 'owner' } });
    expect(told).toEqual({ mention: { personIds: ['owner'], roleIds: [] }, onYours: none });
  });

  it('tells the owning role’s holder when the subject has no owner of its own', () => {
    const told = commentRecipients({ isNew: true, previouslyMentioned: none, mentioned: none, subjectOwner: { personId: null, roleId: 'analyst' } });
    expect(told.onYours).toEqual({ personIds: [], roleIds: ['analyst'] });
  });

  it('does not tell the owning role twice when the comment mentions it', () => {
    const told = commentRecipients({ isNew: true, previouslyMentioned: none, mentioned: { personIds: [], roleIds: ['analyst'] }, subjectOwner: { roleId: 'analyst' } });
    expect(told.onYours).toEqual(none);
  });

  it('tells nobody as owner when the subject has none', () => {
    expect(commentRecipients({ isNew: true, previouslyMentioned: none, mentioned: none, subjectOwner: null })).toEqual({ mention: none, onYours: none });
  });

  it('an edit tells only the newly mentioned, and not the owner again', () => {
    const told = commentRecipients({
      isNew: false,
      previouslyMentioned: { personIds: ['ana'], roleIds: ['trainer'] },
      mentioned: { personIds: ['ana', 'ben'], roleIds: ['trainer', 'key-user'] },
      subjectOwner: { personId: 'owner' },
    });
    expect(told).toEqual({ mention: { personIds: ['ben'], roleIds: ['key-user'] }, onYours: none });
  });

  it('names someone mentioned twice once', () => {
    const told = commentRecipients({ isNew: true, previouslyMentioned: none, mentioned: { personIds: ['ana', 'ana'], roleIds: [] }, subjectOwner: null });
    expect(told.mention.personIds).toEqual(['ana']);
  });
});
