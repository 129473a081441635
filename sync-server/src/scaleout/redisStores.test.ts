import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createRelay, type Relay } from '../createRelay.ts';
import { createLogger } from '../observability/createLogger.ts';
import { type RedisServer, startRedisServer } from '../test/redisServer.ts';
import { compactRedisLog } from './compactRedisLog.ts';
import { connectRedis } from './connectRedis.ts';
import { RedisDocumentStore } from './RedisDocumentStore.ts';
import { RedisKeys } from './RedisKeys.ts';
import { RedisSessionDirectory } from './RedisSessionDirectory.ts';

describe('Redis adapters', () => {
  let server: RedisServer;
  let redis: Redis;
  beforeAll(async () => {
    server = await startRedisServer();
    redis = await connectRedis(server.url, { name: 'test' });
  });
  afterAll(async () => {
    redis?.disconnect();
    await server?.destroy();
  });

  it('compacts a document log into a checkpoint and a trimmed stream that load the same state', async () => {
    const keys = new RedisKeys('compact:');
    const store = new RedisDocumentStore(redis, keys, 'relay-a');
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const text = doc.getText('notes');
    for (let index = 0; index < 50; index++) {
      text.insert(text.length, `line ${index}\n`);
      if (index % 4 === 0) text.delete(0, 2);
    }
    await store.commit(updates.map((data) => ({ docName: 's/room', data })));
    await store.commit([{ docName: 's/room', owners: [[doc.clientID, '*facilitator']] }]);
    expect(await redis.xlen(keys.log('s/room'))).toBe(updates.length + 1);

    // Entries younger than a minute stay in the stream: compact as if an hour had passed.
    expect(await compactRedisLog(redis, keys, 's/room', Date.now() + 3_600_000)).toBe(true);
    expect(await redis.xlen(keys.log('s/room'))).toBe(0);
    const loaded = await store.load('s/room');
    expect(loaded.updates).toHaveLength(1);
    expect(loaded.owners.get(doc.clientID)).toBe('*facilitator');
    const reloaded = new Y.Doc();
    for (const update of loaded.updates) Y.applyUpdate(reloaded, update);
    expect(reloaded.getText('notes').toString()).toBe(text.toString());

    // Written after the checkpoint: loaded after it; an older checkpoint never replaces a newer one.
    text.insert(0, 'late ');
    await store.commit([{ docName: 's/room', data: updates.at(-1) as Uint8Array }]);
    const again = await store.load('s/room');
    expect(again.updates).toHaveLength(2);
    expect(await store.listDocuments('s')).toEqual(['s/room']);
  });

  it('gives an open session’s code to no other session, and a closed one’s code to a new session', async () => {
    const directory = new RedisSessionDirectory(redis, new RedisKeys('directory:'), async () => {});
    const row = (id: string) => ({
      id,
      code: 'ABCDEF',
      title: id,
      language: 'en',
      facilitatorKeyHash: 'hash',
      createdAt: 1,
    });
    await directory.createSession(row('first'));
    await expect(directory.createSession(row('second'))).rejects.toThrow(/taken/);
    expect((await directory.getSessionByCode('ABCDEF'))?.id).toBe('first');
    await directory.closeSession('first', 5);
    expect((await directory.getSessionById('first'))?.closedAt).toBe(5);
    await directory.createSession(row('second'));
    expect((await directory.getSessionByCode('ABCDEF'))?.id).toBe('second');
    await directory.addParticipant('second', 'p2', 20);
    await directory.addParticipant('second', 'p1', 10);
    await directory.addParticipant('second', 'p1', 30);
    expect(await directory.listParticipants('second')).toEqual(['p1', 'p2']);
    expect(await directory.hasParticipant('second', 'p1')).toBe(true);
    expect(await directory.claimSetting('token-secret', 'one')).toBe('one');
    expect(await directory.claimSetting('token-secret', 'two')).toBe('one');
  });

  it('holds the join bounds across relays: a code’s budget spent on one relay is spent on the other', async () => {
    const folders = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'peerloom-bounds-')));
    const relays: Relay[] = [];
    try {
      for (const dataDir of folders) {
        relays.push(
          await createRelay({
            dataDir,
            host: '127.0.0.1',
            redisUrl: server.url,
            redisPrefix: 'bounds:',
            logger: createLogger('silent'),
            joinLimits: { perCodeBurst: 4, perCodePerSecond: 0.001 },
          }),
        );
      }
      const [first, second] = relays as [Relay, Relay];
      const post = async (relay: Relay, path: string, body: unknown) => {
        const response = await fetch(`${relay.url}${path}`, { method: 'POST', body: JSON.stringify(body) });
        return { status: response.status, body: (await response.json()) as Record<string, string> };
      };
      const created = await post(first, '/api/sessions', { title: 'Bounds' });
      const statuses: number[] = [];
      for (const relay of [first, second, first, second, second, first]) {
        statuses.push((await post(relay, '/api/join', { code: created.body.code, name: 'P' })).status);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    } finally {
      for (const relay of relays) await relay.close();
      for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    }
  });
});
