import { readdirSync, readFileSync } from 'node:fs';

/** Time a thread ran on a CPU and time it was runnable but waited for one, in ms (/proc/…/schedstat). */
export interface ThreadTimes {
  runMs: number;
  waitMs: number;
}

/** A process's main thread (its JavaScript event loop) apart from all its other threads together. */
export interface ProcessScheduling {
  main: ThreadTimes;
  others: ThreadTimes;
}

const ZERO: ThreadTimes = { runMs: 0, waitMs: 0 };

function readThread(pid: number, tid: string): ThreadTimes {
  try {
    const [run, wait] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ');
    return { runMs: Number(run) / 1e6, waitMs: Number(wait) / 1e6 };
  } catch {
    return ZERO;
  }
}

/**
 * Per-thread run and run-queue wait times of a process so far (Linux only; zeros once it is gone).
 * The run-queue wait of the main thread is time its event loop had work but no CPU: the share of a
 * latency the OS scheduler adds when more threads want to run than there are cores.
 */
export function readScheduling(pid: number): Map<string, ThreadTimes> {
  const threads = new Map<string, ThreadTimes>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) threads.set(tid, readThread(pid, tid));
  } catch {
    // The process is gone.
  }
  return threads;
}

/** What a process's threads did between two readings, main thread apart. */
export function schedulingBetween(
  pid: number,
  before: Map<string, ThreadTimes>,
  after: Map<string, ThreadTimes>,
): ProcessScheduling {
  const main = String(pid);
  const result: ProcessScheduling = { main: { ...ZERO }, others: { ...ZERO } };
  for (const [tid, times] of after) {
    const start = before.get(tid) ?? ZERO;
    const into = tid === main ? result.main : result.others;
    into.runMs += times.runMs - start.runMs;
    into.waitMs += times.waitMs - start.waitMs;
  }
  return result;
}

/**
 * Microseconds so far during which at least one runnable task of the machine waited for a CPU (Linux PSI,
 * /proc/pressure/cpu `some total`); null where the kernel has no PSI. Between two readings, divided by
 * the time between them, it is the share of time the machine had more work than cores.
 */
export function readCpuPressureMicroseconds(): number | null {
  try {
    const match = /^some .*total=(\d+)/m.exec(readFileSync('/proc/pressure/cpu', 'utf8'));
    return match?.[1] ? Number(match[1]) : null;
  } catch {
    return null;
  }
}
