import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { RELAY_PROCESS_TEST_TIMEOUT_MS, type RelayChild, spawnRelay } from './relayProcess.ts';
import { connectStockClient, postJson } from './stockClient.ts';

/** Resolves once `ready()` holds, checked at each change of `doc`. */
function waitFor(doc: Y.Doc, ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (ready()) return resolve();
    const check = () => {
      if (!ready()) return;
      doc.off('update', check);
      resolve();
    };
    doc.on('update', check);
  });
}

async function writesNotDurable(relay: RelayChild): Promise<number> {
  const text = await (await fetch(`${relay.url}/metrics`)).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith('peerloom_writes_not_durable '));
  return Number(line?.split(' ')[1] ?? 0);
}

describe('a relay killed before it committed a write it had received', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  });

  it(
    'never gave that write to another device, so every honest device syncs after the restart and nothing is lost',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'peerloom-crash-'));
      // However long the commit waits, no device gets the write before it (the default forwards after 200 ms).
      const noOverdue = { DURABLE_WAIT_MS: '600000' };
      let relay = await spawnRelay(dataDir, 0, undefined, noOverdue);
      cleanups.push(() => {
        relay.process.kill('SIGKILL');
        rmSync(dataDir, { recursive: true, force: true });
      });
      const port = relay.port;
      const session = await postJson<{ sessionId: string; code: string; facilitatorKey: string }>(
        `${relay.url}/api/sessions`,
        { title: 'Crash' },
      );
      const joinAs = (name: string) =>
        postJson<{ token: string; participantId: string }>(`${relay.url}/api/join`, {
          code: session.code,
          name,
        });
      const device = (token: string) => {
        const client = connectStockClient(port, `${session.sessionId}/room`, { token }, 200);
        cleanups.push(() => client.provider.destroy());
        const closeCodes: number[] = [];
        client.provider.on('connection-close', (event) => {
          if (event) closeCodes.push(event.code);
        });
        return { ...client, closeCodes, answers: client.doc.getMap<string>('answers') };
      };
      const ada = { ...(await joinAs('Ada')) };
      const bob = { ...(await joinAs('Bob')) };
      const adaDevice = device(ada.token);
      const bobDevice = device(bob.token);
      await Promise.all([adaDevice.synced, bobDevice.synced]);

      adaDevice.answers.set(`first/${ada.participantId}`, 'durable');
      await waitFor(bobDevice.doc, () => bobDevice.answers.has(`first/${ada.participantId}`));

      // Another SQLite connection holds the write lock: the relay receives Ada's next answer and cannot commit it.
      const blocker = new Database(join(dataDir, 'peerloom.sqlite'));
      cleanups.push(() => blocker.close());
      blocker.exec('BEGIN IMMEDIATE');
      adaDevice.answers.set(`second/${ada.participantId}`, 'written just before the crash');
      while ((await writesNotDurable(relay)) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      adaDevice.provider.disconnect();
      relay.process.kill('SIGKILL');
      await relay.exited;
      blocker.exec('ROLLBACK');
      expect(bobDevice.answers.has(`second/${ada.participantId}`)).toBe(false);

      relay = await spawnRelay(dataDir, port, undefined, noOverdue);
      // Bob's device reconnects by itself and resyncs; then it writes, and a fresh reader sees it.
      bobDevice.answers.set(`after/${bob.participantId}`, 'still syncing');
      const reader = connectStockClient(port, `${session.sessionId}/room`, { key: session.facilitatorKey });
      cleanups.push(() => reader.provider.destroy());
      const readerAnswers = reader.doc.getMap<string>('answers');
      const refused = new Promise<void>((resolve) =>
        bobDevice.provider.on('connection-close', (event) => {
          if (event?.code === 4422) resolve();
        }),
      );
      await Promise.race([
        waitFor(reader.doc, () => readerAnswers.has(`after/${bob.participantId}`)),
        refused,
      ]);
      expect(bobDevice.closeCodes).not.toContain(4422);
      expect(readerAnswers.get(`after/${bob.participantId}`)).toBe('still syncing');

      // Ada's device still holds what the crash lost, and gives it back when it reconnects.
      adaDevice.provider.connect();
      await waitFor(reader.doc, () => readerAnswers.has(`second/${ada.participantId}`));
      await waitFor(bobDevice.doc, () => bobDevice.answers.has(`second/${ada.participantId}`));
      expect(adaDevice.closeCodes).not.toContain(4422);
      expect(readerAnswers.toJSON()).toEqual({
        [`first/${ada.participantId}`]: 'durable',
        [`second/${ada.participantId}`]: 'written just before the crash',
        [`after/${bob.participantId}`]: 'still syncing',
      });
    },
    RELAY_PROCESS_TEST_TIMEOUT_MS,
  );
});
