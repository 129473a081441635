import { readFileSync } from 'node:fs';
import { sleep } from './benchClock.ts';
import { median } from './percentiles.ts';

/** Resident set size of a process in KB, from /proc/<pid>/status (Linux only). */
export function readRssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match?.[1]) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]);
}

/** Median RSS in KB over several samples, to smooth out allocator and GC noise (no GC is forced). */
export async function sampleRssKb(pid: number, samples = 5, intervalMs = 250): Promise<number> {
  const values: number[] = [];
  for (let index = 0; index < samples; index++) {
    if (index > 0) await sleep(intervalMs);
    values.push(readRssKb(pid));
  }
  return median(values);
}
