import { CommentSubjectType } from '@crm/domain';

import { byKey, groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { CommentsRepository, MentionRow, RevisionRow } from './comments.repository';

export function mentionsByCommentId(loaders: RequestLoaders) {
  return loaders.get<string, MentionRow[]>('mentionsByCommentId', async (db, ids) =>
    groupedByKey(ids, await new CommentsRepository(db).mentionsByCommentIds(ids), (m) => m.comment_id),
  );
}

export function revisionsByCommentId(loaders: RequestLoaders) {
  return loaders.get<string, RevisionRow[]>('revisionsByCommentId', async (db, ids) =>
    groupedByKey(ids, await new CommentsRepository(db).revisionsByCommentIds(ids), (r) => r.comment_id),
  );
}

/** Comments with their text, per subject of one kind: a board of cards costs one statement. */
export function commentCountBySubject(loaders: RequestLoaders, type: CommentSubjectType) {
  return loaders.get<string, number>(`commentCountBySubject:${type}`, async (db, ids) =>
    byKey(ids, await new CommentsRepository(db).countsBySubjects(type, ids), (r) => r.subject_id).map((r) => r?.n ?? 0),
  );
}
