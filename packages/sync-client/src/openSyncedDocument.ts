import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { DocumentStatus } from './DocumentStatus.ts';
import { keepLocalCopy } from './keepLocalCopy.ts';
import { onlyClient, type PresenceChange } from './onlyClient.ts';
import { sendOwnPresenceOnly } from './sendOwnPresenceOnly.ts';
import type { DeferredOutbound } from './sendOwnUpdates.ts';
import { trackDurability } from './trackDurability.ts';

export interface SyncedDocumentOptions {
  /** Base WebSocket URL of the relay's sync endpoint, e.g. `ws://host:8080/sync`. */
  serverUrl: string;
  /** Document path under the endpoint, e.g. `SESSION/room`. */
  path: string;
  /** Query parameters for the upgrade (the participant token or the facilitator key). */
  params: Record<string, string>;
  /** IndexedDB database name, or null to keep the document in memory only. */
  persistenceName: string | null;
  /** For Node: the `ws` WebSocket class. Browsers use their own. */
  WebSocketImpl?: typeof WebSocket;
  /**
   * When this device's own changes are sent and counted as pending: by default at once, in the change's own
   * transaction; with `deferOutbound(schedule)`, when the schedule runs them (after the next paint in the app).
   */
  deferOutbound?: DeferredOutbound;
}

export interface SyncedDocument {
  readonly doc: Y.Doc;
  /** The document's presence (y-protocols Awareness), e.g. for collaboration carets; never stored in `doc`. */
  readonly awareness: Awareness;
  getStatus(): DocumentStatus;
  subscribe(listener: () => void): () => void;
  /** Resolves once the device's stored copy is in `doc` (at once without persistence). */
  readonly loadedLocally: Promise<void>;
  /** Writes what is held back for batching (the newest updates, the confirmed clocks) to IndexedDB now. */
  flush(): Promise<void>;
  /** Sets what this device tells the others it is (presence, never stored in the document); null clears it. */
  setPresence(state: Readonly<Record<string, unknown>> | null): void;
  /** The presence states of the other devices connected to this document, as the relay forwards them. */
  getPeers(): readonly Readonly<Record<string, unknown>>[];
  /** Calls `listener` when another device's presence appears, changes or goes. */
  subscribePeers(listener: () => void): () => void;
  destroy(): Promise<void>;
}

/** One Y.Doc kept in IndexedDB and synced with the relay by one y-websocket provider. */
export function openSyncedDocument(options: SyncedDocumentOptions): SyncedDocument {
  const doc = new Y.Doc();
  const listeners = new Set<() => void>();
  let status: DocumentStatus = {
    connection: 'connecting',
    synced: false,
    loadedLocally: options.persistenceName === null,
    pending: 0,
    refusal: null,
  };
  const update = (patch: Partial<DocumentStatus>) => {
    const next = { ...status, ...patch };
    if ((Object.keys(patch) as (keyof DocumentStatus)[]).every((key) => next[key] === status[key])) return;
    status = Object.freeze(next);
    for (const listener of [...listeners]) listener();
  };

  const local = keepLocalCopy(options.persistenceName, doc);
  const loadedLocally = local.loaded.then(() => update({ loadedLocally: true }));

  const provider = new WebsocketProvider(options.serverUrl, options.path, doc, {
    params: { ...options.params, ack: '1' },
    disableBc: true,
    maxBackoffTime: 5000,
    ...(options.WebSocketImpl ? { WebSocketPolyfill: options.WebSocketImpl } : {}),
  });
  const stopPresence = sendOwnPresenceOnly(provider, options.deferOutbound?.schedule);
  const stopUpdates = options.deferOutbound?.attach(provider, doc) ?? (() => {});
  provider.on('status', ({ status: state }) => {
    if (state === 'connected') update({ connection: 'online' });
    else if (state === 'disconnected') update({ connection: 'offline', synced: false });
  });
  provider.on('connection-close', () => {
    if (status.connection !== 'refused') update({ connection: 'offline', synced: false });
  });
  provider.on('sync', (synced: boolean) => update({ synced }));
  const stopTracking = trackDurability(
    provider,
    doc,
    (pending) => update({ pending }),
    local.memory,
    options.deferOutbound?.schedule,
  );
  provider.on('closed', (event) => update({ connection: 'refused', synced: false, refusal: event }));

  const peerListeners = new Set<() => void>();
  let peers: readonly Readonly<Record<string, unknown>>[] = Object.freeze([]);
  const onPresence = (change: PresenceChange) => {
    // This device's own caret moves with every keystroke; the list of the others stays as it is.
    if (onlyClient(change, doc.clientID)) return;
    peers = Object.freeze(
      [...provider.awareness.getStates()]
        .filter(([clientId, state]) => clientId !== doc.clientID && state && typeof state === 'object')
        .map(([, state]) => Object.freeze({ ...state })),
    );
    for (const listener of [...peerListeners]) listener();
  };
  provider.awareness.on('change', onPresence);

  return {
    doc,
    awareness: provider.awareness,
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    loadedLocally,
    flush: local.flush,
    setPresence: (state) => provider.awareness.setLocalState(state ? { ...state } : null),
    getPeers: () => peers,
    subscribePeers(listener) {
      peerListeners.add(listener);
      return () => peerListeners.delete(listener);
    },
    async destroy() {
      listeners.clear();
      peerListeners.clear();
      provider.awareness.off('change', onPresence);
      stopPresence();
      stopUpdates();
      await stopTracking();
      provider.destroy();
      await local.close();
      doc.destroy();
    },
  };
}
