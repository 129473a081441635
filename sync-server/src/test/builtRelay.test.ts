import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { RELAY_PROCESS_TEST_TIMEOUT_MS, spawnRelay } from './relayProcess.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

it(
  'the relay `npm start` builds runs on plain node: it warms up (storage thread, sockets, guard), listens and serves',
  async () => {
    // From nothing: a file the build stopped writing must not linger from an earlier build.
    rmSync(join(repoRoot, 'sync-server/dist'), { recursive: true, force: true });
    await promisify(execFile)('npm', ['run', '--silent', 'build:relay'], { cwd: repoRoot });
    const dataDir = mkdtempSync(join(tmpdir(), 'peerloom-built-relay-'));
    const relay = await spawnRelay(
      dataDir,
      0,
      RELAY_PROCESS_TEST_TIMEOUT_MS - 20_000,
      { PEERLOOM_WARM_UP: '1' },
      ['sync-server/dist/main.js'],
    );
    try {
      // It warms up once it listens.
      const warmedUp = await relay.lineWith('"event":"warmed_up"');
      const output = relay.output();
      expect(output).not.toContain('tsx');
      const report = JSON.parse(warmedUp) as { keystrokes?: number; delivered?: number };
      expect(report.keystrokes).toBeGreaterThan(0);
      expect(report.delivered).toBe((report.keystrokes ?? 0) * 4);
      expect(output).toContain('Participants join at:');
      const created = await fetch(`${relay.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Built relay' }),
      });
      expect(created.status).toBe(201);
      relay.process.kill('SIGTERM');
      expect(await relay.exited).toBe(0);
    } finally {
      relay.process.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
  RELAY_PROCESS_TEST_TIMEOUT_MS,
);
