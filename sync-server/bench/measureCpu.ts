import { readdirSync, readFileSync } from 'node:fs';

// USER_HZ is 100 on every Linux architecture Node supports.
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat; 0 once it is gone. */
export function readCpuSeconds(pid: number): number {
  return readStatCpuSeconds(`/proc/${pid}/stat`);
}

function readStatCpuSeconds(file: string): number {
  try {
    const stat = readFileSync(file, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Total CPU seconds of several processes. */
export function readTotalCpuSeconds(pids: number[]): number {
  return pids.reduce((total, pid) => total + readCpuSeconds(pid), 0);
}

/**
 * CPU seconds of a process's main thread (the event loop: the tid equal to its pid) and of all its other
 * threads together (worker threads such as the relay's storage writer, V8's GC helpers, libuv's pool), from
 * /proc/<pid>/task, with each other thread's own (`threads`, by tid: Node 20 names them all `node`, so the storage
 * writer shows as the one busy thread, GC helpers as several sharing their work); zeros once it is gone.
 */
export function readThreadCpuSeconds(pid: number): {
  main: number;
  others: number;
  threads: Map<string, number>;
} {
  const threads = new Map<string, number>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      if (tid !== String(pid)) threads.set(`${pid}/${tid}`, readTaskCpuSeconds(pid, tid));
    }
    const others = [...threads.values()].reduce((total, seconds) => total + seconds, 0);
    return { main: readTaskCpuSeconds(pid, String(pid)), others, threads };
  } catch {
    return { main: 0, others: 0, threads };
  }
}

function readTaskCpuSeconds(pid: number, tid: string): number {
  return readStatCpuSeconds(`/proc/${pid}/task/${tid}/stat`);
}
