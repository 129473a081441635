import WebSocket from 'ws';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { listenForAcks } from './ackListener.ts';
import type { RedisServer } from './redisServer.ts';
import type { RelayChild } from './relayProcess.ts';
import { startRelayCluster } from './startRelayCluster.ts';
import { postJson } from './stockClient.ts';

export interface ScaleOutClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  synced: Promise<void>;
  acks: ReturnType<typeof listenForAcks>;
}

export interface ScaleOut {
  redis: RedisServer;
  relays: RelayChild[];
  /** A stock client of `docPath` on relay `index`, with acknowledgements; `doc` to reuse a device's copy. */
  connect(index: number, docPath: string, params: Record<string, string>, doc?: Y.Doc): ScaleOutClient;
  post<T>(index: number, path: string, body: unknown): Promise<T>;
  cleanup(): Promise<void>;
}

/**
 * A real `redis-server` (own folder, free port, AOF `appendfsync always`) and `count` relay processes sharing
 * it (`REDIS_URL`), each with its own data folder; everything is stopped by pid in `cleanup`.
 */
export async function startScaleOut(count: number): Promise<ScaleOut> {
  const cluster = await startRelayCluster({ relays: count });
  const { relays } = cluster;
  const redis = cluster.redis as RedisServer;
  const clients: ScaleOutClient[] = [];
  const cleanup = async () => {
    for (const client of clients) client.provider.destroy();
    await cluster.stop();
  };
  return {
    redis,
    relays,
    connect(index, docPath, params, doc = new Y.Doc()) {
      const relay = relays[index];
      if (!relay) throw new Error(`no relay ${index}`);
      const provider = new WebsocketProvider(`ws://127.0.0.1:${relay.port}/sync`, docPath, doc, {
        params: { ...params, ack: '1' },
        disableBc: true,
        maxBackoffTime: 500,
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      });
      const synced = new Promise<void>((resolve) => provider.once('sync', () => resolve()));
      const client = { doc, provider, synced, acks: listenForAcks(provider) };
      clients.push(client);
      return client;
    },
    post: (index, path, body) => postJson(`${relays[index]?.url}${path}`, body),
    cleanup,
  };
}

/** Resolves once `awareness` holds a state for `clientId` that satisfies `predicate`. */
export function waitForPresence(
  awareness: Awareness,
  clientId: number,
  predicate: (state: Record<string, unknown>) => boolean = () => true,
  timeoutMs = 10_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const state = awareness.getStates().get(clientId);
      if (!state || !predicate(state)) return;
      clearTimeout(timer);
      awareness.off('change', check);
      resolve();
    };
    const timer = setTimeout(() => {
      awareness.off('change', check);
      reject(new Error(`no presence of ${clientId}`));
    }, timeoutMs);
    awareness.on('change', check);
    check();
  });
}
