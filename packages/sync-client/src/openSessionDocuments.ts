import { documentPath } from '@peerloom/protocol';
import type * as Y from 'yjs';
import type { DocumentStatus } from './DocumentStatus.ts';
import { openSyncedDocument } from './openSyncedDocument.ts';

export type SessionAuth = { key: string } | { token: string };

export interface SessionDocumentsOptions {
  /** Base WebSocket URL of the relay's sync endpoint, e.g. `ws://host:8080/sync`. */
  serverUrl: string;
  sessionId: string;
  auth: SessionAuth;
  /** Keep a copy in IndexedDB (true in browsers; false in Node tests without IndexedDB). */
  persist: boolean;
  WebSocketImpl?: typeof WebSocket;
}

export interface SessionStatus {
  readonly control: DocumentStatus;
  readonly room: DocumentStatus;
}

export interface SessionDocuments {
  readonly control: Y.Doc;
  readonly room: Y.Doc;
  getStatus(): SessionStatus;
  subscribe(listener: () => void): () => void;
  readonly loadedLocally: Promise<void>;
  flush(): Promise<void>;
  /** Tells the facilitator's devices that this participant is here, for as long as the documents are open. */
  announceParticipant(participantId: string): void;
  /** The participant ids with a device connected to the session now (seen from a facilitator's device). */
  getOnlineParticipants(): ReadonlySet<string>;
  subscribeOnline(listener: () => void): () => void;
  destroy(): Promise<void>;
}

/** Opens a session's `control` and `room` documents, each with its own provider and local copy. */
export function openSessionDocuments(options: SessionDocumentsOptions): SessionDocuments {
  const open = (kind: 'control' | 'room') =>
    openSyncedDocument({
      serverUrl: options.serverUrl,
      path: `${options.sessionId}/${documentPath(kind)}`,
      params: { ...options.auth },
      persistenceName: options.persist ? `peerloom:${options.sessionId}:${kind}` : null,
      ...(options.WebSocketImpl ? { WebSocketImpl: options.WebSocketImpl } : {}),
    });
  const control = open('control');
  const room = open('room');
  let status: SessionStatus = { control: control.getStatus(), room: room.getStatus() };
  let online: ReadonlySet<string> = new Set();
  let onlineFrom: readonly unknown[] | null = null;

  return {
    control: control.doc,
    room: room.doc,
    getStatus() {
      if (status.control !== control.getStatus() || status.room !== room.getStatus()) {
        status = Object.freeze({ control: control.getStatus(), room: room.getStatus() });
      }
      return status;
    },
    subscribe(listener) {
      const offControl = control.subscribe(listener);
      const offRoom = room.subscribe(listener);
      return () => {
        offControl();
        offRoom();
      };
    },
    loadedLocally: Promise.all([control.loadedLocally, room.loadedLocally]).then(() => undefined),
    async flush() {
      await Promise.all([control.flush(), room.flush()]);
    },
    announceParticipant(participantId) {
      room.setPresence({ participantId });
    },
    getOnlineParticipants() {
      const peers = room.getPeers();
      if (peers !== onlineFrom) {
        onlineFrom = peers;
        online = new Set(
          peers.flatMap((peer) => (typeof peer.participantId === 'string' ? [peer.participantId] : [])),
        );
      }
      return online;
    },
    subscribeOnline: (listener) => room.subscribePeers(listener),
    async destroy() {
      await Promise.all([control.destroy(), room.destroy()]);
    },
  };
}
