import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '@peerloom/test-kit';

export interface RedisServer {
  port: number;
  url: string;
  /** The data folder (AOF files). */
  dir: string;
  /** The running server's pid (null while stopped), e.g. for its CPU time. */
  pid(): number | null;
  /** Stops the server by its pid with `signal` (SIGKILL: a crash; SIGTERM: a clean shutdown). */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port and folder, from its append-only file. */
  restart(): Promise<void>;
  /** Stops it and removes its folder. */
  destroy(): Promise<void>;
}

const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';

function launch(port: number, dir: string, onSpawn?: (child: ChildProcess) => void): Promise<ChildProcess> {
  const child = spawn(
    REDIS_SERVER,
    [
      ...['--port', String(port), '--bind', '127.0.0.1', '--dir', dir],
      ...['--appendonly', 'yes', '--appendfsync', 'always', '--save', ''],
      ...['--daemonize', 'no', '--protected-mode', 'yes', '--loglevel', 'notice'],
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  onSpawn?.(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`redis-server did not start:\n${output}`));
    }, 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes('Ready to accept connections')) return;
      clearTimeout(timer);
      resolve(child);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${output}`));
    });
  });
}

/**
 * A real `redis-server` for a test: its own folder, a free loopback port, append-only with `appendfsync always`
 * (as the README asks of a deployment), no RDB snapshots. Stopped by pid, never by name. `onSpawn` hears of each
 * process started (a bench kills what it tracks if it is interrupted).
 */
export async function startRedisServer(
  options: { onSpawn?: (child: ChildProcess) => void } = {},
): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'peerloom-redis-'));
  const port = await findFreePort();
  let child: ChildProcess | null = await launch(port, dir, options.onSpawn);
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill(signal);
    await exited;
  };
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    dir,
    pid: () => child?.pid ?? null,
    stop,
    restart: async () => {
      await stop();
      child = await launch(port, dir, options.onSpawn);
    },
    destroy: async () => {
      await stop('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
