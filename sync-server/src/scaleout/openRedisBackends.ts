import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { createSecret } from '../auth/secrets.ts';
import type { JoinLimits } from '../http/JoinLimiter.ts';
import type { StorageBackends } from '../storage/StorageBackends.ts';
import { connectRedis } from './connectRedis.ts';
import { RedisDocumentStore } from './RedisDocumentStore.ts';
import { RedisJoinLimiter } from './RedisJoinLimiter.ts';
import { RedisKeys } from './RedisKeys.ts';
import { RedisRoomLink } from './RedisRoomLink.ts';
import { RedisSessionDirectory } from './RedisSessionDirectory.ts';

/**
 * Says so (event `redis_not_durable`) when Redis would acknowledge what a crash can lose: the relay acknowledges
 * what Redis accepted, which is on disk only with `appendonly yes` and `appendfsync always`.
 */
async function checkPersistence(redis: Redis, onError: RedisBackendOptions['onError']) {
  try {
    const settings = new Map<string, string>();
    for (const name of ['appendonly', 'appendfsync']) {
      const reply = (await redis.config('GET', name)) as string[];
      settings.set(name, reply[1] ?? '');
    }
    if (settings.get('appendonly') !== 'yes' || settings.get('appendfsync') !== 'always') {
      onError(
        'redis_not_durable',
        new Error(`appendonly ${settings.get('appendonly')}, appendfsync ${settings.get('appendfsync')}`),
      );
    }
  } catch {
    // CONFIG may be disabled on a managed Redis: nothing to check then.
  }
}

export interface RedisBackendOptions {
  url: string;
  /** Key prefix (`REDIS_PREFIX`); `peerloom:` by default. */
  prefix?: string;
  /** The relay's own folder, for what stays per relay (the anonymous feedback inbox and its key). */
  dataDir: string;
  joinLimits: JoinLimits;
  now: () => number;
  onError: (event: string, error: unknown) => void;
}

/**
 * The scale-out mode (`REDIS_URL`): documents, sessions, settings and join bounds in Redis, shared by every
 * relay process; three connections (commands, the blocking log reader, presence subscriptions).
 */
export async function openRedisBackends(options: RedisBackendOptions): Promise<StorageBackends> {
  const relayId = createSecret(8);
  const keys = new RedisKeys(options.prefix ?? 'peerloom:');
  const [commands, reader, subscriber] = await Promise.all([
    connectRedis(options.url, { name: `peerloom-${relayId}`, commandTimeoutMs: 2_000 }),
    connectRedis(options.url, { name: `peerloom-${relayId}-reader` }),
    connectRedis(options.url, { name: `peerloom-${relayId}-presence` }),
  ]);
  await checkPersistence(commands, options.onError);
  const documents = new RedisDocumentStore(commands, keys, relayId, (error) =>
    options.onError('compaction_failed', error),
  );
  const link = new RedisRoomLink(commands, reader, subscriber, keys, relayId, options.onError);
  mkdirSync(options.dataDir, { recursive: true });
  return {
    documents,
    directory: new RedisSessionDirectory(commands, keys, async (imported) => {
      await documents.commit(imported.map(({ docName, update }) => ({ docName, data: update })));
    }),
    writer: null,
    link,
    joinBounds: new RedisJoinLimiter(commands, keys, options.joinLimits, options.now),
    localFile: join(options.dataDir, 'peerloom-local.sqlite'),
    close: async () => {
      await link.close();
      await documents.settled();
      for (const connection of [commands, reader, subscriber]) connection.disconnect();
    },
  };
}
