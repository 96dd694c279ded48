import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import Redis from 'ioredis';

import { closeRedis, redisConnection } from '../redis/redis-connection';

/**
 * The sign-in limit in Redis, so every replica counts the same attempts. While Redis cannot be
 * reached each replica counts in its own memory instead: signing in keeps working, limited per
 * replica, rather than failing for everyone or going unlimited.
 */
export class SharedThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger(SharedThrottlerStorage.name);
  private readonly redis: Redis;
  private readonly shared: ThrottlerStorageRedisService;
  private readonly local = new ThrottlerStorageService();

  constructor(url: string, prefix: string) {
    // No offline queue and one retry: an attempt must not wait for Redis to come back.
    this.redis = redisConnection(url, 'sign-in-limit', { keyPrefix: `${prefix}throttle:`, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    this.shared = new ThrottlerStorageRedisService(this.redis);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string) {
    try {
      return await this.shared.increment(key, ttl, limit, blockDuration, throttlerName);
    } catch (error) {
      this.logger.warn(`Counting sign-in attempts in this process while Redis is away: ${(error as Error).message}`);
      return this.local.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.local.onApplicationShutdown();
    await closeRedis(this.redis);
  }
}
