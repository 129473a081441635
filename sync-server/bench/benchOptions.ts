import { parseArgs } from 'node:util';

/** `unguarded`: our relay with participants' `room` writes unchecked, to show what the guard costs. */
export type RelayName = 'ours' | 'unguarded' | 'stock';
const RELAY_NAMES: readonly RelayName[] = ['ours', 'unguarded', 'stock'];

export interface BenchOptions {
  /** Participants per session. */
  clients: number;
  sessions: number;
  durationSeconds: number;
  /** Writer updates per second, per session. */
  rate: number;
  workers: number;
  presenceWindowSeconds: number;
  drainSeconds: number;
  settleSeconds: number;
  relays: RelayName[];
}

// Two whole 15 s presence renewal rounds: any window that is not a multiple of 15 s catches 1 or 2 per client.
const PRESENCE_WINDOW_SECONDS = 30;

const USAGE = `Usage: relayBench [--clients N] [--sessions K] [--duration S] [--rate R] [--workers W]
                  [--presence-window S] [--drain S] [--only ours|unguarded|stock[,…]]
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
      help: { type: 'boolean' },
    },
  });
  if (values.help) throw new Error(USAGE);
  const clients = positiveNumber(values.clients, 300, 'clients', true);
  const sessions = positiveNumber(values.sessions, 1, 'sessions', true);
  const defaultWorkers = Math.max(3, Math.ceil((clients * sessions) / 300));
  const workers = Math.max(3, positiveNumber(values.workers, defaultWorkers, 'workers', true));
  const only = values.only?.split(',');
  if (only?.some((name) => !RELAY_NAMES.includes(name as RelayName))) {
    throw new Error(`--only takes "ours", "unguarded" or "stock", or several joined by commas\n${USAGE}`);
  }
  return {
    clients,
    sessions,
    durationSeconds: positiveNumber(values.duration, 20, 'duration', false),
    rate: positiveNumber(values.rate, 10, 'rate', false),
    workers,
    presenceWindowSeconds: positiveNumber(
      values['presence-window'],
      PRESENCE_WINDOW_SECONDS,
      'presence-window',
      false,
    ),
    drainSeconds: positiveNumber(values.drain, 3, 'drain', false),
    settleSeconds: 3,
    relays: only ? (only as RelayName[]) : [...RELAY_NAMES],
  };
}
