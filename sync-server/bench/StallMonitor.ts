import { type PerformanceEntry, PerformanceObserver } from 'node:perf_hooks';

/** What stalled a process's event loop while it was watched, and how much of that was garbage collection. */
export interface StallReport {
  /** Stalls: timer turns that ran more than `thresholdMs` late. */
  stalls: number;
  stallMaxMs: number;
  /** Total lateness of those stalls, and the part of it spent in garbage collection. */
  stallTotalMs: number;
  stallGcMs: number;
  gcTotalMs: number;
  gcMaxMs: number;
  /** Mark-sweep-compact collections (the long ones). */
  majorGcs: number;
}

const TICK_MS = 10;
const MAJOR_GC = 2;

/**
 * Watches this process's event loop with a 10 ms timer: every turn more than `thresholdMs` late is a
 * stall, and the garbage collections that overlap it (PerformanceObserver 'gc') say how much of it was GC.
 */
export class StallMonitor {
  private readonly collections: PerformanceEntry[] = [];
  private readonly stallSpans: Array<[start: number, end: number]> = [];
  private readonly observer = new PerformanceObserver((list) => {
    this.collections.push(...list.getEntries());
  });
  private readonly timer: NodeJS.Timeout;
  private last = performance.now();

  constructor(private readonly thresholdMs = 50) {
    this.observer.observe({ entryTypes: ['gc'] });
    this.timer = setInterval(() => {
      const now = performance.now();
      if (now - this.last - TICK_MS > this.thresholdMs) this.stallSpans.push([this.last + TICK_MS, now]);
      this.last = now;
    }, TICK_MS);
  }

  stop(): StallReport {
    clearInterval(this.timer);
    this.observer.disconnect();
    let stallTotalMs = 0;
    let stallGcMs = 0;
    let stallMaxMs = 0;
    for (const [start, end] of this.stallSpans) {
      stallTotalMs += end - start;
      stallMaxMs = Math.max(stallMaxMs, end - start);
      for (const gc of this.collections) {
        const overlap = Math.min(end, gc.startTime + gc.duration) - Math.max(start, gc.startTime);
        if (overlap > 0) stallGcMs += overlap;
      }
    }
    const durations = this.collections.map((gc) => gc.duration);
    return {
      stalls: this.stallSpans.length,
      stallMaxMs,
      stallTotalMs,
      stallGcMs,
      gcTotalMs: durations.reduce((sum, duration) => sum + duration, 0),
      gcMaxMs: Math.max(0, ...durations),
      majorGcs: this.collections.filter(
        (gc) => (gc as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === MAJOR_GC,
      ).length,
    };
  }
}
