import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRandom, seedFromEnvironment } from '@peerloom/test-kit';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { listenForAcks } from './ackListener.ts';
import { RELAY_PROCESS_TEST_TIMEOUT_MS, type RelayChild, spawnRelay } from './relayProcess.ts';
import { connectStockClient, postJson } from './stockClient.ts';

function connect(relay: RelayChild, sessionId: string, key: string) {
  const client = connectStockClient(relay.port, `${sessionId}/room`, { key, ack: '1' });
  return { ...client, acks: listenForAcks(client.provider) };
}

async function kill(relay: RelayChild) {
  relay.process.kill('SIGKILL');
  await relay.exited;
}

describe('acknowledged updates survive SIGKILL of the relay process', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  async function setup(env: Record<string, string> = {}) {
    const dataDir = mkdtempSync(join(tmpdir(), 'peerloom-kill-'));
    let relay = await spawnRelay(dataDir, 0, undefined, env);
    cleanups.push(() => {
      relay.process.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    });
    const session = await postJson<{ sessionId: string; code: string; facilitatorKey: string }>(
      `${relay.url}/api/sessions`,
      { title: 'Kill' },
    );
    // The facilitator writes: a participant may only write its own keys in room.
    const key = session.facilitatorKey;
    const restart = async () => {
      relay = await spawnRelay(dataDir, 0, undefined, env);
      return relay;
    };
    return { relay, session, key, restart };
  }

  async function readBack(relay: RelayChild, sessionId: string, key: string) {
    const reader = connect(relay, sessionId, key);
    cleanups.push(() => reader.provider.destroy());
    await reader.synced;
    return reader.doc.getMap<number>('log');
  }

  it(
    'keeps every acknowledged update after a kill right after the acknowledgement',
    async () => {
      const { relay, session, key, restart } = await setup();
      const writer = connect(relay, session.sessionId, key);
      cleanups.push(() => writer.provider.destroy());
      await writer.synced;
      const log = writer.doc.getMap<number>('log');
      for (let index = 0; index < 50; index++) log.set(`entry-${index}`, index);
      await writer.acks.until(writer.doc.clientID, 50);
      writer.provider.disconnect();
      await kill(relay);

      const restarted = await restart();
      const stored = await readBack(restarted, session.sessionId, key);
      expect(stored.size).toBe(50);
    },
    RELAY_PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'keeps a write it gave other devices before its fsync: a commit is in the operating system before it is forwarded',
    async () => {
      // The relay's first commit syncs; then none for ten minutes: the next write is stored (committed without
      // fsync), forwarded, and not acknowledged.
      const { relay, session, key, restart } = await setup({ SYNC_EVERY_MS: '600000' });
      const writer = connect(relay, session.sessionId, key);
      const other = connect(relay, session.sessionId, key);
      cleanups.push(() => writer.provider.destroy());
      cleanups.push(() => other.provider.destroy());
      await Promise.all([writer.synced, other.synced]);
      writer.doc.getMap<number>('log').set('synced', 1);
      await writer.acks.until(writer.doc.clientID, 1);
      writer.doc.getMap<number>('log').set('forwarded', 2);
      const otherLog = other.doc.getMap<number>('log');
      await new Promise<void>((resolve) => {
        const check = () => {
          if (!otherLog.has('forwarded')) return;
          other.doc.off('update', check);
          resolve();
        };
        other.doc.on('update', check);
        check();
      });
      expect(writer.acks.durable.get(writer.doc.clientID)).toBe(1);
      writer.provider.disconnect();
      other.provider.disconnect();
      await kill(relay);

      const restarted = await restart();
      const stored = await readBack(restarted, session.sessionId, key);
      expect(stored.toJSON()).toEqual({ synced: 1, forwarded: 2 });
    },
    RELAY_PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'keeps every acknowledged update when killed at random moments during a write burst',
    async () => {
      const seed = seedFromEnvironment();
      const random = createRandom(seed);
      const { relay: first, session, key, restart } = await setup();
      let relay = first;
      for (let round = 0; round < 3; round++) {
        const writer = connect(relay, session.sessionId, key);
        cleanups.push(() => writer.provider.destroy());
        await writer.synced;
        const log = writer.doc.getMap<number>('log');
        const killAfterMs = random.integer(200);
        const burst = setInterval(() => {
          writer.doc.transact(() => {
            for (let index = 0; index < 5; index++) log.set(`r${round}-${log.size}`, log.size);
          });
        }, 2);
        await writer.acks.until(writer.doc.clientID, 1);
        await new Promise((resolve) => setTimeout(resolve, killAfterMs));
        const acknowledged = writer.acks.durable.get(writer.doc.clientID) ?? 0;
        await kill(relay);
        clearInterval(burst);
        writer.provider.destroy();

        relay = await restart();
        const reader = connect(relay, session.sessionId, key);
        cleanups.push(() => reader.provider.destroy());
        await reader.synced;
        const stored = Y.decodeStateVector(Y.encodeStateVector(reader.doc)).get(writer.doc.clientID) ?? 0;
        expect(
          stored,
          `round ${round}, kill after ${killAfterMs} ms; rerun with SEED=${seed}`,
        ).toBeGreaterThanOrEqual(acknowledged);
        expect(
          acknowledged,
          `round ${round} wrote nothing durable before the kill (SEED=${seed})`,
        ).toBeGreaterThan(0);
      }
    },
    RELAY_PROCESS_TEST_TIMEOUT_MS,
  );
});
