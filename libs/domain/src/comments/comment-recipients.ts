/** A person or the holders of a role, as a notification addresses them. */
export interface Addressees {
  personIds: string[];
  roleIds: string[];
}

export interface CommentRecipientsInput {
  /** Who was mentioned before this save (empty for a new comment). */
  previouslyMentioned: Addressees;
  /** Who the comment mentions now. */
  mentioned: Addressees;
  /** Who answers for the subject: its owner, or the role that owns it; null when nobody does. */
  subjectOwner: { personId?: string | null; roleId?: string | null } | null;
  /** True for a new comment; an edit tells only the people it newly mentions. */
  isNew: boolean;
}

export interface CommentRecipients {
  /** MENTION: mentioned people, and every holder of each mentioned role. */
  mention: Addressees;
  /** COMMENT_ON_YOURS: the subject's owner, unless a mention already tells them. */
  onYours: Addressees;
}

/**
 * Who hears of a comment. A mention is told once: an edit that keeps a mention does not repeat
 * it. The owner of the subject hears of new comments only, and not twice when also mentioned.
 * The author is left to the notifier, which never tells the actor of their own action.
 */
export function commentRecipients(input: CommentRecipientsInput): CommentRecipients {
  const mention: Addressees = {
    personIds: unique(input.mentioned.personIds).filter((id) => !input.previouslyMentioned.personIds.includes(id)),
    roleIds: unique(input.mentioned.roleIds).filter((id) => !input.previouslyMentioned.roleIds.includes(id)),
  };
  const onYours: Addressees = { personIds: [], roleIds: [] };
  const owner = input.subjectOwner;
  if (input.isNew && owner) {
    if (owner.personId && !input.mentioned.personIds.includes(owner.personId)) onYours.personIds.push(owner.personId);
    else if (!owner.personId && owner.roleId && !input.mentioned.roleIds.includes(owner.roleId)) onYours.roleIds.push(owner.roleId);
  }
  return { mention, onYours };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
