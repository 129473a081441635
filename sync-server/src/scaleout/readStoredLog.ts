import type { Redis } from 'ioredis';
import type { RedisKeys } from './RedisKeys.ts';

/** A log entry as read back: its stream id, and its fields (`u`, `o`, `r`) as bytes. */
export interface LogEntry {
  id: string;
  fields: Map<string, Buffer>;
}

/** A document's checkpoint and log as one atomic read (a compaction never falls between the two). */
export interface StoredLog {
  checkpoint: Uint8Array | null;
  /** The last log id the checkpoint holds; entries up to it are in the checkpoint too. */
  checkpointLast: string;
  /** Log entries past the checkpoint, oldest first. */
  entries: LogEntry[];
  owners: Map<number, string>;
}

/** Stream ids (`ms-seq`) in order: whether `a` comes strictly after `b`. */
export function isAfter(a: string, b: string): boolean {
  const [aMs = 0, aSeq = 0] = a.split('-').map(Number);
  const [bMs = 0, bSeq = 0] = b.split('-').map(Number);
  return aMs > bMs || (aMs === bMs && aSeq > bSeq);
}

/** Turns the raw `[id, [field, value, …]]` pairs of XRANGE/XREAD (as buffers) into entries. */
export function toEntries(raw: readonly [Buffer, Buffer[]][]): LogEntry[] {
  return raw.map(([id, values]) => {
    const fields = new Map<string, Buffer>();
    for (let index = 0; index + 1 < values.length; index += 2) {
      fields.set(String(values[index]), values[index + 1] as Buffer);
    }
    return { id: String(id), fields };
  });
}

/** Reads a document's checkpoint, log and client owners in one MULTI. */
export async function readStoredLog(redis: Redis, keys: RedisKeys, docName: string): Promise<StoredLog> {
  const replies = await redis
    .multi()
    .hgetallBuffer(keys.checkpoint(docName))
    .xrangeBuffer(keys.log(docName), '-', '+')
    .hgetall(keys.owners(docName))
    .exec();
  if (!replies) throw new Error('redis transaction aborted');
  for (const [error] of replies) if (error) throw error;
  const checkpoint = (replies[0]?.[1] ?? {}) as Record<string, Buffer>;
  const raw = (replies[1]?.[1] ?? []) as [Buffer, Buffer[]][];
  const owners = (replies[2]?.[1] ?? {}) as Record<string, string>;
  const checkpointLast = checkpoint.last ? String(checkpoint.last) : '0-0';
  return {
    checkpoint: checkpoint.data ? new Uint8Array(checkpoint.data) : null,
    checkpointLast,
    entries: toEntries(raw).filter((entry) => isAfter(entry.id, checkpointLast)),
    owners: new Map(Object.entries(owners).map(([client, owner]) => [Number(client), owner])),
  };
}
