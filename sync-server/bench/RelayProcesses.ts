import { rmSync } from 'node:fs';
import { type RedisServer, startRedisServer } from '../src/test/redisServer.ts';
import { onProcessExit, trackChild } from './childProcesses.ts';
import { readCpuSeconds, readThreadCpuSeconds } from './measureCpu.ts';
import { type MemorySample, measureMemory, readRssKb } from './measureRss.ts';
import type { RelayTarget } from './relayTargets.ts';
import { scrapeRelayCounters } from './scrapeRelayCounters.ts';
import type { ServerLogSummary, ServerProcess } from './startServerProcess.ts';

/** The events that end our relay's warm-up (`sync-server/src/main.ts`), and how long a bench waits for one. */
const WARM_UP_ENDS = ['warmed_up', 'warm_up_stopped'] as const;
const WARM_UP_WAIT_MS = 120_000;

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * The relay processes of one bench run, measured as one relay: a single process, or (`--relays N --redis`)
 * several on one redis-server the bench starts (its own folder and free loopback port, append-only, stopped by
 * pid). CPU, memory and counters are summed over the relays; Redis's own CPU and memory are apart.
 */
export class RelayProcesses {
  private constructor(
    readonly processes: ServerProcess[],
    readonly redis: RedisServer | null,
    private readonly forgetRedisFolder: () => void,
  ) {}

  /** Starts `count` processes of `target`; with `redis`, a redis-server first and every relay on it. */
  static async start(target: RelayTarget, count: number, redis: boolean): Promise<RelayProcesses> {
    const server = redis ? await startRedisServer({ onSpawn: trackChild }) : null;
    const forgetFolder = server
      ? onProcessExit(() => rmSync(server.dir, { recursive: true, force: true }))
      : () => {};
    const started = new RelayProcesses([], server, forgetFolder);
    try {
      for (let index = 0; index < count; index++) {
        const relay = await target.start(server ? { env: { REDIS_URL: server.url } } : undefined);
        started.processes.push(relay);
        // Our relay warms up once it listens: the load starts on a warm relay, as it did when it warmed up first.
        if (target.name !== 'stock') await relay.waitForEvent(WARM_UP_ENDS, WARM_UP_WAIT_MS);
      }
    } catch (error) {
      await started.stop();
      throw error;
    }
    return started;
  }

  /** Where the bench's HTTP requests go (sessions, joins): the first relay; every relay shares the directory. */
  get port(): number {
    return this.processes[0]?.port ?? 0;
  }

  get pids(): number[] {
    return this.processes.map((relay) => relay.pid);
  }

  /** The WebSocket URL of the `index`-th connection: dealt out over the relays in turn. */
  serverUrl(index: number): string {
    const relay = this.processes[index % this.processes.length];
    return `ws://127.0.0.1:${relay?.port ?? this.port}/sync`;
  }

  /** The slowest relay's spawn to first HTTP answer (null when not timed). */
  get startMs(): number | null {
    const times = this.processes.map((relay) => relay.startMs);
    return times.some((time) => time === null) ? null : Math.max(...(times as number[]));
  }

  /** The longest warm-up (NaN: none), run by each relay once it listens. */
  get warmUpMs(): number {
    return Math.max(
      ...this.processes.map((relay) =>
        Number(WARM_UP_ENDS.map((event) => relay.startupEvents[event]?.ms).find(Boolean) ?? Number.NaN),
      ),
    );
  }

  /** Log lines of every relay, counted together. */
  get log(): ServerLogSummary {
    const merged: ServerLogSummary = { byLevel: {}, samples: [] };
    for (const { log } of this.processes) {
      for (const [level, count] of Object.entries(log.byLevel))
        merged.byLevel[level] = (merged.byLevel[level] ?? 0) + count;
      merged.samples.push(...log.samples);
    }
    return merged;
  }

  cpuSeconds(): number {
    return sum(this.pids.map(readCpuSeconds));
  }

  /** The relays' main threads and other threads, summed, and each other thread's own (by `pid/tid`). */
  threadCpuSeconds(): { main: number; others: number; threads: Map<string, number> } {
    const each = this.pids.map(readThreadCpuSeconds);
    return {
      main: sum(each.map((process) => process.main)),
      others: sum(each.map((process) => process.others)),
      threads: new Map(each.flatMap((process) => [...process.threads])),
    };
  }

  /** Redis's CPU seconds so far (0 without Redis). */
  redisCpuSeconds(): number {
    const pid = this.redis?.pid();
    return pid ? readCpuSeconds(pid) : 0;
  }

  /** Redis's RSS in KB now (null without Redis). */
  redisRssKb(): number | null {
    const pid = this.redis?.pid();
    return pid ? readRssKb(pid).rssKb : null;
  }

  /** Every relay's memory after a forced GC, summed. */
  async memory(): Promise<MemorySample> {
    const samples = await Promise.all(
      this.processes.map((relay) => measureMemory(relay.pid, relay.inspectorUrl)),
    );
    const heaps = samples.map((sample) => sample.heapUsedKb);
    return {
      rssKb: sum(samples.map((sample) => sample.rssKb)),
      anonymousRssKb: sum(samples.map((sample) => sample.anonymousRssKb)),
      heapUsedKb: heaps.some((heap) => heap === null) ? null : sum(heaps as number[]),
    };
  }

  /** Every relay's `peerloom_*` series, summed (null if the relays publish none). */
  async counters(path: string): Promise<Record<string, number> | null> {
    const scraped = await Promise.all(
      this.processes.map((relay) => scrapeRelayCounters(`http://127.0.0.1:${relay.port}`, path)),
    );
    if (scraped.every((counters) => counters === null)) return null;
    const totals: Record<string, number> = {};
    for (const counters of scraped)
      for (const [name, value] of Object.entries(counters ?? {})) totals[name] = (totals[name] ?? 0) + value;
    return totals;
  }

  async stop(): Promise<void> {
    await Promise.all(this.processes.map((relay) => relay.stop()));
    await this.redis?.destroy();
    this.forgetRedisFolder();
  }
}
