import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RELAY_PROCESS_TEST_TIMEOUT_MS, type RelayChild, spawnRelay } from './relayProcess.ts';
import { connectStockClient, postJson } from './stockClient.ts';

describe('SIGTERM', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it(
    'flushes pending commits, closes sockets with a reconnect code, and clients resync after the restart',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'peerloom-term-'));
      let relay: RelayChild = await spawnRelay(dataDir);
      cleanups.push(() => {
        relay.process.kill('SIGKILL');
        rmSync(dataDir, { recursive: true, force: true });
      });
      const session = await postJson<{ sessionId: string; code: string; facilitatorKey: string }>(
        `${relay.url}/api/sessions`,
        { title: 'T' },
      );
      // Written as the facilitator: a participant may only write its own keys in room.
      const key = session.facilitatorKey;
      const { doc, provider, synced } = connectStockClient(
        relay.port,
        `${session.sessionId}/room`,
        { key },
        300,
      );
      cleanups.push(() => provider.destroy());
      await synced;
      const closeCode = new Promise<number | undefined>((resolve) =>
        provider.once('connection-close', (event) => resolve(event?.code)),
      );

      for (let index = 0; index < 20; index++) doc.getMap('log').set(`k${index}`, index);
      relay.process.kill('SIGTERM');
      expect(await relay.exited).toBe(0);
      expect(await closeCode).toBe(1012);
      expect(provider.shouldConnect).toBe(true);

      doc.getMap('log').set('while-down', true);
      relay = await spawnRelay(dataDir, relay.port);
      await new Promise<void>((resolve) => provider.once('sync', () => resolve()));

      const { doc: reader, provider: check } = connectStockClient(relay.port, `${session.sessionId}/room`, {
        key,
      });
      cleanups.push(() => check.destroy());
      const deadline = Date.now() + 5000;
      while (reader.getMap('log').size < 21 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(reader.getMap('log').size).toBe(21);
    },
    RELAY_PROCESS_TEST_TIMEOUT_MS,
  );
});
