import { appendFileSync, writeFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { setFlushListener } from '../rooms/batchSocketWrites.ts';

/** Numbers per record: see `ForwardTrace`. */
export const FORWARD_TRACE_FIELDS = 5;
/** `client` of a record that is a garbage collection of the relay, not an update. */
export const FORWARD_TRACE_GC = -1;

const FLUSH_INTERVAL_MS = 500;

/** Milliseconds on CLOCK_MONOTONIC (`process.hrtime`), the clock every process on the machine shares. */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/**
 * Opt-in trace of each update the relay forwards (`PEERLOOM_FORWARD_TRACE=FILE`), for benchmarks that
 * split a keystroke's latency into sender → relay, relay, and relay → receiver. Each record is
 * `FORWARD_TRACE_FIELDS` float64 values, appended to FILE every 500 ms:
 * - an update: `client, clock, receivedAt, forwardedAt, flushedAt`, one per Yjs client in the update
 *   (`clock` is its end clock, as `Y.parseUpdateMeta(update).to` gives it): received = the sync message
 *   reached the relay's JavaScript, forwarded = every other connection's `send` returned, flushed = the
 *   next release of corked socket writes (batchSocketWrites: within 2 ms or at the end of the turn);
 * - a garbage collection: `FORWARD_TRACE_GC, kind, start, duration, 0` (perf_hooks kinds: 1 minor,
 *   2 major, 4 incremental, 8 weak callbacks).
 * Times are `monotonicMs()`. Off (null) unless the variable is set: nothing is recorded.
 */
export class ForwardTrace {
  private records: number[] = [];
  /** Indices in `records` of updates forwarded during this turn, waiting for their flush time. */
  private unflushed: number[] = [];
  private readonly timer: NodeJS.Timeout;
  private readonly gcObserver: PerformanceObserver;

  static fromEnvironment(environment: NodeJS.ProcessEnv = process.env): ForwardTrace | null {
    const file = environment.PEERLOOM_FORWARD_TRACE;
    return file ? new ForwardTrace(file) : null;
  }

  constructor(private readonly file: string) {
    writeFileSync(file, new Uint8Array());
    // The first hrtime.bigint() call loads lazily and can take milliseconds: not inside a measurement.
    monotonicMs();
    this.timer = setInterval(() => this.flush(), FLUSH_INTERVAL_MS);
    this.timer.unref();
    this.gcObserver = new PerformanceObserver((list) => {
      // GC entries are timed by performance.now(); both clocks read uv_hrtime, from different origins.
      const offset = monotonicMs() - performance.now();
      for (const entry of list.getEntries()) {
        const kind = (entry as { detail?: { kind?: number } }).detail?.kind ?? 0;
        this.records.push(FORWARD_TRACE_GC, kind, entry.startTime + offset, entry.duration, 0);
      }
    });
    this.gcObserver.observe({ entryTypes: ['gc'] });
    setFlushListener(this.stampFlushed);
  }

  now(): number {
    return monotonicMs();
  }

  /** Records that an update, received at `receivedAt`, has been handed to every other connection. */
  forwarded(clocks: ReadonlyMap<number, number>, receivedAt: number): void {
    const forwardedAt = this.now();
    // Frames to sockets that were not corked left at once; the end of the turn bounds them.
    if (this.unflushed.length === 0) setImmediate(this.stampFlushed);
    for (const [client, clock] of clocks) {
      this.unflushed.push(this.records.length);
      this.records.push(client, clock, receivedAt, forwardedAt, Number.NaN);
    }
  }

  /** Appends what was recorded to the file. */
  flush(): void {
    if (this.unflushed.length > 0) return;
    if (this.records.length === 0) return;
    appendFileSync(this.file, new Uint8Array(Float64Array.from(this.records).buffer));
    this.records = [];
  }

  close(): void {
    clearInterval(this.timer);
    this.gcObserver.disconnect();
    setFlushListener(null);
    this.stampFlushed();
    this.flush();
  }

  private readonly stampFlushed = () => {
    if (this.unflushed.length === 0) return;
    const flushedAt = this.now();
    for (const index of this.unflushed) this.records[index + 4] = flushedAt;
    this.unflushed = [];
  };
}
