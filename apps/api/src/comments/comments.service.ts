import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { commentLink, commentRecipients, CommentSubjectType, MILESTONE_DEFAULT_OWNER_ROLE, ownerFor, roleMentions } from '@crm/domain';

import { ProjectAccess, ProjectPermission } from '../common/access/project-access';
import { inTransaction } from '../common/database/transaction';
import { badUserInput, forbidden, notFound } from '../common/errors/app-error';
import { connectionOf, Connection, decodeCursor } from '../common/graphql/pagination';
import { NotificationEvent } from '../notifications/notification-event';
import { NotificationsService } from '../notifications/notifications.service';
import { PeopleRepository } from '../people/people.repository';
import { notInDirectory } from '../people/person-references';
import { TeamRepository } from '../team/team.repository';
import { commentExcerpt } from './comment-excerpt';
import { CommentSubjectRow, CommentSubjectsRepository } from './comment-subjects.repository';
import { CommentsRepository, MentionRow } from './comments.repository';
import { AddCommentInput, CommentsArgs, DeleteCommentInput, UpdateCommentInput } from './dto/comment.inputs';
import { CommentModel, CommentRow, toComment } from './models/comment.model';

/**
 * Threads of comments under a program's records. Anyone who may see the program may comment
 * (viewers included: a sponsor or key user asking a question changes nothing of the plan); only
 * the author edits a comment, and the author or a program owner removes one.
 */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly comments: CommentsRepository,
    private readonly subjects: CommentSubjectsRepository,
    private readonly people: PeopleRepository,
    private readonly team: TeamRepository,
    private readonly notifications: NotificationsService,
  ) {}

  async thread(args: CommentsArgs, access: ProjectAccess): Promise<Connection<CommentModel>> {
    // The guard found the program by id alone; the kind named must match too.
    if (!(await this.subjects.isIn(args.subjectType, args.subjectId, access.projectId))) throw notFound('This record');
    const rows = await this.comments.page(args.subjectType, args.subjectId, decodeCursor(args.after), args.first);
    return connectionOf(rows.map(toComment), args.first, (c) => c.seq, () => this.comments.count(args.subjectType, args.subjectId));
  }

  add(input: AddCommentInput, access: ProjectAccess): Promise<CommentModel> {
    return inTransaction(this.db, async (tx) => {
      const subject = await this.subjects.find(tx, input.subjectType, input.subjectId);
      if (!subject || subject.project_id !== access.projectId) throw notFound('This record');
      const mentioned = await this.mentionsIn(tx, access.projectId, input.body, input.mentionPersonIds);
      const row = await this.comments.insert(tx, { projectId: access.projectId, subjectType: input.subjectType, subjectId: input.subjectId, authorUserId: access.userId, body: input.body });
      await this.comments.replaceMentions(tx, row.id, mentioned.personIds, mentioned.roleIds);
      await this.tell(tx, row, subject, mentioned, { personIds: [], roleIds: [] }, true);
      return toComment(row);
    });
  }

  update(input: UpdateCommentInput, access: ProjectAccess): Promise<CommentModel> {
    return inTransaction(this.db, async (tx) => {
      const current = await this.editable(tx, input.id);
      if (current.author_user_id !== access.userId) throw forbidden('Only its author can change a comment.', { reason: 'AUTHOR_ONLY' });
      const subject = await this.subjects.find(tx, current.subject_type, current.subject_id);
      if (!subject) throw notFound('This record');
      const mentioned = await this.mentionsIn(tx, access.projectId, input.body, input.mentionPersonIds);
      const before = addresseesOf(await this.comments.mentionsOf(tx, current.id));
      const { after } = await this.comments.updateBody(tx, input.id, input.version, input.body);
      if (current.body !== input.body) await this.comments.insertRevision(tx, current.id, current.body);
      await this.comments.replaceMentions(tx, current.id, mentioned.personIds, mentioned.roleIds);
      const row = { ...after, author_name: current.author_name } as CommentRow;
      await this.tell(tx, row, subject, mentioned, before, false);
      return toComment(row);
    });
  }

  remove(input: DeleteCommentInput, access: ProjectAccess): Promise<CommentModel> {
    return inTransaction(this.db, async (tx) => {
      const current = await this.editable(tx, input.id);
      if (current.author_user_id !== access.userId && access.permission !== ProjectPermission.OWNER) {
        throw forbidden('Only its author or a program owner can remove a comment.', { reason: 'AUTHOR_OR_OWNER_ONLY' });
      }
      const { after } = await this.comments.remove(tx, input.id, input.version);
      return toComment({ ...after, author_name: current.author_name } as CommentRow);
    });
  }

  /** A comment that still has its text; a removed one answers like one that never was. */
  private async editable(tx: EntityManager, id: string): Promise<CommentRow> {
    const row = await this.comments.find(tx, id);
    if (!row || row.deleted_at) throw notFound('This comment');
    return row;
  }

  /** The people named by id (of the program's organisation) and the roles written as `@key` in the body. */
  private async mentionsIn(tx: EntityManager, projectId: string, body: string, personIds: readonly string[]) {
    const unique = [...new Set(personIds)];
    if (!(await this.people.allInDirectory(tx, projectId, unique))) throw badUserInput([notInDirectory('mentionPersonIds', true)]);
    const roles = roleMentions(body, await this.team.roles(projectId, tx));
    return { personIds: unique, roleIds: roles.map((r) => r.id) };
  }

  private async tell(
    tx: EntityManager,
    comment: CommentRow,
    subject: CommentSubjectRow,
    mentioned: { personIds: string[]; roleIds: string[] },
    previouslyMentioned: { personIds: string[]; roleIds: string[] },
    isNew: boolean,
  ): Promise<void> {
    // A milestone without an owning role of its own answers through the project manager, as its reminders do.
    const roleId =
      subject.role_id ?? (comment.subject_type === 'MILESTONE' ? await this.team.findRoleId(tx, comment.project_id, MILESTONE_DEFAULT_OWNER_ROLE) : null);
    const holders = roleId && !subject.person_id ? await this.team.primaryHoldersByRoleIds([roleId], tx, { inWaves: true }) : [];
    const owner = ownerFor(
      { roleId: roleId ?? '', assigneeId: subject.person_id, waveId: subject.wave_id },
      (roleId, waveId) => holders.find((h) => h.role_id === roleId && h.wave_id === waveId)?.person_id,
    );
    const told = commentRecipients({ isNew, mentioned, previouslyMentioned, subjectOwner: owner.personId ? { personId: owner.personId } : null });
    const base = {
      organisationId: subject.organisation_id,
      projectId: comment.project_id,
      subject: { type: comment.subject_type, id: comment.subject_id },
      actorUserId: comment.author_user_id,
      writtenBody: commentExcerpt(comment.body),
      link: commentLink(comment.project_id, { type: comment.subject_type as CommentSubjectType, id: comment.subject_id }, comment.id),
      params: { commentId: comment.id, subjectTitle: subject.title, authorName: comment.author_name },
    } satisfies Partial<NotificationEvent>;
    const events: NotificationEvent[] = [];
    if (told.mention.personIds.length || told.mention.roleIds.length) {
      events.push({
        ...base,
        kind: 'MENTION',
        to: { personIds: told.mention.personIds, roles: told.mention.roleIds.map((roleId) => ({ projectId: comment.project_id, roleId, allHolders: true })) },
      });
    }
    if (told.onYours.personIds.length || told.onYours.roleIds.length) {
      events.push({
        ...base,
        kind: 'COMMENT_ON_YOURS',
        to: { personIds: told.onYours.personIds, roles: told.onYours.roleIds.map((roleId) => ({ projectId: comment.project_id, roleId })) },
      });
    }
    if (events.length) await this.notifications.notify(tx, events);
  }
}

function addresseesOf(rows: MentionRow[]): { personIds: string[]; roleIds: string[] } {
  return { personIds: rows.flatMap((r) => (r.person_id ? [r.person_id] : [])), roleIds: rows.flatMap((r) => (r.role_id ? [r.role_id] : [])) };
}
