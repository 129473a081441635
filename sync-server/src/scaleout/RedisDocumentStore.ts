import type { Redis } from 'ioredis';
import type { DocumentStore, StoredDocument } from '../storage/DocumentStore.ts';
import type { StorageWrite } from '../storage/StorageWriter.ts';
import { compactRedisLog } from './compactRedisLog.ts';
import type { RedisKeys } from './RedisKeys.ts';
import { readStoredLog } from './readStoredLog.ts';

/**
 * Document logs in Redis Streams, shared by every relay. A commit is one MULTI (XADD per update and per owner
 * binding, tagged with this relay's id so its own reader skips them); it resolves once Redis replied, which with
 * `appendfsync always` means on disk. Compactions run after their commit, one at a time, off the commit path.
 */
export class RedisDocumentStore implements DocumentStore {
  private compactions: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly relayId: string,
    private readonly onCompactionError: (error: unknown) => void = () => {},
  ) {}

  async load(docName: string): Promise<StoredDocument> {
    const stored = await readStoredLog(this.redis, this.keys, docName);
    const updates: Uint8Array[] = stored.checkpoint ? [stored.checkpoint] : [];
    for (const entry of stored.entries) {
      const update = entry.fields.get('u');
      if (update) updates.push(new Uint8Array(update.buffer, update.byteOffset, update.byteLength));
    }
    return { updates, owners: stored.owners, position: stored.entries.at(-1)?.id ?? stored.checkpointLast };
  }

  async commit(writes: readonly StorageWrite[]): Promise<number> {
    const started = performance.now();
    const transaction = this.redis.multi();
    const compact: string[] = [];
    const sessions = new Map<string, Set<string>>();
    for (const write of writes) {
      if (write.compact) {
        compact.push(write.docName);
        continue;
      }
      const sessionId = write.docName.split('/')[0] ?? '';
      sessions.set(sessionId, (sessions.get(sessionId) ?? new Set()).add(write.docName));
      const log = this.keys.log(write.docName);
      if (write.owners) {
        if (write.owners.length === 0) continue;
        for (const [client, owner] of write.owners) {
          transaction.hsetnx(this.keys.owners(write.docName), String(client), owner);
        }
        transaction.xadd(log, '*', 'o', JSON.stringify(write.owners), 'r', this.relayId);
      } else {
        const data = Buffer.from(write.data.buffer, write.data.byteOffset, write.data.byteLength);
        transaction.xadd(log, '*', 'u', data, 'r', this.relayId);
      }
    }
    for (const [sessionId, names] of sessions) transaction.sadd(this.keys.documents(sessionId), ...names);
    const replies = await transaction.exec();
    if (!replies) throw new Error('redis transaction aborted');
    for (const [error] of replies) if (error) throw error;
    for (const docName of compact) this.compactLater(docName);
    return performance.now() - started;
  }

  async listDocuments(sessionId: string): Promise<string[]> {
    return (await this.redis.smembers(this.keys.documents(sessionId))).sort();
  }

  /** Resolves once the compactions asked for so far have run. */
  async settled(): Promise<void> {
    await this.compactions;
  }

  private compactLater(docName: string) {
    this.compactions = this.compactions
      .then(() => compactRedisLog(this.redis, this.keys, docName, Date.now()))
      .catch(this.onCompactionError);
  }
}
