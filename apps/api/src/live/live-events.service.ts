import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';

import { closeRedis, redisConnection } from '../common/redis/redis-connection';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** A change in a program that people looking at it should see without reloading. */
export interface ProjectChange {
  projectId: string;
  /** The mutation that made it, e.g. `updateTask`. */
  operation: string;
  /** The kind and id of the record it returned, when it returned one. */
  typename: string | null;
  id: string | null;
  actorUserId: string;
  /** When it was published (ISO 8601): events cross Redis as JSON. */
  at: string;
}

/** What a publisher hands over; the time is stamped on publishing when left out. */
export type ProjectChangeInput = Omit<ProjectChange, 'at'> & { at?: string };

export interface NotificationAdded {
  userId: string;
  notificationId: string;
}

/**
 * Carries live events from where they happen to the subscriptions that show them. Publish only
 * after the change has committed (see afterCommit).
 *
 * In the process without REDIS_URL; with it through Redis pub/sub (one connection publishes, one
 * listens), so a subscriber on any replica hears a change made on any other. A Redis outage is
 * logged and live updates pause; HTTP keeps working and ioredis reconnects (and resubscribes).
 */
@Injectable()
export class LiveEventsService implements OnApplicationShutdown {
  private readonly logger = new Logger(LiveEventsService.name);
  private readonly pubsub: PubSubEngine & { asyncIterableIterator<T>(triggers: string | string[]): AsyncIterableIterator<T> };
  private readonly connections: Redis[] = [];
  private readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.prefix = config.redisPrefix;
    if (!config.redisUrl) {
      this.pubsub = new PubSub();
      return;
    }
    const publisher = redisConnection(config.redisUrl, 'live-publisher');
    const subscriber = redisConnection(config.redisUrl, 'live-subscriber');
    this.connections.push(publisher, subscriber);
    this.pubsub = new RedisPubSub({ publisher, subscriber });
  }

  publishProjectChange(change: ProjectChangeInput): void {
    this.publish(`project:${change.projectId}`, { ...change, at: change.at ?? new Date().toISOString() } satisfies ProjectChange);
  }

  publishNotification(event: NotificationAdded): void {
    this.publish(`user:${event.userId}`, event);
  }

  projectChanges(projectId: string): AsyncIterableIterator<ProjectChange> {
    return this.pubsub.asyncIterableIterator<ProjectChange>(this.channel(`project:${projectId}`));
  }

  notificationsOf(userId: string): AsyncIterableIterator<NotificationAdded> {
    return this.pubsub.asyncIterableIterator<NotificationAdded>(this.channel(`user:${userId}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.connections.map((redis) => closeRedis(redis)));
  }

  private publish(channel: string, payload: object): void {
    // A live event is a courtesy on top of a committed change: losing one during an outage must
    // not fail the request that made it.
    this.pubsub.publish(this.channel(channel), payload).catch((error: Error) => this.logger.warn(`Live event not sent: ${error.message}`));
  }

  private channel(name: string): string {
    return `${this.prefix}${name}`;
  }
}
