import { parseArgs } from 'node:util';
import type { RelayName } from './benchOptions.ts';

export interface CreateOptions {
  groups: number;
  membersPerGroup: number;
  durationSeconds: number;
  /** Characters each member types per second. */
  keysPerSecond: number;
  workers: number;
  drainSeconds: number;
  relays: RelayName[];
  /** Folder to write each relay's CPU profile of the typing minute to (`RELAY.cpuprofile`); null: none. */
  profileDir: string | null;
  /** Folder to keep the relay's forward trace and the workers' receipts in; null: a temporary one, removed. */
  traceDir: string | null;
  /** Members on raw y-websocket frames (LightTypingGroup) instead of full Yjs clients: the workers' CPU left to the relay. */
  light: boolean;
  /** Run the servers at the bench's own CPU priority instead of `benchPriority.ts`. */
  samePriority: boolean;
}

const USAGE = `Usage: createBench [--groups N] [--members M] [--duration S] [--rate R] [--workers W]
                   [--drain S] [--only ours|stock] [--profile DIR] [--trace DIR] [--light]
                   [--same-priority]`;

function positive(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`--${name} must be positive, got "${text}"\n${USAGE}`);
  return value;
}

/** Parses the create bench's command line; throws with a usage text on bad input. */
export function parseCreateOptions(argv: string[]): CreateOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      groups: { type: 'string' },
      members: { type: 'string' },
      duration: { type: 'string' },
      rate: { type: 'string' },
      workers: { type: 'string' },
      drain: { type: 'string' },
      only: { type: 'string' },
      profile: { type: 'string' },
      trace: { type: 'string' },
      light: { type: 'boolean' },
      'same-priority': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) throw new Error(USAGE);
  if (values.only !== undefined && values.only !== 'ours' && values.only !== 'stock') {
    throw new Error(`--only must be "ours" or "stock"\n${USAGE}`);
  }
  return {
    groups: Math.round(positive(values.groups, 60, 'groups')),
    membersPerGroup: Math.round(positive(values.members, 5, 'members')),
    durationSeconds: positive(values.duration, 60, 'duration'),
    keysPerSecond: positive(values.rate, 4, 'rate'),
    workers: Math.round(positive(values.workers, 3, 'workers')),
    drainSeconds: positive(values.drain, 3, 'drain'),
    relays: values.only ? [values.only] : ['ours', 'stock'],
    profileDir: values.profile ?? null,
    traceDir: values.trace ?? null,
    light: values.light ?? false,
    samePriority: values['same-priority'] ?? false,
  };
}
