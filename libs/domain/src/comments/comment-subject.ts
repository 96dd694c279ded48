/** The records a thread of comments can sit under. */
export const COMMENT_SUBJECT_TYPES = ['TASK', 'MILESTONE', 'RISK', 'REQUIREMENT', 'PROCESS', 'TRAINING_SESSION'] as const;
export type CommentSubjectType = (typeof COMMENT_SUBJECT_TYPES)[number];

/** A comment's Markdown source is at most this long; long enough for notes, short enough to read. */
export const COMMENT_MAX_LENGTH = 10_000;

/** Where the web app shows a subject, as the search box links it, and the comment's anchor there. */
export function commentLink(projectId: string, subject: { type: CommentSubjectType; id: string }, commentId: string): string {
  const [section, param] = SUBJECT_PAGES[subject.type];
  return `/projects/${projectId}/${section}?${param}=${subject.id}#comment-${commentId}`;
}

const SUBJECT_PAGES: Record<CommentSubjectType, [section: string, param: string]> = {
  TASK: ['board', 'task'],
  MILESTONE: ['overview', 'milestone'],
  RISK: ['risks', 'risk'],
  REQUIREMENT: ['requirements', 'requirement'],
  PROCESS: ['processes', 'process'],
  TRAINING_SESSION: ['training', 'session'],
};
