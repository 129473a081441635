import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { RELAY_PROCESS_TEST_TIMEOUT_MS, spawnRelay } from '../test/relayProcess.ts';

it(
  'the relay process warms up before it opens its port, and serves afterwards',
  async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'peerloom-warm-up-process-'));
    const relay = await spawnRelay(dataDir, 0, RELAY_PROCESS_TEST_TIMEOUT_MS - 10_000, {
      PEERLOOM_WARM_UP: '1',
    });
    try {
      const lines = relay.output().split('\n');
      const warmedUp = lines.findIndex((line) => line.includes('"event":"warmed_up"'));
      expect(warmedUp).toBeGreaterThanOrEqual(0);
      expect(warmedUp).toBeLessThan(lines.findIndex((line) => line.includes('"event":"listening"')));
      const report = JSON.parse(lines[warmedUp] ?? '{}') as { keystrokes: number; delivered: number };
      expect(report.delivered).toBe(report.keystrokes * 4);
      const created = await fetch(`${relay.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'After the warm-up' }),
      });
      expect(created.status).toBe(201);
    } finally {
      relay.process.kill('SIGTERM');
      await relay.exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
  RELAY_PROCESS_TEST_TIMEOUT_MS,
);
