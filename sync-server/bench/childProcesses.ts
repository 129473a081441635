import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

const children = new Set<ChildProcess>();
const exitCleanups = new Set<() => void>();

/** Runs `cleanup` synchronously when this process exits, however it exits; returns an unregister function. */
export function onProcessExit(cleanup: () => void): () => void {
  exitCleanups.add(cleanup);
  return () => exitCleanups.delete(cleanup);
}

/** Remembers a child so that it is killed when the benchmark ends, fails or is interrupted. */
export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
}

/** Kills every tracked child that is still running, each by its own pid. */
export function killTrackedChildren(signal: NodeJS.Signals = 'SIGKILL'): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  }
}

/** Stops a child with SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
export function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Makes sure no child outlives this process, whether it ends normally, by a signal or by an error. */
export function installChildCleanup(): void {
  process.on('exit', () => {
    killTrackedChildren();
    for (const cleanup of exitCleanups) cleanup();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      process.stderr.write(`\nbench: ${signal}, stopping child processes\n`);
      killTrackedChildren();
      process.exit(130);
    });
  }
}

/** Calls `onLine` for each line of a child's output stream. */
export function readLines(stream: Readable | null, onLine: (line: string) => void): void {
  if (!stream) return;
  createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on('line', onLine);
}

/** Copies a child's output to stderr with a label, up to `limit` lines; returns how many lines it saw. */
export function forwardLines(stream: Readable | null, label: string, limit = 20): () => number {
  let lines = 0;
  readLines(stream, (line) => {
    lines++;
    if (lines <= limit) process.stderr.write(`[${label}] ${line}\n`);
    else if (lines === limit + 1) process.stderr.write(`[${label}] (further lines counted, not shown)\n`);
  });
  return () => lines;
}
