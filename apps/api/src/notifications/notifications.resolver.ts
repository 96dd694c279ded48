import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';

import { MAX_PAGE_SIZE } from '@crm/domain';

import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { LiveEventsService, NotificationAdded } from '../live/live-events.service';
import { MarkNotificationsReadInput, UpdateNotificationPreferencesInput } from './dto/notification.inputs';
import { NotificationConnection, NotificationModel, NotificationPreferenceModel } from './models/notification.model';
import { NotificationsService } from './notifications.service';

interface SubscriptionContext {
  req?: { user?: AuthUser };
}

/** Not project-scoped: every operation here reads or changes the signed-in user's own notifications. */
@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly live: LiveEventsService,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
  ): Promise<NotificationConnection> {
    return this.service.inbox(user, first, after, unreadOnly);
  }

  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@CurrentUser() user: AuthUser): Promise<number> {
    return this.service.unreadCount(user);
  }

  @Mutation(() => Int, { description: 'Marks your notifications read (all of them with an empty list) and answers how many stay unread.' })
  markNotificationsRead(@Args('input') input: MarkNotificationsReadInput, @CurrentUser() user: AuthUser): Promise<number> {
    return this.service.markRead(input, user);
  }

  @Query(() => [NotificationPreferenceModel], { description: 'Every kind of notification with where it reaches you.' })
  notificationPreferences(@CurrentUser() user: AuthUser): Promise<NotificationPreferenceModel[]> {
    return this.service.preferences(user);
  }

  @Mutation(() => [NotificationPreferenceModel], { description: 'Chooses where kinds of notification reach you; kinds left out keep their channel.' })
  updateNotificationPreferences(@Args('input') input: UpdateNotificationPreferencesInput, @CurrentUser() user: AuthUser): Promise<NotificationPreferenceModel[]> {
    return this.service.updatePreferences(input, user);
  }

  @Subscription(() => NotificationModel, {
    description: 'Each notification you are given, as it arrives; null if it was gone by the time it was read.',
    nullable: true,
    // The iterator is already the user's own; the filter holds even if a transport hands it another's.
    filter(this: NotificationsResolver, payload: NotificationAdded, _variables: unknown, context: SubscriptionContext) {
      return payload.userId === context.req?.user?.id;
    },
    // The live event carries ids only: the row is read as its reader may see it (null if it is gone).
    resolve(this: NotificationsResolver, payload: NotificationAdded) {
      return this.service.one(payload.userId, payload.notificationId);
    },
  })
  notificationAdded(@CurrentUser() user: AuthUser): AsyncIterableIterator<NotificationAdded> {
    return this.live.notificationsOf(user.id);
  }
}
