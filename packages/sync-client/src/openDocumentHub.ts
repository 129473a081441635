import { isFinalCloseCode, MessageType } from '@peerloom/protocol';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import type { ConnectionState, DocumentStatus } from './DocumentStatus.ts';
import { encodeHubFrame } from './hubFrames.ts';
import { type HubDocument, openHubDocument } from './openHubDocument.ts';
import type { SessionAuth } from './openSessionDocuments.ts';
import type { SyncedDocument } from './openSyncedDocument.ts';

export interface DocumentHubOptions {
  /** Base WebSocket URL of the relay's sync endpoint, e.g. `ws://host:8080/sync`. */
  serverUrl: string;
  sessionId: string;
  auth: SessionAuth;
  /** Keep each document's copy in IndexedDB, named `peerloom:SESSION:PATH` like openSessionDocuments. */
  persist: boolean;
  /** For Node: the `ws` WebSocket class. Browsers use their own. */
  WebSocketImpl?: typeof WebSocket;
  /**
   * With documents open and nothing heard from the relay for this long (30 s by default), the
   * socket is taken for dead and replaced; after half of it, the hub sends a sync step 1, which the
   * relay always answers.
   */
  livenessMs?: number;
}

export interface HubStatus {
  /** The hub socket itself; each document also has its own status (a document can be refused alone). */
  readonly connection: ConnectionState;
  /** Documents open on this hub. */
  readonly documents: number;
  /** Set when the relay refused the socket with a 44xx code (bad key or token); the hub stops retrying. */
  readonly refusal: DocumentStatus['refusal'];
}

export interface DocumentHub {
  /**
   * Opens one document of the session on the hub's socket, by its path relative to the session
   * (`control`, `room`, `group/PRODUCTION_ID`). Opening an open path returns the same handle;
   * the handle's `destroy` unsubscribes from that document and leaves the socket to the others.
   * Throws once the hub is destroyed.
   */
  open(documentPath: string): SyncedDocument;
  getStatus(): HubStatus;
  subscribe(listener: () => void): () => void;
  /** Closes every document and the socket. */
  destroy(): Promise<void>;
}

const MAX_BACKOFF_MS = 5000;
const DEFAULT_LIVENESS_MS = 30_000;

/**
 * One WebSocket carrying several documents of a session (`/sync/SESSION/hub`): a facilitator or
 * projector watching every group opens one socket, not one per group. Reconnects with backoff
 * and resyncs every open document (sync step 1 and this device's presence) on each reconnect.
 */
export function openDocumentHub(options: DocumentHubOptions): DocumentHub {
  const Socket = options.WebSocketImpl ?? WebSocket;
  const params = new URLSearchParams({ ...options.auth, ack: '1' });
  const url = `${options.serverUrl.replace(/\/$/, '')}/${options.sessionId}/hub?${params}`;
  const documents = new Map<string, HubDocument>();
  const listeners = new Set<() => void>();
  let status: HubStatus = { connection: 'connecting', documents: 0, refusal: null };
  let socket: WebSocket | null = null;
  let attempts = 0;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  let lastHeard = Date.now();
  let destroyed = false;

  const update = (patch: Partial<HubStatus>) => {
    const next = { ...status, ...patch };
    if ((Object.keys(patch) as (keyof HubStatus)[]).every((key) => next[key] === status[key])) return;
    status = Object.freeze(next);
    for (const listener of [...listeners]) listener();
  };
  const send = (frame: Uint8Array) => {
    if (!socket || socket.readyState !== Socket.OPEN) return false;
    socket.send(frame as Uint8Array<ArrayBuffer>);
    return true;
  };
  const link = {
    send,
    forget(documentPath: string) {
      documents.delete(documentPath);
      update({ documents: documents.size });
    },
  };

  const receive = (data: ArrayBuffer) => {
    lastHeard = Date.now();
    const decoder = decoding.createDecoder(new Uint8Array(data));
    const target = documents.get(decoding.readVarString(decoder));
    target?.receive(decoder);
  };

  const connect = () => {
    reconnectTimer = null;
    if (destroyed) return;
    update({ connection: 'connecting' });
    lastHeard = Date.now();
    const current = new Socket(url);
    current.binaryType = 'arraybuffer';
    socket = current;
    current.onopen = () => {
      attempts = 0;
      lastHeard = Date.now();
      update({ connection: 'online' });
      for (const document of [...documents.values()]) document.connected();
    };
    current.onmessage = (event: MessageEvent) => {
      try {
        receive(event.data as ArrayBuffer);
      } catch {
        lose(current, 1006, 'unreadable frame');
        current.close();
      }
    };
    current.onerror = () => {};
    current.onclose = (event: CloseEvent) => lose(current, event.code, event.reason);
  };

  /** Once per socket: every document goes offline (or refused), and the hub reconnects unless refused. */
  const lose = (current: WebSocket, code: number, reason: string) => {
    if (socket !== current) return;
    socket = null;
    const refusal = isFinalCloseCode(code) ? { code, reason } : null;
    for (const document of [...documents.values()]) document.disconnected(refusal);
    if (refusal) return update({ connection: 'refused', refusal });
    update({ connection: 'offline' });
    if (!destroyed) reconnectTimer = setTimeout(connect, Math.min(2 ** attempts++ * 100, MAX_BACKOFF_MS));
  };

  // A dead Wi-Fi link may never close the socket: probe the relay when quiet, give the socket up when silent.
  const deadMs = options.livenessMs ?? DEFAULT_LIVENESS_MS;
  const liveness = setInterval(
    () => {
      const current = socket;
      if (!current || documents.size === 0) return;
      const quiet = Date.now() - lastHeard;
      if (quiet > deadMs) {
        lose(current, 1006, 'no answer from the relay');
        current.close();
      } else if (quiet > deadMs / 2 && current.readyState === Socket.OPEN) {
        const [first] = documents.entries();
        if (first) {
          const [path, document] = first;
          send(
            encodeHubFrame(path, MessageType.sync, (encoder) =>
              syncProtocol.writeSyncStep1(encoder, document.handle.doc),
            ),
          );
        }
      }
    },
    Math.max(50, deadMs / 6),
  );

  connect();

  return {
    open(documentPath) {
      if (destroyed) throw new Error('document hub destroyed');
      const existing = documents.get(documentPath);
      if (existing) return existing.handle;
      const persistenceName = options.persist ? `peerloom:${options.sessionId}:${documentPath}` : null;
      const document = openHubDocument(documentPath, persistenceName, link);
      documents.set(documentPath, document);
      update({ documents: documents.size });
      if (status.refusal) document.disconnected(status.refusal);
      else if (socket?.readyState === Socket.OPEN) document.connected();
      return document.handle;
    },
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      await Promise.all([...documents.values()].map((document) => document.handle.destroy()));
      clearInterval(liveness);
      if (reconnectTimer) clearTimeout(reconnectTimer);
      listeners.clear();
      const closing = socket;
      socket = null;
      closing?.close();
    },
  };
}
