import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import { createRandom } from './createRandom.ts';

export interface LinkConditions {
  /** Added one-way delay per chunk, in ms. */
  latencyMs: number;
  /** Random extra delay, 0..jitterMs, drawn from the seeded generator. */
  jitterMs: number;
  /** Bytes per second in each direction; 0 means unlimited. */
  bytesPerSecond: number;
}

export interface ChaosProxyOptions {
  targetPort: number;
  targetHost?: string;
  seed: number;
  conditions?: Partial<LinkConditions>;
}

interface Pipe {
  client: Socket;
  upstream: Socket;
}

/**
 * A TCP proxy on loopback between clients and the relay that adds latency, caps bandwidth,
 * holds traffic back (connections stay open, nothing arrives) or resets connections, all seeded.
 */
export async function createChaosProxy(options: ChaosProxyOptions) {
  const random = createRandom(options.seed);
  const conditions: LinkConditions = { latencyMs: 0, jitterMs: 0, bytesPerSecond: 0, ...options.conditions };
  const pipes = new Set<Pipe>();
  let blackholed = false;
  let refusing = false;
  let targetPort = options.targetPort;

  const held = new Set<() => void>();
  const forward = (from: Socket, to: Socket) => {
    let releaseAt = 0;
    from.on('data', (chunk: Buffer) => {
      if (blackholed) {
        // Like TCP on a dead link: nothing arrives, nothing is corrupted; it flows if the link returns.
        const release = () => {
          held.delete(release);
          if (!to.destroyed) to.write(chunk);
        };
        held.add(release);
        return;
      }
      const now = Date.now();
      const transmitMs =
        conditions.bytesPerSecond > 0 ? (chunk.length / conditions.bytesPerSecond) * 1000 : 0;
      const delay =
        conditions.latencyMs + (conditions.jitterMs > 0 ? random.next() * conditions.jitterMs : 0);
      // Keep order: a chunk never overtakes the one before it.
      releaseAt = Math.max(releaseAt, now) + transmitMs;
      const at = Math.max(releaseAt, now + delay);
      releaseAt = at;
      const send = () => {
        if (!to.destroyed) to.write(chunk);
      };
      if (at <= now) send();
      else setTimeout(send, at - now);
    });
  };

  const server: Server = createServer((client) => {
    if (refusing) {
      client.destroy();
      return;
    }
    const upstream = tcpConnect(targetPort, options.targetHost ?? '127.0.0.1');
    const pipe = { client, upstream };
    pipes.add(pipe);
    const close = () => {
      pipes.delete(pipe);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close);
    upstream.on('error', close);
    client.on('close', close);
    upstream.on('close', close);
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    port,
    get connections() {
      return pipes.size;
    },
    setConditions(next: Partial<LinkConditions>) {
      Object.assign(conditions, next);
    },
    /** While on, bytes in both directions are held back; sockets stay open, as on a dead Wi-Fi. */
    setBlackhole(on: boolean) {
      blackholed = on;
      if (!on) for (const release of [...held]) release();
    },
    /** While on, new connections are reset at once, as when the network is down. */
    setRefusing(on: boolean) {
      refusing = on;
    },
    /** Resets every open connection, as when a phone switches from Wi-Fi to 4G. */
    resetAll() {
      held.clear();
      for (const pipe of [...pipes]) {
        pipe.client.resetAndDestroy();
        pipe.upstream.destroy();
      }
    },
    /** Points new connections at another port (the relay restarted elsewhere). */
    retarget(port: number) {
      targetPort = port;
    },
    async close() {
      for (const pipe of pipes) {
        pipe.client.destroy();
        pipe.upstream.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type ChaosProxy = Awaited<ReturnType<typeof createChaosProxy>>;
