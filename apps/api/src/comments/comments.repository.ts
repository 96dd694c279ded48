import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { CommentSubjectType } from '@crm/domain';

import { versionedUpdate } from '../common/database/versioned-update';
import { CommentRow } from './models/comment.model';

export interface NewComment {
  projectId: string;
  subjectType: CommentSubjectType;
  subjectId: string;
  authorUserId: string;
  body: string;
}

export interface MentionRow {
  comment_id: string;
  person_id: string | null;
  role_id: string | null;
}

export interface RevisionRow {
  comment_id: string;
  body: string;
  edited_at: Date;
}

/** The author's name comes with every comment row: the thread always shows it. */
const WITH_AUTHOR = `SELECT c.*, u.name AS author_name FROM comments c JOIN users u ON u.id = c.author_user_id`;

/** The comments, comment_revisions and comment_mentions tables; only this file writes them. */
@Injectable()
export class CommentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(tx: EntityManager, comment: NewComment): Promise<CommentRow> {
    const [row]: CommentRow[] = await tx.query(
      `WITH c AS (
         INSERT INTO comments (project_id, subject_type, subject_id, author_user_id, body) VALUES ($1, $2, $3, $4, $5) RETURNING *
       ) SELECT c.*, u.name AS author_name FROM c JOIN users u ON u.id = c.author_user_id`,
      [comment.projectId, comment.subjectType, comment.subjectId, comment.authorUserId, comment.body],
    );
    return row;
  }

  async find(tx: EntityManager, id: string): Promise<CommentRow | undefined> {
    const rows: CommentRow[] = await tx.query(`${WITH_AUTHOR} WHERE c.id = $1`, [id]);
    return rows[0];
  }

  /** One page of a thread, oldest first, one row more than asked so the caller knows if more follow. */
  page(subjectType: CommentSubjectType, subjectId: string, afterSeq: string | null, first: number): Promise<CommentRow[]> {
    return this.db.query(
      `${WITH_AUTHOR} WHERE c.subject_type = $1 AND c.subject_id = $2 AND ($3::bigint IS NULL OR c.seq > $3::bigint)
       ORDER BY c.seq LIMIT $4`,
      [subjectType, subjectId, afterSeq, first + 1],
    );
  }

  /** Comments of the thread that still have their text. */
  async count(subjectType: CommentSubjectType, subjectId: string): Promise<number> {
    const [row]: { n: number }[] = await this.db.query(
      'SELECT count(*)::int AS n FROM comments WHERE subject_type = $1 AND subject_id = $2 AND deleted_at IS NULL',
      [subjectType, subjectId],
    );
    return row.n;
  }

  countsBySubjects(subjectType: CommentSubjectType, subjectIds: readonly string[]): Promise<{ subject_id: string; n: number }[]> {
    return this.db.query(
      `SELECT subject_id, count(*)::int AS n FROM comments
       WHERE subject_type = $1 AND subject_id = ANY($2::uuid[]) AND deleted_at IS NULL GROUP BY subject_id`,
      [subjectType, subjectIds],
    );
  }

  /** The new text; `edited_at` says it changed. */
  updateBody(tx: EntityManager, id: string, version: number, body: string) {
    return versionedUpdate<CommentRow & Record<string, unknown>>(tx, { table: 'comments', id, version, set: { body, edited_at: new Date() }, what: 'This comment' });
  }

  /** The place in the thread stays; the text and its history go. */
  async remove(tx: EntityManager, id: string, version: number) {
    const changed = await versionedUpdate<CommentRow & Record<string, unknown>>(tx, { table: 'comments', id, version, set: { body: '', deleted_at: new Date() }, what: 'This comment' });
    await tx.query('DELETE FROM comment_revisions WHERE comment_id = $1', [id]);
    await tx.query('DELETE FROM comment_mentions WHERE comment_id = $1', [id]);
    return changed;
  }

  async insertRevision(tx: EntityManager, commentId: string, body: string): Promise<void> {
    await tx.query('INSERT INTO comment_revisions (comment_id, body) VALUES ($1, $2)', [commentId, body]);
  }

  revisionsByCommentIds(ids: readonly string[]): Promise<RevisionRow[]> {
    return this.db.query('SELECT comment_id, body, edited_at FROM comment_revisions WHERE comment_id = ANY($1::uuid[]) ORDER BY seq', [ids]);
  }

  mentionsOf(tx: EntityManager, commentId: string): Promise<MentionRow[]> {
    return tx.query('SELECT comment_id, person_id, role_id FROM comment_mentions WHERE comment_id = $1', [commentId]);
  }

  mentionsByCommentIds(ids: readonly string[]): Promise<MentionRow[]> {
    return this.db.query(
      'SELECT comment_id, person_id, role_id FROM comment_mentions WHERE comment_id = ANY($1::uuid[]) ORDER BY role_id NULLS FIRST, id',
      [ids],
    );
  }

  async replaceMentions(tx: EntityManager, commentId: string, personIds: readonly string[], roleIds: readonly string[]): Promise<void> {
    await tx.query('DELETE FROM comment_mentions WHERE comment_id = $1', [commentId]);
    if (!personIds.length && !roleIds.length) return;
    await tx.query(
      `INSERT INTO comment_mentions (comment_id, person_id, role_id)
       SELECT $1::uuid, p, NULL::uuid FROM unnest($2::uuid[]) AS p UNION ALL SELECT $1::uuid, NULL::uuid, r FROM unnest($3::uuid[]) AS r`,
      [commentId, [...new Set(personIds)], [...new Set(roleIds)]],
    );
  }
}
