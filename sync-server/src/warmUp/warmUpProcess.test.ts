import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import WebSocket from 'ws';
import { RELAY_PROCESS_TEST_TIMEOUT_MS, type RelayChild, spawnRelay } from '../test/relayProcess.ts';

async function withRelay(run: (relay: RelayChild) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'peerloom-warm-up-process-'));
  const relay = await spawnRelay(dataDir, 0, RELAY_PROCESS_TEST_TIMEOUT_MS - 10_000, {
    PEERLOOM_WARM_UP: '1',
  });
  try {
    await run(relay);
  } finally {
    relay.process.kill('SIGTERM');
    await relay.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

it(
  'the relay process listens first, then warms up, and serves afterwards',
  async () => {
    await withRelay(async (relay) => {
      const lines = relay.output().split('\n');
      expect(lines.some((line) => line.includes('"event":"listening"'))).toBe(true);
      expect(lines.some((line) => line.includes('"event":"warmed_up"'))).toBe(false);
      const report = JSON.parse(await relay.lineWith('"event":"warmed_up"')) as {
        keystrokes: number;
        delivered: number;
      };
      expect(report.delivered).toBe(report.keystrokes * 4);
      const created = await fetch(`${relay.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'After the warm-up' }),
      });
      expect(created.status).toBe(201);
    });
  },
  RELAY_PROCESS_TEST_TIMEOUT_MS,
);

it(
  'a device arriving during the warm-up stops it and is served at once',
  async () => {
    await withRelay(async (relay) => {
      const created = await fetch(`${relay.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Early device' }),
      });
      const session = (await created.json()) as { sessionId: string; facilitatorKey: string };
      const socket = new WebSocket(
        `${relay.url.replace('http', 'ws')}/sync/${session.sessionId}/control?key=${session.facilitatorKey}`,
      );
      try {
        await new Promise<void>((resolve, reject) => {
          socket.once('message', () => resolve());
          socket.once('error', reject);
        });
        const ended = await Promise.race([
          relay.lineWith('"event":"warm_up_stopped"'),
          relay.lineWith('"event":"warmed_up"'),
        ]);
        expect(ended).toContain('"event":"warm_up_stopped"');
      } finally {
        socket.terminate();
      }
    });
  },
  RELAY_PROCESS_TEST_TIMEOUT_MS,
);
