import { readFileSync } from 'node:fs';
import { sleep } from './benchClock.ts';
import { collectGarbage } from './inspectorGarbageCollection.ts';
import { median } from './percentiles.ts';

export interface MemorySample {
  rssKb: number;
  /** JavaScript heap in use right after the forced GC; null when the process has no inspector. */
  heapUsedKb: number | null;
}

/** Resident set size of a process in KB, from /proc/<pid>/status (Linux only). */
export function readRssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match?.[1]) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]);
}

/** Median RSS in KB over several samples, to smooth out allocator noise. */
export async function sampleRssKb(pid: number, samples = 5, intervalMs = 250): Promise<number> {
  const values: number[] = [];
  for (let index = 0; index < samples; index++) {
    if (index > 0) await sleep(intervalMs);
    values.push(readRssKb(pid));
  }
  return median(values);
}

// V8 hands freed pages back to the system a few seconds after a full GC, not during it.
const RELEASE_AFTER_GC_MS = 4000;

/** Forces a full GC through the inspector when there is one, waits for pages to be released, then samples RSS. */
export async function measureMemory(pid: number, inspectorUrl: string | null): Promise<MemorySample> {
  if (!inspectorUrl) return { rssKb: await sampleRssKb(pid), heapUsedKb: null };
  const heapUsedKb = await collectGarbage(inspectorUrl);
  await sleep(RELEASE_AFTER_GC_MS);
  return { rssKb: await sampleRssKb(pid), heapUsedKb };
}
