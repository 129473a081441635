import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Storage } from '../storage/openStorage.ts';
import { type ConnectionRole, MessageType } from './protocol.ts';

export interface RoomConnection {
  socket: WebSocket;
  role: ConnectionRole;
  canWrite: boolean;
  awarenessClientIds: Set<number>;
}

export interface RoomCounters {
  droppedWrites: number;
}

const COMPACT_AFTER_UPDATES = 500;

/** One Yjs document held in memory while connections use it; every update is stored before it is relayed. */
export class DocRoom {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Map<WebSocket, RoomConnection>();
  private storedUpdates = 0;

  constructor(
    readonly name: string,
    private readonly storage: Storage,
    private readonly counters: RoomCounters,
  ) {
    this.awareness.setLocalState(null);
    const stored = storage.loadUpdates(name);
    this.doc.transact(() => {
      for (const update of stored) Y.applyUpdate(this.doc, update);
    });
    this.storedUpdates = stored.length;
    if (this.storedUpdates > COMPACT_AFTER_UPDATES) this.compact();
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  add(connection: RoomConnection): void {
    this.connections.set(connection.socket, connection);
    const syncStep1 = encoding.createEncoder();
    encoding.writeVarUint(syncStep1, MessageType.sync);
    syncProtocol.writeSyncStep1(syncStep1, this.doc);
    this.send(connection, encoding.toUint8Array(syncStep1));
    const states = Array.from(this.awareness.getStates().keys());
    if (states.length > 0) this.send(connection, this.encodeAwareness(states));
  }

  remove(socket: WebSocket): void {
    const connection = this.connections.get(socket);
    if (!connection) return;
    this.connections.delete(socket);
    if (connection.awarenessClientIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(
        this.awareness,
        Array.from(connection.awarenessClientIds),
        null,
      );
    }
  }

  /** Handles one binary message; throws on anything malformed so the caller closes that socket. */
  receive(connection: RoomConnection, message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.sync) {
      this.receiveSync(connection, decoder);
    } else if (type === MessageType.awareness) {
      const update = decoding.readVarUint8Array(decoder);
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, connection);
    } else if (type === MessageType.queryAwareness) {
      this.send(connection, this.encodeAwareness(Array.from(this.awareness.getStates().keys())));
    } else if (type !== MessageType.auth) {
      throw new Error(`unknown message type ${type}`);
    }
  }

  destroy(): void {
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }

  private receiveSync(connection: RoomConnection, decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MessageType.sync);
      syncProtocol.writeSyncStep2(reply, this.doc, stateVector);
      this.send(connection, encoding.toUint8Array(reply));
      return;
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new Error(`unknown sync message type ${syncType}`);
    }
    const update = decoding.readVarUint8Array(decoder);
    if (!connection.canWrite) {
      this.counters.droppedWrites++;
      return;
    }
    Y.decodeUpdate(update);
    Y.applyUpdate(this.doc, update, connection);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown) => {
    this.storage.appendUpdate(this.name, update);
    this.storedUpdates++;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.sync);
    syncProtocol.writeUpdate(encoder, update);
    const message = encoding.toUint8Array(encoder);
    for (const connection of this.connections.values()) {
      if (connection !== origin) this.send(connection, message);
    }
    if (this.storedUpdates > COMPACT_AFTER_UPDATES * 2) this.compact();
  };

  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const changed = [...change.added, ...change.updated, ...change.removed];
    const source = origin as RoomConnection | null;
    if (source && this.connections.has(source.socket)) {
      for (const id of change.added) source.awarenessClientIds.add(id);
      for (const id of change.removed) source.awarenessClientIds.delete(id);
    }
    const message = this.encodeAwareness(changed);
    for (const connection of this.connections.values()) this.send(connection, message);
  };

  private encodeAwareness(clientIds: number[]): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.awareness);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, clientIds));
    return encoding.toUint8Array(encoder);
  }

  private compact(): void {
    this.storage.replaceUpdates(this.name, Y.encodeStateAsUpdate(this.doc));
    this.storedUpdates = 1;
  }

  private send(connection: RoomConnection, message: Uint8Array): void {
    if (connection.socket.readyState !== connection.socket.OPEN) return;
    connection.socket.send(message, (error) => {
      if (error) connection.socket.terminate();
    });
  }
}
