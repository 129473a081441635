import { spawn } from 'node:child_process';
import { getPriority } from 'node:os';
import { applyNice } from './benchPriority.ts';
import { readLines, stopChild, trackChild } from './childProcesses.ts';
import { INSPECTOR_NOISE, inspectorUrlFromLine } from './inspectorGarbageCollection.ts';
import { waitUntilAccepting } from './waitUntilAccepting.ts';

export interface ServerLogSummary {
  /** Count of JSON log lines per `level` (pino numbers named), plus `stderr` for lines on standard error. */
  byLevel: Record<string, number>;
  /** The first warnings, errors and stderr lines, verbatim. */
  samples: string[];
}

export interface ServerProcess {
  pid: number;
  port: number;
  /** The loopback inspector of the server, to force garbage collection before memory samples. */
  inspectorUrl: string | null;
  log: ServerLogSummary;
  /** Spawn to the first HTTP answer on its port, in ms; null without `acceptProbe`. */
  startMs: number | null;
  /** The JSON lines with an `event` it printed, the first of each event (e.g. `warmed_up`), as they come. */
  startupEvents: Record<string, Record<string, unknown>>;
  /** Resolves with the first of these events it prints (at once if it already has), or null after `timeoutMs`. */
  waitForEvent(events: readonly string[], timeoutMs: number): Promise<Record<string, unknown> | null>;
  /** The nice value the server runs at: `command.nice` once applied, else the bench's own. */
  nice: number;
  stop(): Promise<void>;
}

export interface ServerCommand {
  label: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  /** Reads the listening port from one stdout line, if that line announces it. */
  portFromLine(line: string): number | undefined;
  /** A port the server was told to listen on, polled with `GET path` from spawn on to time its start. */
  acceptProbe?: { port: number; path: string };
  timeoutMs?: number;
  /** A nice value to run the server at (`benchPriority.ts`); absent: the bench's own. */
  nice?: number;
}

const SAMPLE_LIMIT = 8;
const PINO_LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

function levelOf(line: string): string | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const entry = JSON.parse(line) as { level?: unknown };
    if (typeof entry.level === 'number') return PINO_LEVELS[entry.level] ?? String(entry.level);
    return typeof entry.level === 'string' ? entry.level : undefined;
  } catch {
    return undefined;
  }
}

function eventOf(line: string): Record<string, unknown> | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const entry = JSON.parse(line) as Record<string, unknown>;
    return typeof entry.event === 'string' ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** Starts a server as `node --inspect=127.0.0.1:0 …` and resolves once it has printed its port. */
export function startServerProcess(command: ServerCommand): Promise<ServerProcess> {
  const timeoutMs = command.timeoutMs ?? 20_000;
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, ['--inspect=127.0.0.1:0', ...command.args], {
    cwd: command.cwd,
    env: { ...process.env, ...command.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trackChild(child);
  const nice =
    command.nice === undefined || child.pid === undefined
      ? getPriority()
      : applyNice(child.pid, command.nice);
  const log: ServerLogSummary = { byLevel: {}, samples: [] };
  const note = (level: string, line: string) => {
    log.byLevel[level] = (log.byLevel[level] ?? 0) + 1;
    if (level !== 'info' && level !== 'debug' && log.samples.length < SAMPLE_LIMIT) log.samples.push(line);
  };
  let port: number | undefined;
  let inspectorUrl: string | undefined;
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const startupEvents: Record<string, Record<string, unknown>> = {};
  const eventWaiters = new Set<() => void>();
  const waitForEvent = (events: readonly string[], timeoutMs: number) =>
    new Promise<Record<string, unknown> | null>((resolve) => {
      const check = () => {
        const found = events.map((event) => startupEvents[event]).find(Boolean);
        if (!found) return;
        clearTimeout(timer);
        eventWaiters.delete(check);
        resolve(found);
      };
      const timer = setTimeout(() => {
        eventWaiters.delete(check);
        resolve(null);
      }, timeoutMs);
      eventWaiters.add(check);
      check();
    });
  let startMs: number | null | undefined = command.acceptProbe ? undefined : null;
  return new Promise((resolve, reject) => {
    if (command.acceptProbe) {
      const { port: probePort, path } = command.acceptProbe;
      waitUntilAccepting(probePort, path, spawnedAt, () => exited).then((milliseconds) => {
        startMs = milliseconds;
        resolveWhenReady();
      });
    }
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command.label}: not listening within ${timeoutMs} ms`));
    }, timeoutMs);
    const resolveWhenReady = () => {
      if (port === undefined || inspectorUrl === undefined || child.pid === undefined) return;
      if (startMs === undefined) return;
      clearTimeout(timer);
      resolve({
        pid: child.pid,
        port,
        inspectorUrl,
        log,
        startMs,
        startupEvents,
        waitForEvent,
        nice,
        stop: () => stopChild(child),
      });
    };
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${command.label} exited early (${code ?? signal}): ${log.samples.join(' | ')}`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    readLines(child.stderr, (line) => {
      inspectorUrl ??= inspectorUrlFromLine(line);
      if (INSPECTOR_NOISE.test(line)) resolveWhenReady();
      else note('stderr', line);
    });
    readLines(child.stdout, (line) => {
      const level = levelOf(line);
      if (level) note(level, line);
      const event = eventOf(line);
      if (event) {
        startupEvents[String(event.event)] ??= event;
        for (const check of [...eventWaiters]) check();
      }
      port ??= command.portFromLine(line);
      resolveWhenReady();
    });
  });
}
