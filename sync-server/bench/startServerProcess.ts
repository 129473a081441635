import { spawn } from 'node:child_process';
import { readLines, stopChild, trackChild } from './childProcesses.ts';

export interface ServerLogSummary {
  /** Count of JSON log lines per `level`, plus `stderr` for lines on standard error. */
  byLevel: Record<string, number>;
  /** The first warnings, errors and stderr lines, verbatim. */
  samples: string[];
}

export interface ServerProcess {
  pid: number;
  port: number;
  log: ServerLogSummary;
  stop(): Promise<void>;
}

export interface ServerCommand {
  label: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  /** Reads the listening port from one stdout line, if that line announces it. */
  portFromLine(line: string): number | undefined;
  timeoutMs?: number;
}

const SAMPLE_LIMIT = 8;

function levelOf(line: string): string | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const entry = JSON.parse(line) as { level?: unknown };
    return typeof entry.level === 'string' ? entry.level : undefined;
  } catch {
    return undefined;
  }
}

/** Starts a server as a `node` child process and resolves once it has printed its port. */
export function startServerProcess(command: ServerCommand): Promise<ServerProcess> {
  const child = spawn(process.execPath, command.args, {
    cwd: command.cwd,
    env: { ...process.env, ...command.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trackChild(child);
  const log: ServerLogSummary = { byLevel: {}, samples: [] };
  const note = (level: string, line: string) => {
    log.byLevel[level] = (log.byLevel[level] ?? 0) + 1;
    if (level !== 'info' && level !== 'debug' && log.samples.length < SAMPLE_LIMIT) log.samples.push(line);
  };
  readLines(child.stderr, (line) => note('stderr', line));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command.label}: no port announced within ${command.timeoutMs ?? 20_000} ms`));
    }, command.timeoutMs ?? 20_000);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${command.label} exited early (${code ?? signal}): ${log.samples.join(' | ')}`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    let announced = false;
    readLines(child.stdout, (line) => {
      const level = levelOf(line);
      if (level) note(level, line);
      const port = announced ? undefined : command.portFromLine(line);
      if (port === undefined || child.pid === undefined) return;
      announced = true;
      clearTimeout(timer);
      resolve({ pid: child.pid, port, log, stop: () => stopChild(child) });
    });
  });
}
