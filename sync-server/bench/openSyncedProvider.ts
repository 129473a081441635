import { sendOwnPresenceOnly } from '@peerloom/sync-client';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { TrafficMeter } from './trafficMeter.ts';

export interface ProviderSpec {
  serverUrl: string;
  room: string;
  params: Record<string, string>;
  userId: string;
  userName: string;
  /** The awareness state to announce; null announces none; omitted: `{ user: { id, name } }`. */
  presence?: Record<string, unknown> | null;
  /**
   * Send presence as the app's devices do (sync-client's sendOwnPresenceOnly: this device's own state,
   * at most every 200 ms, never the states heard from others) instead of as a bare stock provider,
   * which sends back every presence message it receives.
   */
  ownPresenceOnly?: boolean;
}

export interface SyncedProvider {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves on the first sync; rejects if the server closes the socket for good or the timeout passes. */
  synced: Promise<void>;
  /** Connection losses after the first sync (the provider reconnects by itself), by close code. */
  closesAfterSync(): Record<string, number>;
  destroy(): void;
}

/** Extension message types the relay may add (durable acknowledgements); the stock client would log each one. */
const EXTENSION_TYPES = { first: 100, last: 110 };

/** Opens a stock y-websocket provider with an app-like awareness state, counting traffic through `meter`. */
export function openSyncedProvider(
  spec: ProviderSpec,
  meter: TrafficMeter,
  onExtensionMessage: () => void,
  timeoutMs: number,
): SyncedProvider {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(spec.serverUrl, spec.room, doc, {
    connect: false,
    params: spec.params,
    disableBc: true,
    WebSocketPolyfill: meter.webSocketClass,
  });
  const stopPresence = spec.ownPresenceOnly ? sendOwnPresenceOnly(provider) : () => {};
  for (let type = EXTENSION_TYPES.first; type <= EXTENSION_TYPES.last; type++) {
    provider.messageHandlers[type] = onExtensionMessage;
  }
  provider.awareness.setLocalState(
    spec.presence === undefined ? { user: { id: spec.userId, name: spec.userName } } : spec.presence,
  );
  let everSynced = false;
  let destroyed = false;
  const closes: Record<string, number> = {};
  provider.on('connection-close', (event) => {
    if (!everSynced || destroyed) return;
    const code = String(event?.code ?? 'local');
    closes[code] = (closes[code] ?? 0) + 1;
  });
  const synced = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${spec.room}: no sync within ${timeoutMs} ms`)),
      timeoutMs,
    );
    provider.on('sync', (isSynced) => {
      if (!isSynced) return;
      everSynced = true;
      clearTimeout(timer);
      resolve();
    });
    provider.on('closed', (event) => {
      clearTimeout(timer);
      reject(new Error(`${spec.room}: server closed the socket: ${event.code} ${event.reason}`));
    });
  });
  provider.connect();
  return {
    doc,
    provider,
    synced,
    closesAfterSync: () => closes,
    destroy: () => {
      destroyed = true;
      stopPresence();
      provider.destroy();
      doc.destroy();
    },
  };
}
