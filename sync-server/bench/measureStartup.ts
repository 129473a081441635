import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sleep } from './benchClock.ts';
import { buildRelayBundle } from './buildRelayBundle.ts';
import { findFreePort } from './findFreePort.ts';
import { readRssKb } from './measureRss.ts';
import { median } from './percentiles.ts';
import { startServerProcess } from './startServerProcess.ts';

export interface StartupVariant {
  name: string;
  /** Milliseconds from spawn to the first HTTP answer, one per run. */
  startMs: number[];
  /** The relay's own warm-up, which it runs once it listens, per run (empty: none). */
  warmUpMs: number[];
  /** VmRSS one second after it first answered, no forced GC, per run. */
  rssKb: number[];
}

interface Variant {
  name: string;
  args: string[];
  env: Record<string, string>;
  path: string;
}

function variants(repoRoot: string): Variant[] {
  const stockPackage = createRequire(join(repoRoot, 'package.json')).resolve(
    'y-websocket-stock/package.json',
  );
  return [
    {
      name: 'ours: npm start (built, warm-up)',
      args: ['sync-server/dist/main.js'],
      env: {},
      path: '/healthz',
    },
    {
      name: 'ours: built, PEERLOOM_WARM_UP=0',
      args: ['sync-server/dist/main.js'],
      env: { PEERLOOM_WARM_UP: '0' },
      path: '/healthz',
    },
    {
      name: 'ours: sources via tsx (before), warm-up',
      args: ['--import', 'tsx', 'sync-server/src/main.ts'],
      env: {},
      path: '/healthz',
    },
    {
      name: 'ours: sources via tsx, PEERLOOM_WARM_UP=0',
      args: ['--import', 'tsx', 'sync-server/src/main.ts'],
      env: { PEERLOOM_WARM_UP: '0' },
      path: '/healthz',
    },
    {
      name: 'stock y-websocket server',
      args: [join(dirname(stockPackage), 'bin', 'server.cjs')],
      env: {},
      path: '/',
    },
  ];
}

/**
 * Starts each way of running a relay `runs` times, one process at a time, and times spawn to the first HTTP
 * answer on its port (the moment a reconnecting phone gets in), with its RSS a second later.
 */
export async function measureStartup(repoRoot: string, runs: number): Promise<StartupVariant[]> {
  await buildRelayBundle(repoRoot);
  const results: StartupVariant[] = [];
  for (const variant of variants(repoRoot)) {
    const result: StartupVariant = { name: variant.name, startMs: [], warmUpMs: [], rssKb: [] };
    for (let run = 0; run < runs; run++) {
      const dataDir = mkdtempSync(join(tmpdir(), 'peerloom-start-'));
      const port = await findFreePort();
      try {
        const server = await startServerProcess({
          label: variant.name,
          args: variant.args,
          env: { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...variant.env },
          cwd: repoRoot,
          acceptProbe: { port, path: variant.path },
          portFromLine: () => port,
          timeoutMs: 60_000,
        });
        await sleep(1000);
        result.startMs.push(server.startMs ?? Number.NaN);
        result.rssKb.push(readRssKb(server.pid).rssKb);
        // Our relay warms up once it listens (stock never prints it: no wait there).
        const warmUp = variant.path === '/healthz' && !variant.env.PEERLOOM_WARM_UP;
        const warmedUp = warmUp ? await server.waitForEvent(['warmed_up'], 120_000) : null;
        if (warmedUp) result.warmUpMs.push(Number(warmedUp.ms));
        await server.stop();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
    results.push(result);
  }
  return results;
}

/** One line per variant: median start, each run's start, warm-up and RSS. */
export function formatStartup(results: StartupVariant[], loadAverage: number[]): string {
  const width = Math.max(...results.map((result) => result.name.length));
  return [
    `Start-up: spawn -> first HTTP answer on the port (median of ${results[0]?.startMs.length ?? 0} runs, one process at a time; load ${loadAverage.map((load) => load.toFixed(2)).join(' / ')})`,
    ...results.map(
      (result) =>
        `  ${result.name.padEnd(width)}  ${median(result.startMs).toFixed(0).padStart(6)} ms` +
        `  (runs ${result.startMs.map((value) => value.toFixed(0)).join(', ')}` +
        `${result.warmUpMs.length > 0 ? `; warm-up ${result.warmUpMs.map((value) => value.toFixed(0)).join(', ')}` : ''})` +
        `  RSS ${(median(result.rssKb) / 1024).toFixed(1)} MB`,
    ),
    '  (inspector on, as in the load runs; RSS 1 s after the first answer, without a forced GC, our relay warming up then)',
  ].join('\n');
}
