import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';

const CALL_TIMEOUT_MS = 30_000;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** A V8 CPU profile as the inspector returns it (the `.cpuprofile` format). */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

/** A CPU profile being recorded in another Node process through its inspector (loopback only). */
export interface CpuProfiling {
  stop(): Promise<CpuProfile>;
}

/** Starts V8's sampling profiler in the process behind `inspectorUrl`; `stop` returns the profile. */
export async function startCpuProfile(inspectorUrl: string): Promise<CpuProfiling> {
  const socket = new WebSocket(inspectorUrl);
  const pending = new Map<number, (result: Record<string, unknown>) => void>();
  let nextId = 1;
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: Record<string, unknown> };
    if (message.id !== undefined) pending.get(message.id)?.(message.result ?? {});
  });
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => reject(new Error(`inspector: ${method} timed out`)), CALL_TIMEOUT_MS);
      pending.set(id, (result) => {
        clearTimeout(timer);
        resolve(result);
      });
      socket.send(JSON.stringify({ id, method, params }));
    });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  await call('Profiler.enable');
  await call('Profiler.setSamplingInterval', { interval: 1000 });
  await call('Profiler.start');
  return {
    async stop() {
      try {
        const { profile } = (await call('Profiler.stop')) as { profile: CpuProfile };
        return profile;
      } finally {
        socket.close();
      }
    },
  };
}

/** The functions with the most self time in a profile, as `share% name file:line`, most first. */
export function topSelfTime(profile: CpuProfile, count: number): string[] {
  const hits = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const samples = node.hitCount ?? 0;
    total += samples;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(/^.*\/node_modules\//, '').replace(/^.*\/(sync-server|packages)\//, '$1/');
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    hits.set(key, (hits.get(key) ?? 0) + samples);
  }
  return [...hits.entries()]
    .sort((left, right) => right[1] - left[1])
    .slice(0, count)
    .map(([key, samples]) => `${((100 * samples) / Math.max(1, total)).toFixed(1).padStart(5)}%  ${key}`);
}

/** Writes `profile` to `DIR/NAME.cpuprofile` (open it in Chrome's DevTools) and returns that path. */
export function saveCpuProfile(profile: CpuProfile, directory: string, name: string): string {
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  return file;
}
