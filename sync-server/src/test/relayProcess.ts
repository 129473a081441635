import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface RelayChild {
  process: ChildProcess;
  port: number;
  url: string;
  exited: Promise<number | null>;
  /** What the process printed on stdout and stderr up to now. */
  output(): string;
  /** Resolves with the first line it prints (or has printed) that holds `text`. */
  lineWith(text: string): Promise<string>;
}

/**
 * The ceiling of a test that starts relay processes: a start compiles the relay with tsx and may take several
 * seconds on a loaded machine (killRelay's burst test, four starts, ran past 20 s at load 13). Waits still end
 * on their events.
 */
export const RELAY_PROCESS_TEST_TIMEOUT_MS = 120_000;

/** The relay's sources through tsx, as `npm run serve` starts them. */
export const RELAY_SOURCES = ['--import', 'tsx', 'sync-server/src/main.ts'];

/**
 * Starts the real relay as a child process on a free port and resolves once it listens; `nodeArguments`: what
 * node runs (the sources through tsx by default, or the build `npm start` runs, `sync-server/dist/main.js`).
 */
export function spawnRelay(
  dataDir: string,
  port = 0,
  timeoutMs = 20_000,
  env: Record<string, string> = {},
  nodeArguments: readonly string[] = RELAY_SOURCES,
): Promise<RelayChild> {
  const child = spawn(process.execPath, nodeArguments, {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // Tests restart relays many times; warmUpProcess.test.ts checks the warm-up itself.
      PEERLOOM_WARM_UP: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`relay did not start:\n${output}`));
    }, timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => candidate.includes('"event":"listening"'));
      if (!line) return;
      clearTimeout(timer);
      const port = (JSON.parse(line) as { port: number }).port;
      const lineWith = (text: string) =>
        new Promise<string>((found) => {
          const check = () => {
            const line = output.split('\n').find((candidate) => candidate.includes(text));
            if (!line) return;
            child.stdout?.off('data', check);
            found(line);
          };
          child.stdout?.on('data', check);
          check();
        });
      resolve({
        process: child,
        port,
        url: `http://127.0.0.1:${port}`,
        exited,
        output: () => output,
        lineWith,
      });
    });
    child.once('exit', () => reject(new Error(`relay exited early:\n${output}`)));
  });
}
