import { readFileSync } from 'node:fs';
import { sleep } from './benchClock.ts';
import { collectGarbage } from './inspectorGarbageCollection.ts';
import { median } from './percentiles.ts';

export interface MemorySample {
  /** VmRSS: all resident pages, including the mapped node binary and libraries. */
  rssKb: number;
  /** RssAnon: resident anonymous pages (JS heap, malloc, buffers), without file-backed code pages. */
  anonymousRssKb: number;
  /** JavaScript heap in use right after the forced GC; null when the process has no inspector. */
  heapUsedKb: number | null;
}

// V8's memory reducer hands freed pages back to the system about 5–8 s after a full GC, not during it.
const RELEASE_AFTER_GC_MS = 8000;

function readStatusKb(status: string, field: string, pid: number): number {
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB$`, 'm').exec(status);
  if (!match?.[1]) throw new Error(`no ${field} for process ${pid}`);
  return Number(match[1]);
}

/** VmRSS and RssAnon of a process in KB, from /proc/<pid>/status (Linux only). */
export function readRssKb(pid: number): { rssKb: number; anonymousRssKb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return { rssKb: readStatusKb(status, 'VmRSS', pid), anonymousRssKb: readStatusKb(status, 'RssAnon', pid) };
}

/** Median VmRSS and RssAnon in KB over several samples, to smooth out allocator noise. */
export async function sampleRssKb(pid: number, samples = 5, intervalMs = 250) {
  const values: Array<{ rssKb: number; anonymousRssKb: number }> = [];
  for (let index = 0; index < samples; index++) {
    if (index > 0) await sleep(intervalMs);
    values.push(readRssKb(pid));
  }
  return {
    rssKb: median(values.map((value) => value.rssKb)),
    anonymousRssKb: median(values.map((value) => value.anonymousRssKb)),
  };
}

const SETTLED_KB = 1024;
const MAX_ROUNDS = 4;

/**
 * Forces a full GC in every thread through the inspector when there is one, waits for pages to be
 * released, samples RSS, and does it again until two samples in a row differ by less than 1 MB (at most
 * 4 rounds): one round after start-up or after a burst still reads several MB of pages about to be
 * returned (an idle relay read 114, 110, 110, 103 MB over four rounds with a main-thread-only GC).
 */
export async function measureMemory(pid: number, inspectorUrl: string | null): Promise<MemorySample> {
  if (!inspectorUrl) return { ...(await sampleRssKb(pid)), heapUsedKb: null };
  let previous: MemorySample | null = null;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const heapUsedKb = await collectGarbage(inspectorUrl);
    await sleep(RELEASE_AFTER_GC_MS);
    const sample = { ...(await sampleRssKb(pid)), heapUsedKb };
    if (previous && Math.abs(sample.rssKb - previous.rssKb) < SETTLED_KB) return sample;
    previous = sample;
  }
  return previous ?? { ...(await sampleRssKb(pid)), heapUsedKb: null };
}
