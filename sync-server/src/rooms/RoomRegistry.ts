import type { ForwardTrace } from '../observability/ForwardTrace.ts';
import type { CommitQueue } from '../storage/CommitQueue.ts';
import type { DocumentStore, StoredDocument } from '../storage/DocumentStore.ts';
import { DocRoom } from './DocRoom.ts';
import { type DocAddress, feedbackShared, namesDocument, presenceFor } from './documentKinds.ts';
import type { RelayCounters } from './RelayCounters.ts';
import type { PeerOrigin } from './UpdateOrigin.ts';
import { writePolicy } from './writePolicy.ts';

export interface RoomRegistryOptions {
  documents: DocumentStore;
  commits: CommitQueue;
  /** With Redis: the link to the other relays, told when a room loads and unloads, and given its presence. */
  link?: RoomLink | null;
  counters: RelayCounters;
  idleUnloadMs: number;
  maxDocumentsPerSession: number;
  maxSessions: number;
  maxAwarenessClientsPerConnection: number;
  compactAfterUpdates: number;
  /** Clock of the write rates (`RoomWriteQuota`); Date.now by default. */
  now?: () => number;
  /** Benchmarks only: false leaves `room` writes unchecked, to measure what the guard costs. */
  guardWrites?: boolean;
  /** Benchmarks only: times each forwarded update. */
  trace?: ForwardTrace | null;
}

export type OpenResult =
  | { ok: true; room: DocRoom }
  | { ok: false; reason: 'too-many-sessions' | 'too-many-documents' | 'storage-unavailable' };

/** What the registry tells the link between relays (`scaleout/`): rooms to follow, presence to share. */
export interface RoomLink {
  loaded(room: DocRoom, stored: StoredDocument): void;
  unloaded(room: DocRoom): void;
  sharePresence(docName: string, update: Uint8Array, role: PeerOrigin['role']): void;
}

/** Whether a session has a document: yes, no, or unknown because its control document cannot be loaded. */
export type DocumentExistence = 'yes' | 'no' | 'unavailable';

