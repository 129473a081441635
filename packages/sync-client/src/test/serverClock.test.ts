import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, createRelay } from '@peerloom/sync-server';
import { describe, expect, it } from 'vitest';
import { createServerClock } from '../createServerClock.ts';

describe('server clock', () => {
  it('shows server time on a device whose clock is an hour and a half wrong', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'peerloom-clock-'));
    const relay = await createRelay({ dataDir, host: '127.0.0.1', logger: createLogger('silent') });
    try {
      const wrongDevice = () => Date.now() - 90 * 60_000;
      const clock = createServerClock({ timeUrl: `${relay.url}/api/time`, deviceNow: wrongDevice });
      expect(clock.now() - Date.now()).toBeLessThan(-80 * 60_000);
      const offset = await clock.sync();
      expect(offset).not.toBeNull();
      expect(Math.abs(clock.now() - Date.now())).toBeLessThan(250);
    } finally {
      await relay.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('keeps the last offset when the relay cannot be reached', async () => {
    const clock = createServerClock({ timeUrl: 'http://127.0.0.1:9/api/time', samples: 1 });
    expect(await clock.sync()).toBeNull();
    expect(clock.offsetMs).toBe(0);
  });
});
