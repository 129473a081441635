import { resolve } from 'node:path';
import { createRelay } from './createRelay.ts';
import { ForwardTrace } from './observability/ForwardTrace.ts';
import { WARM_UP_STOPPED, warmUpRelay } from './warmUp/warmUpRelay.ts';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';
const dataDir = resolve(process.env.DATA_DIR ?? 'data');
const staticDir = resolve(process.env.STATIC_DIR ?? 'apps/web/dist');

const publicUrl = process.env.PUBLIC_URL?.trim() || undefined;
if (publicUrl && !URL.canParse(publicUrl)) {
  process.stderr.write(`PUBLIC_URL is not a URL: ${publicUrl} (expected e.g. http://192.168.1.20:8080)\n`);
  process.exit(2);
}

const allowedOrigins = (process.env.ALLOWED_ORIGINS ?? '')
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);
const tokenTtlSeconds = Number(process.env.TOKEN_TTL_SECONDS ?? 12 * 60 * 60);
const durableWaitMs = Number(process.env.DURABLE_WAIT_MS ?? 200);
const syncEveryMs = Number(process.env.SYNC_EVERY_MS ?? 500);
// Benchmarks only (bench:relay compares both): participants' room writes go unchecked.
const guardWrites = process.env.PEERLOOM_BENCH_UNGUARDED !== '1';
if (!guardWrites)
  process.stderr.write('PEERLOOM_BENCH_UNGUARDED=1: the write guard is OFF (benchmarks only)\n');
const relay = await createRelay({
  port,
  host,
  dataDir,
  staticDir,
  allowedOrigins,
  tokenTtlMs: tokenTtlSeconds * 1000,
  publicUrl,
  forwardTrace: ForwardTrace.fromEnvironment(),
  guardWrites,
  maxDurableWaitMs: durableWaitMs,
  syncEveryMs,
  redisUrl: process.env.REDIS_URL?.trim() || undefined,
  redisPrefix: process.env.REDIS_PREFIX?.trim() || undefined,
  tokenSecret: process.env.TOKEN_SECRET?.trim() || undefined,
});
const { joinBaseUrl, reachableFromOtherDevices, venueUrls } = relay.config;
const lines = [
  `Peerloom relay listening on port ${relay.port} (data: ${dataDir})`,
  `  Facilitator: open ${joinBaseUrl}/ and create a session`,
  `  Participants join at: ${joinBaseUrl}/j/<CODE>`,
  ...venueUrls.filter((url) => url !== joinBaseUrl).map((url) => `  Also on the venue network: ${url}/`),
  ...(reachableFromOtherDevices
    ? []
    : [
        '  Warning: this address only works on this machine; phones cannot open it.',
        '  Connect to the venue network, or set PUBLIC_URL=http://ADDRESS:PORT (see README).',
      ]),
];
process.stdout.write(`${lines.join('\n')}\n`);
process.stdout.write(
  `${JSON.stringify({ event: 'listening', port: relay.port, url: joinBaseUrl, reachableFromOtherDevices })}\n`,
);

// After listening, so that devices reconnecting to a restarted relay get in at once; the first one to arrive stops
// it (their own traffic warms the code from then on), and so does a stop. PEERLOOM_WARM_UP=0 skips it (tests that
// restart relays).
const stopWarmUp = new AbortController();
let warmingUp: Promise<void> = Promise.resolve();
if (process.env.PEERLOOM_WARM_UP !== '0') {
  relay.server.once('upgrade', () => stopWarmUp.abort());
  const startedAt = performance.now();
  warmingUp = warmUpRelay({ signal: stopWarmUp.signal }).then(
    (warmUp) => {
      process.stdout.write(`${JSON.stringify({ event: 'warmed_up', ...warmUp })}\n`);
    },
    (error: unknown) => {
      if (error instanceof Error && error.message === WARM_UP_STOPPED) {
        const ms = Math.round(performance.now() - startedAt);
        process.stdout.write(`${JSON.stringify({ event: 'warm_up_stopped', ms })}\n`);
      } else process.stderr.write(`Relay warm-up skipped: ${String(error)}\n`);
    },
  );
}

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`${JSON.stringify({ event: 'stopping', signal })}\n`);
  // The warm-up removes its scratch relay and folder once stopped.
  stopWarmUp.abort();
  warmingUp
    .then(() => relay.close())
    .then(
      () => process.exit(0),
      () => process.exit(1),
    );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
