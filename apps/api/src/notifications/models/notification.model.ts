import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, NotificationChannel, NotificationKind } from '@crm/domain';

import { UserModel } from '../../auth/models/user.model';
import { PageInfo } from '../../common/graphql/pagination';
import { NotificationRow } from '../notifications.repository';

// GraphQL enums straight from the domain's lists, so a kind added there is in the schema at once.
export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as { [K in NotificationKind]: K };
export const NotificationChannelEnum = Object.fromEntries(NOTIFICATION_CHANNELS.map((c) => [c, c])) as { [C in NotificationChannel]: C };
registerEnumType(NotificationKindEnum, { name: 'NotificationKind', description: 'What a notification tells its reader.' });
registerEnumType(NotificationChannelEnum, { name: 'NotificationChannel', description: 'Where a kind of notification reaches a person: the inbox, mail, both or nowhere.' });

@ObjectType('Notification', { description: 'Something you were told, in your inbox.' })
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field({ description: 'The facts the title was worded from, as a JSON object.' })
  params: string;

  @Field({ description: 'Where it leads in the web app, e.g. /projects/<id>/tasks/<taskId>.' })
  link: string;

  @Field(() => ID, { nullable: true })
  projectId: string | null;

  @Field(() => String, { nullable: true, description: 'The name of the program it is about.' })
  projectName: string | null;

  @Field(() => String, { nullable: true, description: 'The kind of record it is about, e.g. TASK.' })
  subjectType: string | null;

  @Field(() => ID, { nullable: true })
  subjectId: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field()
  read: boolean;

  @Field(() => UserModel, { nullable: true, description: 'Who did what it tells of; null for reminders.' })
  actor: UserModel | null;
}

export function toNotification(row: NotificationRow): NotificationModel {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    params: JSON.stringify(row.params ?? {}),
    link: row.link,
    projectId: row.project_id,
    projectName: row.project_name,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    createdAt: row.created_at,
    readAt: row.read_at,
    read: row.read_at !== null,
    actor: row.actor_id ? { id: row.actor_id, name: row.actor_name ?? '', email: row.actor_email ?? '' } : null,
  };
}

@ObjectType('NotificationEdge')
export class NotificationEdge {
  @Field(() => NotificationModel)
  node: NotificationModel;

  @Field()
  cursor: string;
}

@ObjectType('NotificationConnection')
export class NotificationConnection {
  @Field(() => [NotificationEdge])
  edges: NotificationEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many of your notifications are unread, whatever the filter.' })
  unreadCount: number;
}

@ObjectType('NotificationPreference', { description: 'Where one kind of notification reaches you.' })
export class NotificationPreferenceModel {
  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field({ description: 'The kind, in words.' })
  label: string;

  @Field(() => NotificationChannelEnum)
  channel: NotificationChannel;

  @Field(() => NotificationChannelEnum, { description: 'What it is for whoever has not chosen.' })
  defaultChannel: NotificationChannel;
}
