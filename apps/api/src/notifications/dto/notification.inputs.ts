import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsUUID, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';

import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, NotificationChannel, NotificationKind } from '@crm/domain';

import { NotificationChannelEnum, NotificationKindEnum } from '../models/notification.model';

export const MARK_READ_MAX = 200;

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { description: `The notifications to mark read, at most ${MARK_READ_MAX}; an empty list marks all of yours read.` })
  @IsArray({ message: 'ids must be a list.' })
  @ArrayMaxSize(MARK_READ_MAX, { message: `Mark at most ${MARK_READ_MAX} notifications at once, or all with an empty list.` })
  @IsUUID('all', { each: true, message: 'ids must be notification ids.' })
  ids: string[];
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationKindEnum)
  @IsIn(NOTIFICATION_KINDS, { message: 'kind must be a notification kind.' })
  kind: NotificationKind;

  @Field(() => NotificationChannelEnum)
  @IsIn(NOTIFICATION_CHANNELS, { message: 'channel must be INBOX, EMAIL, BOTH or NONE.' })
  channel: NotificationChannel;
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput])
  @IsArray({ message: 'preferences must be a list.' })
  @ArrayMaxSize(NOTIFICATION_KINDS.length, { message: `Give at most ${NOTIFICATION_KINDS.length} preferences, one per kind.` })
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceInput)
  preferences: NotificationPreferenceInput[];
}
