import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsString, IsUUID, Length, Matches, Min } from 'class-validator';

import { COMMENT_MAX_LENGTH, CommentSubjectType as SubjectType } from '@crm/domain';

import { PageArgs } from '../../common/graphql/pagination';
import { CommentSubjectType } from '../models/comment.model';

const BODY = `Write a comment of 1 to ${COMMENT_MAX_LENGTH} characters.`;
/** More people than anyone types into one comment; bounds the directory check. */
const MAX_MENTIONS = 50;

/** A comment's Markdown source, the same rule for a new comment and an edit. */
const CommentBody = (description?: string) =>
  applyDecorators(
    Field(() => String, description ? { description } : {}),
    IsString({ message: BODY }),
    Length(1, COMMENT_MAX_LENGTH, { message: BODY }),
    Matches(/\S/, { message: BODY }),
  );

const MentionedPeople = (description: string) =>
  applyDecorators(
    Field(() => [ID], { defaultValue: [], description }),
    IsArray(),
    ArrayMaxSize(MAX_MENTIONS, { message: `Mention at most ${MAX_MENTIONS} people.` }),
    IsUUID('all', { each: true, message: 'mentionPersonIds must be person ids.' }),
  );

@InputType()
export class AddCommentInput {
  @Field(() => CommentSubjectType)
  @IsEnum(CommentSubjectType, { message: 'subjectType must be a kind of record comments can be written on.' })
  subjectType: SubjectType;

  @Field(() => ID)
  @IsUUID('all', { message: 'subjectId must be a record id.' })
  subjectId: string;

  @CommentBody('Markdown source. `@role_key` mentions every holder of that role on the program.')
  body: string;

  @MentionedPeople('People of the organisation the comment mentions.')
  mentionPersonIds: string[] = [];
}

@InputType()
export class UpdateCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a comment id.' })
  id: string;

  @Field(() => Int)
  @IsInt({ message: 'version must be a whole number.' })
  @Min(1, { message: 'version must be at least 1.' })
  version: number;

  @CommentBody()
  body: string;

  @MentionedPeople('The people the comment mentions now; replaces the earlier list.')
  mentionPersonIds: string[] = [];
}

@InputType()
export class DeleteCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a comment id.' })
  id: string;

  @Field(() => Int)
  @IsInt({ message: 'version must be a whole number.' })
  @Min(1, { message: 'version must be at least 1.' })
  version: number;
}

@ArgsType()
export class CommentsArgs extends PageArgs {
  @Field(() => CommentSubjectType)
  @IsEnum(CommentSubjectType, { message: 'subjectType must be a kind of record comments can be written on.' })
  subjectType: SubjectType;

  @Field(() => ID)
  @IsUUID('all', { message: 'subjectId must be a record id.' })
  subjectId: string;
}
