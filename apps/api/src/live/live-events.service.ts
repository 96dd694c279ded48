import { Injectable } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';

/** A change in a program that people looking at it should see without reloading. */
export interface ProjectChange {
  projectId: string;
  /** The mutation that made it, e.g. `updateTask`. */
  operation: string;
  /** The kind and id of the record it returned, when it returned one. */
  typename: string | null;
  id: string | null;
  actorUserId: string;
}

export interface NotificationAdded {
  userId: string;
  notificationId: string;
}

/**
 * Carries live events from where they happen to the subscriptions that show them. Publish only
 * after the change has committed (see afterCommit).
 *
 * CONTRACT STUB for the live-updates work in progress: in-process only.
 */
@Injectable()
export class LiveEventsService {
  private readonly pubsub = new PubSub();

  publishProjectChange(change: ProjectChange): void {
    void this.pubsub.publish(`project:${change.projectId}`, change);
  }

  publishNotification(event: NotificationAdded): void {
    void this.pubsub.publish(`user:${event.userId}`, event);
  }

  projectChanges(projectId: string): AsyncIterableIterator<ProjectChange> {
    return this.pubsub.asyncIterableIterator<ProjectChange>(`project:${projectId}`);
  }

  notificationsOf(userId: string): AsyncIterableIterator<NotificationAdded> {
    return this.pubsub.asyncIterableIterator<NotificationAdded>(`user:${userId}`);
  }
}
