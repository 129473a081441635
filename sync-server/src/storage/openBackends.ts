import type { JoinLimits } from '../http/JoinLimiter.ts';
import type { Logger } from '../observability/createLogger.ts';
import { openSqliteBackends } from './openSqliteBackends.ts';
import type { StorageBackends } from './StorageBackends.ts';

/** Redis when a URL is given (scale-out), else the embedded SQLite file in `dataDir` (the default). */
export async function openBackends(options: {
  dataDir: string;
  redisUrl?: string;
  redisPrefix?: string;
  joinLimits: JoinLimits;
  now: () => number;
  log: Logger;
}): Promise<StorageBackends> {
  const { log } = options;
  if (!options.redisUrl) {
    return openSqliteBackends(options.dataDir, (error) =>
      log.error({ event: 'storage_writer_stopped', error: String(error) }),
    );
  }
  // Loaded only in scale-out mode: the embedded relay starts without ioredis.
  const { openRedisBackends } = await import('../scaleout/openRedisBackends.ts');
  return openRedisBackends({
    url: options.redisUrl,
    prefix: options.redisPrefix,
    dataDir: options.dataDir,
    joinLimits: options.joinLimits,
    now: options.now,
    onError: (event, error) => log.error({ event, error: String(error) }),
  });
}
