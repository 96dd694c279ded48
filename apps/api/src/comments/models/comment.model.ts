import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { COMMENT_SUBJECT_TYPES, CommentSubjectType as SubjectType } from '@crm/domain';

import { ConnectionType } from '../../common/graphql/pagination';

export const CommentSubjectType = Object.fromEntries(COMMENT_SUBJECT_TYPES.map((t) => [t, t])) as { [K in SubjectType]: K };
registerEnumType(CommentSubjectType, { name: 'CommentSubjectType', description: 'The kind of record a thread of comments belongs to.' });

@ObjectType('CommentAuthor')
export class CommentAuthorModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('CommentMention')
export class CommentMentionModel {
  personId: string | null;
  roleId: string | null;
}

@ObjectType('CommentRevision')
export class CommentRevisionModel {
  @Field(() => String, { description: 'The Markdown source as it was before this edit.' })
  body: string;

  @Field({ description: 'When this text was replaced.' })
  editedAt: Date;
}

@ObjectType('Comment')
export class CommentModel {
  @Field(() => ID)
  id: string;

  seq: string;
  projectId: string;

  @Field(() => CommentSubjectType)
  subjectType: SubjectType;

  @Field(() => ID)
  subjectId: string;

  authorUserId: string;

  @Field(() => CommentAuthorModel)
  author: CommentAuthorModel;

  @Field(() => String, { description: 'Markdown source; empty once the comment was removed.' })
  body: string;

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the text was last changed; null if never.' })
  editedAt: Date | null;

  @Field({ description: 'True once removed: the thread shows that a comment was here, without its text.' })
  removed: boolean;
}

export const CommentConnection = ConnectionType(CommentModel, 'Comment');

export interface CommentRow {
  id: string;
  seq: string;
  project_id: string;
  subject_type: SubjectType;
  subject_id: string;
  author_user_id: string;
  author_name: string;
  body: string;
  version: number;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
}

export function toComment(row: CommentRow): CommentModel {
  return {
    id: row.id,
    seq: String(row.seq),
    projectId: row.project_id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    authorUserId: row.author_user_id,
    author: { id: row.author_user_id, name: row.author_name },
    body: row.body,
    version: row.version,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    removed: row.deleted_at !== null,
  };
}
