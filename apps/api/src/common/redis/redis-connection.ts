import { Logger } from '@nestjs/common';
import Redis, { RedisOptions } from 'ioredis';

const logger = new Logger('Redis');

/** One report per outage: ioredis retries every few hundred milliseconds and would fill the log. */
const REPORT_EVERY_MS = 60_000;

/**
 * A connection that logs an outage instead of crashing the process, and reconnects by itself
 * (ioredis retries for ever). `name` tells the connections apart in the log.
 */
export function redisConnection(url: string, name: string, options: RedisOptions = {}): Redis {
  const redis = new Redis(url, { connectionName: name, lazyConnect: false, ...options });
  let reportedAt = 0;
  redis.on('error', (error: Error) => {
    const now = Date.now();
    if (now - reportedAt < REPORT_EVERY_MS) return;
    reportedAt = now;
    logger.warn(`${name}: ${error.message}; retrying in the background.`);
  });
  redis.on('ready', () => {
    if (reportedAt === 0) return;
    reportedAt = 0;
    logger.log(`${name}: connected again.`);
  });
  return redis;
}

/** Ends a connection at once, whether or not Redis answers (app close must not wait on an outage). */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'end') return;
  try {
    if (redis.status === 'ready') await redis.quit();
    else redis.disconnect(false);
  } catch {
    redis.disconnect(false);
  }
}
