import { parseArgs } from 'node:util';

/**
 * `unguarded`: our relay with participants' `room` writes unchecked, to show what the guard costs; `cluster`: our
 * relay as `--relays N` processes sharing one redis-server (`--redis`), connections dealt out over them.
 */
export type RelayName = 'ours' | 'unguarded' | 'stock' | 'cluster';
const RELAY_NAMES: readonly RelayName[] = ['ours', 'unguarded', 'stock', 'cluster'];

export interface BenchOptions {
  /** Participants per session. */
  clients: number;
  /** Sessions of this run (one of `sessionCounts`). */
  sessions: number;
  /** `--sessions 1,5,10`: one run per count and relay, then a capacity table. */
  sessionCounts: number[];
  /** `--light`: participants are LightClients (raw frames, no Y.Doc), thousands per worker process. */
  light: boolean;
  /** `--presence off`: participants announce no presence (light clients only; full clients always do). */
  presence: boolean;
  durationSeconds: number;
  /** Writer updates per second, per session. */
  rate: number;
  workers: number;
  /** Whether `--workers` was given (else each session count gets `defaultWorkers`). */
  workersFixed: boolean;
  presenceWindowSeconds: number;
  drainSeconds: number;
  settleSeconds: number;
  relays: RelayName[];
  /** `--profile DIR`: each relay's CPU profile of the write phase, saved as DIR/RELAY-SESSIONS.cpuprofile. */
  profileDir: string | null;
  /** `--startup-runs N`: starts of each way to run a relay, timed before the load runs (0: none). */
  startupRuns: number;
  /** `--relays N --redis`: relay processes of the `cluster` run, on one redis-server (1 without `--relays`). */
  clusterRelays: number;
}

// Two whole 15 s presence renewal rounds: any window that is not a multiple of 15 s catches 1 or 2 per client.
const PRESENCE_WINDOW_SECONDS = 30;

const USAGE = `Usage: relayBench [--clients N] [--sessions K[,K…]] [--duration S] [--rate R] [--workers W]
                  [--presence-window S] [--drain S] [--only ours|unguarded|stock[,…]] [--light]
                  [--presence on|off] [--profile DIR] [--startup-runs N (default 3, 0: none)]
                  [--relays N --redis]
--light: light participants (raw y-websocket frames, no Y.Doc), with presence as the app sends it and one
  facilitator per session; --sessions 1,5,10 runs each count on each relay and prints a capacity table.
--relays N --redis: also runs our relay as N processes on one redis-server (started by the bench), clients dealt
  out over them; by default then only ours (1 process, SQLite) and that cluster, side by side.
The writer is a participant: past WRITE_LIMITS.entryWritesPerSecond (--rate above 20) the guard refuses it.`;

function positiveNumber(text: string | undefined, fallback: number, name: string, integer: boolean): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(
      `--${name} must be a positive ${integer ? 'integer' : 'number'}, got "${text}"\n${USAGE}`,
    );
  }
  return value;
}

/** Full clients: one worker per 300 (a Y.Doc each); light ones: one per 1,000. */
export function defaultWorkers(totalClients: number, light: boolean): number {
  return light ? Math.max(2, Math.ceil(totalClients / 1000)) : Math.max(3, Math.ceil(totalClients / 300));
}

/** Parses the command line; throws with a usage text on bad input. */
export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      clients: { type: 'string' },
      sessions: { type: 'string' },
      duration: { type: 'string' },
      rate: { type: 'string' },
      workers: { type: 'string' },
      'presence-window': { type: 'string' },
      drain: { type: 'string' },
      only: { type: 'string' },
      light: { type: 'boolean' },
      presence: { type: 'string' },
      profile: { type: 'string' },
      'startup-runs': { type: 'string' },
      relays: { type: 'string' },
      redis: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) throw new Error(USAGE);
  const clients = positiveNumber(values.clients, 300, 'clients', true);
  const sessionCounts = (values.sessions ?? '1')
    .split(',')
    .map((count) => positiveNumber(count, 1, 'sessions', true));
  const sessions = sessionCounts[0] ?? 1;
  const light = values.light ?? false;
  const workers = values.workers
    ? Math.max(light ? 1 : 3, positiveNumber(values.workers, 3, 'workers', true))
    : defaultWorkers(clients * sessions, light);
  if (values.presence !== undefined && values.presence !== 'on' && values.presence !== 'off') {
    throw new Error(`--presence takes "on" or "off"\n${USAGE}`);
  }
  const only = values.only?.split(',');
  if (only?.some((name) => !RELAY_NAMES.includes(name as RelayName))) {
    throw new Error(`--only takes ${RELAY_NAMES.join(', ')}, or several joined by commas\n${USAGE}`);
  }
  const clusterRelays = positiveNumber(values.relays, 1, 'relays', true);
  const redis = values.redis ?? false;
  if (clusterRelays > 1 && !redis)
    throw new Error(`several relays share one installation through --redis\n${USAGE}`);
  if (only?.includes('cluster') && !redis) throw new Error(`--only cluster needs --redis\n${USAGE}`);
  const defaultRelays: RelayName[] = redis ? ['ours', 'cluster'] : ['ours', 'unguarded', 'stock'];
  return {
    clients,
    sessions,
    sessionCounts,
    light,
    presence: values.presence !== 'off',
    durationSeconds: positiveNumber(values.duration, 20, 'duration', false),
    rate: positiveNumber(values.rate, 10, 'rate', false),
    workers,
    workersFixed: values.workers !== undefined,
    presenceWindowSeconds: positiveNumber(
      values['presence-window'],
      PRESENCE_WINDOW_SECONDS,
      'presence-window',
      false,
    ),
    drainSeconds: positiveNumber(values.drain, 3, 'drain', false),
    settleSeconds: 3,
    relays: only ? (only as RelayName[]) : defaultRelays,
    profileDir: values.profile ?? null,
    startupRuns:
      values['startup-runs'] === '0' ? 0 : positiveNumber(values['startup-runs'], 3, 'startup-runs', true),
    clusterRelays,
  };
}
