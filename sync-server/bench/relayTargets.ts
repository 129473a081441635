import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { RelayName } from './benchOptions.ts';
import { buildRelayBundle } from './buildRelayBundle.ts';
import { onProcessExit } from './childProcesses.ts';
import { findFreePort } from './findFreePort.ts';
import { createSession, type JoinStats, joinParticipants } from './relayApi.ts';
import { type ServerProcess, startServerProcess } from './startServerProcess.ts';

export interface PreparedParticipant {
  params: Record<string, string>;
  userId: string;
  userName: string;
}

export interface PreparedSession {
  sessionId: string;
  /** The writer: one more participant than the observers, so its writes pass the relay's guard. */
  writerParams: Record<string, string>;
  writerId: string;
  /** The session's facilitator (its key on our relay). */
  facilitatorParams: Record<string, string>;
  participants: PreparedParticipant[];
}

export interface RelayTarget {
  name: RelayName;
  description: string;
  /** Where the relay publishes Prometheus metrics, if it does. */
  metricsPath: string | null;
  /**
   * `forwardTrace`: a file for the relay's forward trace (PEERLOOM_FORWARD_TRACE), when it has one; `env`: more
   * environment for our relay; `nodeArguments`: node options before the script (e.g. `--expose-gc`); `nice`: the
   * server's nice value (`benchPriority.ts`), for ours and stock alike.
   */
  start(options?: StartOptions): Promise<ServerProcess>;
  /** Sessions with credentials for one facilitator and `clients` participants each. */
  prepareSessions(
    port: number,
    sessions: number,
    clients: number,
    joins: JoinStats,
  ): Promise<PreparedSession[]>;
  cleanup(): void;
}

export interface StartOptions {
  forwardTrace?: string;
  env?: Record<string, string>;
  nodeArguments?: string[];
  nice?: number;
}

/** What `npm start` runs: the relay bundled by `npm run build:relay` (see buildRelayBundle.ts). */
const RELAY_BUILD = 'sync-server/dist/main.js';
const JOIN_CONCURRENCY = 8;
const JOIN_DEADLINE_MS = 10 * 60_000;

function participantNames(clients: number): string[] {
  return Array.from({ length: clients }, (_, index) => `Participant ${index + 1}`);
}

const OURS_DESCRIPTION =
  'Peerloom relay (sync-server/dist/main.js as npm start runs it, SQLite in a temp folder), ack=1 like the app';
const OURS_DESCRIPTIONS = {
  ours: OURS_DESCRIPTION,
  unguarded: `${OURS_DESCRIPTION}, write guard off (PEERLOOM_BENCH_UNGUARDED=1)`,
  cluster:
    'Peerloom relays (dist/main.js) on one redis-server (appendonly, appendfsync always), each its own folder, ack=1',
};

/**
 * `unguarded`: our relay started with PEERLOOM_BENCH_UNGUARDED=1, participants' writes unchecked; `cluster`: the
 * caller starts it several times with `REDIS_URL` in `env` (RelayProcesses), each start in a folder of its own.
 */
function oursTarget(
  repoRoot: string,
  staticDir: string | null,
  name: 'ours' | 'unguarded' | 'cluster' = 'ours',
): RelayTarget {
  const unguarded = name === 'unguarded';
  const dataDir = mkdtempSync(join(tmpdir(), 'peerloom-bench-'));
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
  const forgetCleanup = onProcessExit(removeDataDir);
  return {
    name,
    description: OURS_DESCRIPTIONS[name],
    metricsPath: '/metrics',
    async start(options) {
      await buildRelayBundle(repoRoot);
      const port = await findFreePort();
      const folder = name === 'cluster' ? mkdtempSync(join(dataDir, 'relay-')) : dataDir;
      return startServerProcess({
        label: name,
        args: [...(options?.nodeArguments ?? []), RELAY_BUILD],
        env: {
          PORT: String(port),
          HOST: '127.0.0.1',
          DATA_DIR: folder,
          STATIC_DIR: staticDir ?? join(dataDir, 'no-static'),
          ...(options?.forwardTrace ? { PEERLOOM_FORWARD_TRACE: options.forwardTrace } : {}),
          ...(unguarded ? { PEERLOOM_BENCH_UNGUARDED: '1' } : {}),
          ...options?.env,
        },
        cwd: repoRoot,
        nice: options?.nice,
        acceptProbe: { port, path: '/healthz' },
        portFromLine: (line) => {
          if (!line.startsWith('{')) return undefined;
          const entry = JSON.parse(line) as { event?: string; port?: number };
          return entry.event === 'listening' ? entry.port : undefined;
        },
      });
    },
    async prepareSessions(port, sessions, clients, joins) {
      const baseUrl = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + JOIN_DEADLINE_MS;
      const prepared: PreparedSession[] = [];
      for (let index = 0; index < sessions; index++) {
        // Each session joins from its own venue address, as sessions in different rooms would.
        const localAddress = `127.0.${1 + Math.floor(index / 200)}.${10 + (index % 200)}`;
        const session = await createSession(baseUrl, `Relay bench ${index + 1}`, localAddress);
        const names = [...participantNames(clients), 'Bench writer'];
        const joined = await joinParticipants(baseUrl, session.code, names, joins, {
          concurrency: JOIN_CONCURRENCY,
          deadline,
          localAddress,
        });
        const writer = joined.pop() as (typeof joined)[number];
        prepared.push({
          sessionId: session.sessionId,
          writerParams: { token: writer.token, ack: '1' },
          writerId: writer.participantId,
          facilitatorParams: { key: session.facilitatorKey, ack: '1' },
          participants: joined.map((participant, position) => ({
            params: { token: participant.token, ack: '1' },
            userId: participant.participantId,
            userName: `Participant ${position + 1}`,
          })),
        });
      }
      return prepared;
    },
    cleanup: () => {
      removeDataDir();
      forgetCleanup();
    },
  };
}

function stockTarget(repoRoot: string): RelayTarget {
  const packageJson = createRequire(join(repoRoot, 'package.json')).resolve('y-websocket-stock/package.json');
  const serverScript = join(dirname(packageJson), 'bin', 'server.cjs');
  return {
    name: 'stock',
    description: 'stock y-websocket@2.1.0 server (bin/server.cjs, in memory)',
    metricsPath: null,
    async start(options) {
      const port = await findFreePort();
      return startServerProcess({
        label: 'stock',
        args: [serverScript],
        env: { PORT: String(port), HOST: '127.0.0.1' },
        cwd: repoRoot,
        nice: options?.nice,
        acceptProbe: { port, path: '/' },
        portFromLine: (line) => (line.startsWith('running at') ? port : undefined),
      });
    },
    async prepareSessions(_port, sessions, clients) {
      return Array.from({ length: sessions }, (_, index) => ({
        sessionId: `stock${index}-${randomBytes(6).toString('hex')}`,
        writerParams: { token: 'ignored-by-stock' },
        writerId: `writer-${index}`,
        facilitatorParams: { key: 'ignored-by-stock' },
        participants: participantNames(clients).map((userName, position) => ({
          params: { token: `ignored-${position}` },
          userId: `p${index}-${position}`,
          userName,
        })),
      }));
    },
    cleanup: () => {},
  };
}

/**
 * How to start and populate each relay under test. `staticDir`: the built web app our relay serves (none by
 * default: the relay benches need no pages).
 */
export function createRelayTarget(
  name: RelayName,
  repoRoot: string,
  options: { staticDir?: string } = {},
): RelayTarget {
  if (name === 'stock') return stockTarget(repoRoot);
  return oursTarget(repoRoot, options.staticDir ?? null, name);
}
