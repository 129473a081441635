import { readFileSync } from 'node:fs';

// USER_HZ is 100 on every Linux architecture Node supports.
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat; 0 once it is gone. */
export function readCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
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
