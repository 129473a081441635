import { request } from 'node:http';
import { sleep } from './benchClock.ts';

const POLL_INTERVAL_MS = 5;

function answers(port: number, path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = request({ host: '127.0.0.1', port, path, method: 'GET', timeout: 2000 }, (response) => {
      response.resume();
      resolve(true);
    });
    probe.once('timeout', () => probe.destroy());
    probe.once('error', () => resolve(false));
    probe.end();
  });
}

/**
 * Polls `GET path` on loopback `port` until the server answers anything (connection refused until it
 * listens); resolves with the milliseconds since `since` (a `performance.now()` taken at spawn), or null
 * once `stopped()` says the process is gone.
 */
export async function waitUntilAccepting(
  port: number,
  path: string,
  since: number,
  stopped: () => boolean,
): Promise<number | null> {
  while (!stopped()) {
    if (await answers(port, path)) return performance.now() - since;
    await sleep(POLL_INTERVAL_MS);
  }
  return null;
}
