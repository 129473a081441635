import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RedisServer, startRedisServer } from './redisServer.ts';
import { type RelayChild, spawnRelay } from './relayProcess.ts';

export interface RelayCluster {
  /** Null when the cluster is one relay on its own SQLite file (`redis: false`). */
  redis: RedisServer | null;
  /** The relay processes, each with its own data folder, all on `redis` (`REDIS_URL`). */
  relays: RelayChild[];
  /** Each relay's data folder, to restart it (`spawnRelay(folders[i], relays[i].port, …, env)`). */
  folders: string[];
  /** The environment each relay was started with (its `REDIS_URL`, and the caller's `env`). */
  env: Record<string, string>;
  /**
   * A loopback port that spreads connections over the relays in turn (a proxy without routing by session: the
   * worst case, where one session's devices sit on every relay). HTTP and WebSocket both pass.
   */
  port: number;
  stop(): Promise<void>;
}

/** Pipes each accepted connection to the next port of `ports()`, in turn. */
function spreadConnections(ports: () => number[]): Promise<Server> {
  let next = 0;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    const targets = ports();
    const upstream = connect(targets[next++ % targets.length] ?? 0, '127.0.0.1');
    for (const end of [socket, upstream]) {
      sockets.add(end);
      end.on('error', () => {
        socket.destroy();
        upstream.destroy();
      });
      end.on('close', () => sockets.delete(end));
    }
    socket.pipe(upstream).pipe(socket);
  });
  server.on('close', () => {
    for (const socket of sockets) socket.destroy();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * A real `redis-server` and `relays` relay processes sharing it (or one relay on SQLite, `redis: false`), for tests
 * and `npm run chaos -- --redis` (`bench:relay -- --relays N --redis` starts the built relay the same way, through
 * `bench/RelayProcesses.ts`); `env` is added to each relay's environment. Everything is stopped by pid in `stop`.
 */
export async function startRelayCluster(options: {
  relays: number;
  /** False: one relay on SQLite (the default mode), for runs that compare both. True unless said. */
  redis?: boolean;
  env?: Record<string, string>;
}): Promise<RelayCluster> {
  if (options.redis === false && options.relays > 1) throw new Error('several relays need Redis');
  const redis = options.redis === false ? null : await startRedisServer();
  const folders = Array.from({ length: options.relays }, () =>
    mkdtempSync(join(tmpdir(), 'peerloom-cluster-')),
  );
  const relays: RelayChild[] = [];
  let spreader: Server | null = null;
  const stop = async () => {
    spreader?.close();
    for (const relay of relays) relay.process.kill('SIGKILL');
    await Promise.all(relays.map((relay) => relay.exited));
    await redis?.destroy();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  };
  const env = { ...options.env, ...(redis ? { REDIS_URL: redis.url } : {}) };
  try {
    for (const folder of folders) relays.push(await spawnRelay(folder, 0, 60_000, env));
    spreader = await spreadConnections(() => relays.map((relay) => relay.port));
  } catch (error) {
    await stop();
    throw error;
  }
  const address = spreader.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { redis, relays, folders, env, port, stop };
}
