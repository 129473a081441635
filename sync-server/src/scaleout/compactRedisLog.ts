import type { Redis } from 'ioredis';
import * as Y from 'yjs';
import type { RedisKeys } from './RedisKeys.ts';
import { isAfter, readStoredLog } from './readStoredLog.ts';

/**
 * Log entries younger than this stay in the stream after a compaction, so a relay that follows the log and was
 * a moment behind still reads them (`RedisRoomLink`); older ones are in the checkpoint only.
 */
const KEEP_RECENT_MS = 60_000;

// Replaces the checkpoint only with a newer one (two relays may compact the same document), then trims the log.
const WRITE_CHECKPOINT = `
local last = redis.call('HGET', KEYS[1], 'last')
if last then
  local lastMs, lastSeq = string.match(last, '(%d+)-(%d+)')
  local newMs, newSeq = string.match(ARGV[2], '(%d+)-(%d+)')
  if tonumber(lastMs) > tonumber(newMs) or (lastMs == newMs and tonumber(lastSeq) >= tonumber(newSeq)) then
    return 0
  end
end
redis.call('HSET', KEYS[1], 'data', ARGV[1], 'last', ARGV[2])
redis.call('XTRIM', KEYS[2], 'MINID', ARGV[3])
return 1
`;

/** The stream id right after `id`: XTRIM MINID keeps ids at or above it. */
function nextId(id: string): string {
  const [ms = '0', seq = '0'] = id.split('-');
  return `${ms}-${Number(seq) + 1}`;
}

/**
 * Compacts a document's log: its checkpoint and every entry are merged (through a Y.Doc, so deleted content is
 * dropped) into a new checkpoint holding everything up to the last entry read, and the log is trimmed to the
 * entries after it or younger than a minute. Owner bindings are kept apart (`owners` hash), never compacted.
 */
export async function compactRedisLog(redis: Redis, keys: RedisKeys, docName: string, now: number) {
  const stored = await readStoredLog(redis, keys, docName);
  const last = stored.entries.at(-1)?.id;
  if (!last || stored.entries.length < 2) return false;
  const doc = new Y.Doc();
  doc.transact(() => {
    if (stored.checkpoint) Y.applyUpdate(doc, stored.checkpoint);
    for (const entry of stored.entries) {
      const update = entry.fields.get('u');
      if (update) Y.applyUpdate(doc, update);
    }
  });
  const checkpoint = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  const recent = `${Math.max(0, now - KEEP_RECENT_MS)}-0`;
  const trimBefore = isAfter(nextId(last), recent) ? recent : nextId(last);
  const written = await redis.eval(
    WRITE_CHECKPOINT,
    2,
    keys.checkpoint(docName),
    keys.log(docName),
    Buffer.from(checkpoint),
    last,
    trimBefore,
  );
  return written === 1;
}
