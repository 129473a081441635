/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes on one machine. */
export function benchNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Resolves after `milliseconds`. */
export function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/** Milliseconds on CLOCK_MONOTONIC, shared by every process of the machine (the relay's forward trace uses it too). */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
