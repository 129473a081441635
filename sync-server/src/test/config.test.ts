import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type RelayFixture, startRelay } from './relayFixture.ts';
import { RELAY_PROCESS_TEST_TIMEOUT_MS, spawnRelay } from './relayProcess.ts';

async function getConfig(baseUrl: string) {
  const response = await fetch(`${baseUrl}/api/config`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('GET /api/config: where phones should open the app', () => {
  let fixture: RelayFixture | null = null;
  afterEach(async () => {
    await fixture?.cleanup();
    fixture = null;
  });

  it('answers PUBLIC_URL when it is set', async () => {
    fixture = await startRelay({
      publicUrl: 'https://peerloom.example.org/',
      venueAddresses: ['192.168.1.20'],
    });
    const config = await getConfig(fixture.relay.url);
    expect(config.status).toBe(200);
    expect(config.body).toMatchObject({
      joinBaseUrl: 'https://peerloom.example.org',
      reachableFromOtherDevices: true,
      source: 'public-url',
    });
  });

  it('without PUBLIC_URL, answers the venue-network address of a relay listening on every interface', async () => {
    fixture = await startRelay({ host: '0.0.0.0', venueAddresses: ['192.168.1.20', '10.0.0.5'] });
    const { body } = await getConfig(fixture.relay.url);
    const port = fixture.relay.port;
    expect(body).toEqual({
      joinBaseUrl: `http://192.168.1.20:${port}`,
      reachableFromOtherDevices: true,
      source: 'venue-network',
      venueUrls: [`http://192.168.1.20:${port}`, `http://10.0.0.5:${port}`],
    });
  });

  it('says the link only works on this machine when no other device can reach the relay', async () => {
    fixture = await startRelay({ host: '127.0.0.1', venueAddresses: ['192.168.1.20'] });
    const { body } = await getConfig(fixture.relay.url);
    expect(body).toMatchObject({
      joinBaseUrl: `http://localhost:${fixture.relay.port}`,
      reachableFromOtherDevices: false,
      source: 'this-machine',
      venueUrls: [],
    });
  });

  it(
    'the relay started from the command line serves the PUBLIC_URL of its environment',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'peerloom-config-'));
      const relay = await spawnRelay(dataDir, 0, 20_000, { PUBLIC_URL: 'http://peerloom.test:9999' });
      try {
        const { body } = await getConfig(relay.url);
        expect(body).toMatchObject({
          joinBaseUrl: 'http://peerloom.test:9999',
          reachableFromOtherDevices: true,
        });
      } finally {
        relay.process.kill('SIGTERM');
        await relay.exited;
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    RELAY_PROCESS_TEST_TIMEOUT_MS,
  );
});