/**
 * Loads a document on first use, asynchronously (its state applied before any reply; a group document's
 * `control` first, for the write rule) and unloads it once idle. Callers hold a socket's frames until `open`
 * resolves. A session's `control` and `room` are always admitted; `maxDocumentsPerSession` bounds its groups.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, DocRoom>();
  /** Rooms whose stored state is being read; a second open of the same name waits for the same load. */
  private readonly loading = new Map<string, Promise<OpenResult>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  /** Rooms whose last writes are being committed before they leave memory; reopening one keeps it. */
  private readonly unloading = new Map<string, symbol>();
  private readonly roomsBySession = new Map<string, Set<string>>();
  /** Group rooms keep their session's control room loaded, to read membership at each write. */
  private readonly pinnedControl = new Map<string, DocRoom>();

  constructor(private readonly options: RoomRegistryOptions) {}

  get size(): number {
    return this.rooms.size;
  }

  get sessionCount(): number {
    return this.roomsBySession.size;
  }

  /** The in-memory documents of a session, by name (what the archive reads before storage). */
  loadedDocuments(sessionId: string): Map<string, DocRoom['doc']> {
    const names = this.roomsBySession.get(sessionId) ?? new Set<string>();
    return new Map(
      [...names].flatMap((name) => {
        const room = this.rooms.get(name);
        return room ? [[name, room.doc] as const] : [];
      }),
    );
  }

  get connectionCount(): number {
    let count = 0;
    for (const room of this.rooms.values()) count += room.connections.size;
    return count;
  }

  async open(address: DocAddress): Promise<OpenResult> {
    this.cancelUnload(address.name);
    this.unloading.delete(address.name);
    const existing = this.rooms.get(address.name);
    if (existing) return { ok: true, room: existing };
    const pending = this.loading.get(address.name);
    if (pending) return pending;
    const sessionRooms = this.roomsBySession.get(address.sessionId);
    if (!sessionRooms && this.roomsBySession.size >= this.options.maxSessions) {
      return { ok: false, reason: 'too-many-sessions' };
    }
    if (
      address.kind === 'group' &&
      sessionRooms &&
      groupCount(sessionRooms) >= this.options.maxDocumentsPerSession
    ) {
      return { ok: false, reason: 'too-many-documents' };
    }
    this.roomsBySession.set(address.sessionId, (sessionRooms ?? new Set()).add(address.name));
    const loading = this.load(address).then((result) => {
      this.loading.delete(address.name);
      if (!result.ok) this.forgetName(address.name);
      return result;
    });
    this.loading.set(address.name, loading);
    return loading;
  }

  private async load(address: DocAddress): Promise<OpenResult> {
    const controlName = `${address.sessionId}/control`;
    if (address.kind === 'group') {
      const control = await this.open({ ...address, kind: 'control', groupId: null, name: controlName });
      if (!control.ok) return control;
      this.pinnedControl.set(address.name, control.room);
      this.release(control.room);
    }
    let stored: StoredDocument;
    try {
      stored = await this.options.documents.load(address.name);
    } catch {
      const pinned = this.pinnedControl.get(address.name);
      this.pinnedControl.delete(address.name);
      if (pinned) this.release(pinned);
      return { ok: false, reason: 'storage-unavailable' };
    }
    const link = this.options.link;
    const room = new DocRoom({
      name: address.name,
      stored,
      commits: this.options.commits,
      sharePresence: link ? (update, role) => link.sharePresence(address.name, update, role) : null,
      counters: this.options.counters,
      presence: presenceFor(address.kind),
      checkWrite: writePolicy(address, () => this.control(controlName, address), {
        now: this.options.now ?? Date.now,
        guarded: this.options.guardWrites !== false,
      }),
      maxAwarenessClientsPerConnection: this.options.maxAwarenessClientsPerConnection,
      compactAfterUpdates: this.options.compactAfterUpdates,
      trace: this.options.trace,
    });
    this.rooms.set(address.name, room);
    if (address.kind === 'control')
      room.doc.on('update', () => this.withdrawFeedback(address.sessionId, room.doc));
    link?.loaded(room, stored);
    return { ok: true, room };
  }

  /** Whether the session names the document at `address` (see `namesDocument`), loading its control document if need be. */
  async exists(address: DocAddress): Promise<DocumentExistence> {
    if (address.kind !== 'group') return 'yes';
    const controlName = `${address.sessionId}/control`;
    const loaded = this.rooms.get(controlName);
    if (loaded) return namesDocument(() => loaded.doc, address) ? 'yes' : 'no';
    const opened = await this.open({ ...address, kind: 'control', groupId: null, name: controlName });
    if (!opened.ok) return 'unavailable';
    this.release(opened.room);
    return namesDocument(() => opened.room.doc, address) ? 'yes' : 'no';
  }

  /** Reads a session's control document, loading it if need be; null when it cannot be loaded now. */
  async readControl<T>(sessionId: string, read: (control: DocRoom['doc']) => T): Promise<T | null> {
    const name = `${sessionId}/control`;
    const loaded = this.rooms.get(name);
    if (loaded) return read(loaded.doc);
    const opened = await this.open({ sessionId, kind: 'control', groupId: null, name });
    if (!opened.ok) return null;
    this.release(opened.room);
    return read(opened.room.doc);
  }

  release(room: DocRoom): void {
    if (room.connections.size > 0 || this.unloadTimers.has(room.name)) return;
    const timer = setTimeout(() => this.unload(room), this.options.idleUnloadMs);
    timer.unref();
    this.unloadTimers.set(room.name, timer);
  }

  closeAll(): void {
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    this.unloading.clear();
    for (const room of this.rooms.values()) {
      this.options.link?.unloaded(room);
      room.destroy();
    }
    this.rooms.clear();
    this.roomsBySession.clear();
    this.pinnedControl.clear();
  }

  /** A group document's `control`, opened and pinned before the group loaded (`load`). */
  private control(controlName: string, address: DocAddress) {
    const control = this.pinnedControl.get(address.name) ?? this.rooms.get(controlName);
    if (!control) throw new Error('control document unavailable');
    return control.doc;
  }

  /** Once the facilitator stops sharing the anonymous feedback, the participants reading it stop (4403). */
  private withdrawFeedback(sessionId: string, control: DocRoom['doc']) {
    const feedback = this.rooms.get(`${sessionId}/feedback`);
    if (!feedback || feedback.connections.size === 0 || feedbackShared(control)) return;
    for (const connection of [...feedback.connections.values()]) {
      if (connection.role === 'participant') connection.refuse('results_withdrawn');
    }
  }

  private cancelUnload(name: string) {
    const pending = this.unloadTimers.get(name);
    if (!pending) return;
    clearTimeout(pending);
    this.unloadTimers.delete(name);
  }

  /**
   * A room leaves memory only once its writes are durable: reloaded earlier, it would read a log
   * missing them. Reopened meanwhile, it stays.
   */
  private unload(room: DocRoom) {
    this.unloadTimers.delete(room.name);
    if (room.connections.size > 0 || this.rooms.get(room.name) !== room) return;
    if ([...this.pinnedControl.values()].includes(room)) return this.release(room);
    const attempt = Symbol(room.name);
    this.unloading.set(room.name, attempt);
    void this.options.commits.flush().then(() => {
      if (this.unloading.get(room.name) !== attempt) return;
      this.unloading.delete(room.name);
      if (room.connections.size > 0 || this.rooms.get(room.name) !== room) return;
      this.remove(room);
    });
  }

  private remove(room: DocRoom) {
    this.rooms.delete(room.name);
    const pinned = this.pinnedControl.get(room.name);
    this.pinnedControl.delete(room.name);
    if (pinned) this.release(pinned);
    this.forgetName(room.name);
    this.options.link?.unloaded(room);
    room.destroy();
  }

  private forgetName(name: string) {
    const sessionId = name.split('/')[0] ?? '';
    const sessionRooms = this.roomsBySession.get(sessionId);
    sessionRooms?.delete(name);
    if (sessionRooms?.size === 0) this.roomsBySession.delete(sessionId);
  }
}

/** The group documents among a session's loaded document names (`SESSION/group/G`). */
function groupCount(names: ReadonlySet<string>): number {
  let count = 0;
  for (const name of names) if (name.includes('/group/')) count++;
  return count;
}
