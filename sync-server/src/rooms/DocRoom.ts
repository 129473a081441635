import * as decoding from 'lib0/decoding';
import type { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { ForwardTrace } from '../observability/ForwardTrace.ts';
import type { CommitQueue } from '../storage/CommitQueue.ts';
import type { StoredDocument } from '../storage/DocumentStore.ts';
import { advancedClocks } from './advancedClocks.ts';
import { ClientOwners } from './ClientOwners.ts';
import { HeldWrites } from './HeldWrites.ts';
import { PresenceFanOut } from './PresenceFanOut.ts';
import { peerPresenceOwner } from './peerPresenceOwner.ts';
import { type PresencePolicy, presenceAudience } from './presencePolicy.ts';
import { MessageType } from './protocol.ts';
import type { RelayCounters } from './RelayCounters.ts';
import type { RoomConnection } from './RoomConnection.ts';
import { type PresenceEntry, readPresenceEntries, writePresenceEntries } from './readPresenceEntries.ts';
import { SharedMessage } from './SharedMessage.ts';
import { spreadOf } from './spreadOf.ts';
import { encodeSyncStep1, encodeSyncStep2, encodeUpdateMessage } from './syncMessages.ts';
import { PeerOrigin } from './UpdateOrigin.ts';
import { WriteRefused } from './WriteRefused.ts';
import type { WriteCheck } from './writePolicy.ts';

/**
 * What a message costs its sender: `document` and `presence` spend separate budgets; `echo` (a stock client
 * sending back presence the relay sent it, as y-websocket does) costs nothing up to what the relay sent.
 */
export type MessageCost = 'document' | 'presence' | 'echo';

export interface DocRoomOptions {
  name: string;
  /** The document's stored state, loaded before the room exists (`RoomRegistry`). */
  stored: StoredDocument;
  commits: CommitQueue;
  /** With Redis: shares the presence its own connections change with the other relays. */
  sharePresence?: ((update: Uint8Array, origin: PeerOrigin['role']) => void) | null;
  counters: RelayCounters;
  presence: PresencePolicy;
  /** Checks an update before anything of it is applied (`writePolicy`); a refusal makes `receive` throw `WriteRefused`. */
  checkWrite: WriteCheck;
  maxAwarenessClientsPerConnection: number;
  compactAfterUpdates: number;
  /** Presence sent to each connection is coalesced to at most one message per interval (default 50 ms). */
  presenceIntervalMs?: number;
  /** Benchmarks only: times each forwarded update (off unless PEERLOOM_FORWARD_TRACE is set). */
  trace?: ForwardTrace | null;
}

/** One Yjs document held in memory while connections use it; updates are queued for group commit, then acknowledged. */
export class DocRoom {
  readonly name: string;
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Map<WebSocket, RoomConnection>();
  private readonly awarenessOwners = new Map<number, RoomConnection>();
  /** Who first wrote with each Yjs client id here; stored beside the log, loaded with it. */
  private readonly owners: ClientOwners;
  private readonly held = new HeldWrites();
  private storedUpdates = 0;
  /** Between 2 and 3 × `compactAfterUpdates` per document name: sixty groups must not all compact at once. */
  private readonly compactionThreshold: number;
  private readonly presence: PresenceFanOut;
  /** The sync step 2 for an empty state vector, kept until the document changes (300 devices, encoded once). */
  private wholeStateReply: SharedMessage | null = null;
  private receivedAt = 0; // With a trace: when the update being applied reached the relay.

  constructor(private readonly options: DocRoomOptions) {
    this.name = options.name;
    this.compactionThreshold = Math.round(options.compactAfterUpdates * (2 + spreadOf(options.name)));
    this.presence = new PresenceFanOut({
      awareness: this.awareness,
      connections: () => this.connections.values(),
      audience: (owner, viewer) => presenceAudience(options.presence, owner, viewer),
      intervalMs: options.presenceIntervalMs ?? 50,
      onSent: (bytes) => {
        options.counters.presenceBytesOut += bytes;
      },
    });
    this.awareness.setLocalState(null);
    this.owners = new ClientOwners(options.stored.owners);
    this.doc.transact(() => {
      for (const update of options.stored.updates) Y.applyUpdate(this.doc, update);
    });
    this.storedUpdates = options.stored.updates.length;
    if (this.storedUpdates > options.compactAfterUpdates) this.compact();
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  add(connection: RoomConnection): void {
    this.connections.set(connection.socket, connection);
    connection.send(encodeSyncStep1(this.doc));
    this.sendAwarenessSnapshot(connection);
  }

  remove(socket: WebSocket): void {
    const connection = this.connections.get(socket);
    if (!connection) return;
    if (connection.awarenessClientIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessClientIds], connection);
    }
    this.connections.delete(socket);
    this.held.forget(connection);
  }

  /**
   * Handles one binary message; throws on anything malformed (or `WriteRefused`) so the caller closes that socket.
   * `admit` is asked what the message costs before it takes effect; when it refuses, nothing is
   * applied and `receive` returns false (the caller closes the socket).
   */
  receive(
    connection: RoomConnection,
    message: Uint8Array,
    admit: (cost: MessageCost) => boolean = () => true,
  ): boolean {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.awareness) {
      return this.receiveAwareness(connection, decoding.readVarUint8Array(decoder), admit);
    }
    if (!admit('document')) return false;
    if (type === MessageType.sync) {
      this.receiveSync(connection, decoder);
    } else if (type === MessageType.queryAwareness) {
      this.sendAwarenessSnapshot(connection);
    } else if (type !== MessageType.auth) {
      throw new Error(`unknown message type ${type}`);
    }
    return true;
  }

  destroy(): void {
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.presence.destroy();
    this.awareness.destroy();
    this.doc.destroy();
  }

  /** An update another relay stored (read from the shared log): applied and sent to every connection here. */
  applyFromPeer(update: Uint8Array, origin: PeerOrigin, owners: readonly [number, string][]): void {
    for (const [client, owner] of owners) this.owners.bind([client], owner);
    if (update.byteLength > 0) Y.applyUpdate(this.doc, update, origin);
  }

  private receiveSync(connection: RoomConnection, decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      let reply: Uint8Array | SharedMessage;
      if (stateVector.byteLength === 1 && stateVector[0] === 0) {
        this.wholeStateReply ??= new SharedMessage(encodeSyncStep2(this.doc, stateVector));
        reply = this.wholeStateReply;
      } else reply = encodeSyncStep2(this.doc, stateVector);
      // Sent once what it holds is stored, like every forwarded update: see `onDocUpdate`.
      this.options.commits.afterDurable(() => connection.send(reply));
      return;
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new Error(`unknown sync message type ${syncType}`);
    }
    if (this.options.trace) this.receivedAt = this.options.trace.now();
    const update = decoding.readVarUint8Array(decoder);
    // A reader's answer to sync step 1 (no structs, no deletions) is no write (300 devices x 60 productions read).
    if (update.byteLength === 2 && update[0] === 0 && update[1] === 0) return;
    const verdict = this.options.checkWrite(connection, this.doc, update, this.owners);
    if (verdict.verdict === 'refuse') {
      if (verdict.reason === 'missing_dependency' && this.held.hold(connection, update)) return;
      throw new WriteRefused(verdict.reason);
    }
    if (verdict.verdict === 'drop') this.options.counters.droppedWrites++;
    if (verdict.verdict !== 'apply') return;
    this.apply(connection, update, verdict.owner, verdict.unbound);
    if (this.held.size > 0) this.held.retry((held, heldUpdate) => this.settleHeld(held, heldUpdate));
  }

  private apply(connection: RoomConnection, update: Uint8Array, owner: string, unbound: ReadonlySet<number>) {
    const bound = this.owners.bind(unbound, owner);
    if (bound.length > 0) this.options.commits.enqueueOwners(this.name, bound);
    Y.applyUpdate(this.doc, update, connection);
  }

  /** A held update, checked again after a write: applied, refused (its connection leaves), or kept waiting. */
  private settleHeld(connection: RoomConnection, update: Uint8Array): 'wait' | 'applied' | 'settled' {
    if (!this.connections.has(connection.socket)) return 'settled';
    const verdict = this.options.checkWrite(connection, this.doc, update, this.owners);
    if (verdict.verdict === 'refuse') {
      if (verdict.reason === 'missing_dependency') return 'wait';
      this.remove(connection.socket);
      connection.refuse(verdict.reason);
      return 'settled';
    }
    if (verdict.verdict !== 'apply') return 'settled';
    this.apply(connection, update, verdict.owner, verdict.unbound);
    return 'applied';
  }

  private receiveAwareness(
    connection: RoomConnection,
    update: Uint8Array,
    admit: (cost: MessageCost) => boolean,
  ): boolean {
    const entries = readPresenceEntries(update);
    const own = entries.filter((entry) => this.isOwnPresence(connection, entry));
    if (own.length === 0) return this.presence.takeEcho(connection) || admit('presence');
    if (!admit('presence')) return false;
    if (this.options.presence === 'none') return true;
    const claimed = own.filter((entry) => !connection.awarenessClientIds.has(entry.clientId)).length;
    if (connection.awarenessClientIds.size + claimed > this.options.maxAwarenessClientsPerConnection) {
      throw new Error(`awareness for ${claimed} new clients on one connection`);
    }
    const applied = own.length === entries.length ? update : writePresenceEntries(own);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, applied, connection);
    return true;
  }

  /**
   * A connection speaks for the client ids it introduced. A state for an id another connection owns,
   * or one no newer than what the relay holds for an id nobody owns now, is an echo (or a spoof):
   * it is neither applied nor forwarded.
   */
  private isOwnPresence(connection: RoomConnection, entry: PresenceEntry): boolean {
    const owner = this.awarenessOwners.get(entry.clientId);
    if (owner) return owner === connection;
    const known = this.awareness.meta.get(entry.clientId);
    return !known || entry.clock > known.clock;
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => {
    this.wholeStateReply = null;
    if (origin instanceof PeerOrigin) return this.forward(update, null);
    const writer =
      origin && this.connections.get((origin as RoomConnection).socket) === origin ? origin : null;
    const clocks = advancedClocks(tr);
    this.options.commits.enqueue(this.name, update, clocks, writer as RoomConnection | null);
    this.storedUpdates++;
    if (this.storedUpdates > this.compactionThreshold) this.compact();
    if (this.connections.size === (writer ? 1 : 0)) return;
    const receivedAt = this.receivedAt;
    // Forwarded once stored (a relay process that dies keeps it): a device holding another's write the relay lost in
    // a crash would send it back after the restart and be refused (another participant's client id) for good.
    this.options.commits.afterDurable(() => {
      this.forward(update, writer as RoomConnection | null);
      this.options.trace?.forwarded(clocks, receivedAt);
    });
  };

  private forward(update: Uint8Array, writer: RoomConnection | null) {
    const message = new SharedMessage(encodeUpdateMessage(update));
    for (const connection of this.connections.values()) {
      if (connection !== writer) connection.send(message);
    }
  }

  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const local =
      origin && this.connections.has((origin as RoomConnection).socket) ? (origin as RoomConnection) : null;
    const source = origin instanceof PeerOrigin ? peerPresenceOwner(origin.role) : local;
    if (source) {
      for (const id of change.added) {
        source.awarenessClientIds.add(id);
        this.awarenessOwners.set(id, source);
      }
    }
    if (local && this.options.sharePresence) {
      const changed = [...change.added, ...change.updated, ...change.removed];
      this.options.sharePresence(
        awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed),
        local.role,
      );
    }
    const owners = new Map<number, RoomConnection | null>();
    for (const id of [...change.added, ...change.updated, ...change.removed]) {
      owners.set(id, this.awarenessOwners.get(id) ?? source);
    }
    for (const id of change.removed) {
      this.awarenessOwners.get(id)?.awarenessClientIds.delete(id);
      this.awarenessOwners.delete(id);
    }
    this.presence.changed([...owners.keys()], (id) => owners.get(id) ?? null);
  };

  private sendAwarenessSnapshot(connection: RoomConnection): void {
    const visible = [...this.awareness.getStates().keys()].filter((id) =>
      presenceAudience(this.options.presence, this.awarenessOwners.get(id) ?? null, connection),
    );
    this.presence.sendNow(connection, visible);
  }

  /** The log becomes this copy's state, which holds every stored and queued update (rooms unload once durable). */
  private compact(): void {
    this.options.commits.enqueueCompaction(this.name, Y.encodeStateAsUpdate(this.doc));
    this.storedUpdates = 1;
  }
}
