import { Redis } from 'ioredis';

export interface RedisConnectionOptions {
  /** Longest a command may wait for its reply; past it, it fails (a stalled Redis must not stall commits). */
  commandTimeoutMs?: number;
  /** Connection name shown by `CLIENT LIST`. */
  name: string;
}

/**
 * One connection to Redis that fails fast while Redis is away: no offline queue and no replay of commands
 * after a reconnect (the commit queue retries what failed, so nothing is acknowledged unless Redis accepted it),
 * and it reconnects every 100–1000 ms for as long as it takes. Resolves once connected, however long that takes.
 */
export async function connectRedis(url: string, options: RedisConnectionOptions): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs,
    connectionName: options.name,
    retryStrategy: (attempt) => Math.min(1000, 100 * attempt),
  });
  // Errors show in the commands that fail; an 'error' event without a listener would crash the relay.
  redis.on('error', () => {});
  // A relay started while Redis is away waits for it (the client keeps retrying) rather than exiting.
  const ready = new Promise<void>((resolve) => redis.once('ready', () => resolve()));
  redis.connect().catch(() => {});
  await ready;
  return redis;
}
