import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { CommitQueue } from '../storage/CommitQueue.ts';
import type { Storage } from '../storage/openStorage.ts';
import { type PresencePolicy, presenceAudience } from './presencePolicy.ts';
import { MessageType } from './protocol.ts';
import type { RelayCounters } from './RelayCounters.ts';
import type { RoomConnection } from './RoomConnection.ts';

export interface DocRoomOptions {
  name: string;
  storage: Storage;
  commits: CommitQueue;
  counters: RelayCounters;
  presence: PresencePolicy;
  /** Decides, at each write, whether this connection may change the document. */
  mayWrite: (connection: RoomConnection) => boolean;
  maxAwarenessClientsPerConnection: number;
  compactAfterUpdates: number;
}

/** One Yjs document held in memory while connections use it; updates are queued for group commit, then acknowledged. */
export class DocRoom {
  readonly name: string;
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Map<WebSocket, RoomConnection>();
  private readonly awarenessOwners = new Map<number, RoomConnection>();
  private storedUpdates = 0;

  constructor(private readonly options: DocRoomOptions) {
    this.name = options.name;
    this.awareness.setLocalState(null);
    const stored = options.storage.loadUpdates(this.name);
    this.doc.transact(() => {
      for (const update of stored) Y.applyUpdate(this.doc, update);
    });
    this.storedUpdates = stored.length;
    if (this.storedUpdates > options.compactAfterUpdates) this.compact();
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  add(connection: RoomConnection): void {
    this.connections.set(connection.socket, connection);
    const syncStep1 = encoding.createEncoder();
    encoding.writeVarUint(syncStep1, MessageType.sync);
    syncProtocol.writeSyncStep1(syncStep1, this.doc);
    connection.send(encoding.toUint8Array(syncStep1));
    this.sendAwarenessSnapshot(connection);
  }

  remove(socket: WebSocket): void {
    const connection = this.connections.get(socket);
    if (!connection) return;
    if (connection.awarenessClientIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessClientIds], connection);
    }
    this.connections.delete(socket);
  }

  /** Handles one binary message; throws on anything malformed so the caller closes that socket. */
  receive(connection: RoomConnection, message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.sync) {
      this.receiveSync(connection, decoder);
    } else if (type === MessageType.awareness) {
      this.receiveAwareness(connection, decoding.readVarUint8Array(decoder));
    } else if (type === MessageType.queryAwareness) {
      this.sendAwarenessSnapshot(connection);
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
      encoding.writeVarUint(reply, syncProtocol.messageYjsSyncStep2);
      encoding.writeVarUint8Array(reply, Y.encodeStateAsUpdate(this.doc, stateVector));
      connection.send(encoding.toUint8Array(reply));
      return;
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new Error(`unknown sync message type ${syncType}`);
    }
    const update = decoding.readVarUint8Array(decoder);
    if (!this.options.mayWrite(connection)) {
      this.options.counters.droppedWrites++;
      return;
    }
    Y.decodeUpdate(update);
    Y.applyUpdate(this.doc, update, connection);
  }

  private receiveAwareness(connection: RoomConnection, update: Uint8Array): void {
    if (this.options.presence === 'none') return;
    // Stock clients echo back every state they receive, so only ids new to this room count against the bound.
    const known = this.awareness.getStates();
    const decoder = decoding.createDecoder(update);
    const entries = decoding.readVarUint(decoder);
    let fresh = 0;
    for (let index = 0; index < entries; index++) {
      const clientId = decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
      decoding.readVarString(decoder);
      if (!known.has(clientId) && !connection.awarenessClientIds.has(clientId)) fresh++;
    }
    if (connection.awarenessClientIds.size + fresh > this.options.maxAwarenessClientsPerConnection) {
      throw new Error(`awareness for ${fresh} new clients on one connection`);
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, connection);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown) => {
    const writer =
      origin && this.connections.get((origin as RoomConnection).socket) === origin ? origin : null;
    const clocks = Y.parseUpdateMeta(update).to;
    this.options.commits.enqueue(this.name, update, clocks, writer as RoomConnection | null);
    this.storedUpdates++;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.sync);
    syncProtocol.writeUpdate(encoder, update);
    const message = encoding.toUint8Array(encoder);
    for (const connection of this.connections.values()) {
      if (connection !== writer) connection.send(message);
    }
    if (this.storedUpdates > this.options.compactAfterUpdates * 2) this.compact();
  };

  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const source =
      origin && this.connections.has((origin as RoomConnection).socket) ? (origin as RoomConnection) : null;
    if (source) {
      for (const id of change.added) {
        source.awarenessClientIds.add(id);
        this.awarenessOwners.set(id, source);
      }
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    const owner = source ?? this.awarenessOwners.get(changed[0] ?? -1) ?? null;
    for (const id of change.removed) {
      this.awarenessOwners.get(id)?.awarenessClientIds.delete(id);
      this.awarenessOwners.delete(id);
    }
    const message = this.encodeAwareness(changed);
    for (const connection of this.connections.values()) {
      if (connection !== source && presenceAudience(this.options.presence, owner, connection)) {
        this.options.counters.presenceBytesOut += message.byteLength;
        connection.send(message);
      }
    }
  };

  private sendAwarenessSnapshot(connection: RoomConnection): void {
    const visible = [...this.awareness.getStates().keys()].filter((id) =>
      presenceAudience(this.options.presence, this.awarenessOwners.get(id) ?? null, connection),
    );
    if (visible.length > 0) connection.send(this.encodeAwareness(visible));
  }

  private encodeAwareness(clientIds: number[]): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.awareness);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, clientIds));
    return encoding.toUint8Array(encoder);
  }

  private compact(): void {
    this.options.commits.flush();
    this.options.storage.replaceUpdates(this.name, Y.encodeStateAsUpdate(this.doc));
    this.storedUpdates = 1;
  }
}
