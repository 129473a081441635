import type { ForwardTrace } from '../observability/ForwardTrace.ts';
import type { CommitQueue } from '../storage/CommitQueue.ts';
import type { Storage } from '../storage/openStorage.ts';
import { DocRoom } from './DocRoom.ts';
import { type DocAddress, feedbackShared, namesDocument, presenceFor } from './documentKinds.ts';
import type { RelayCounters } from './RelayCounters.ts';
import { writePolicy } from './writePolicy.ts';

export interface RoomRegistryOptions {
  storage: Storage;
  commits: CommitQueue;
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
  | { ok: false; reason: 'too-many-sessions' | 'too-many-documents' };

/** Whether a session has a document: yes, no, or unknown because its control document cannot be loaded. */
export type DocumentExistence = 'yes' | 'no' | 'unavailable';

/**
 * Loads a document on first use (state applied before any reply) and unloads it once idle. A session's
 * `control` and `room` are always admitted; `maxDocumentsPerSession` bounds its group documents.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, DocRoom>();
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

  open(address: DocAddress): OpenResult {
    this.cancelUnload(address.name);
    this.unloading.delete(address.name);
    const existing = this.rooms.get(address.name);
    if (existing) return { ok: true, room: existing };
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
    const controlName = `${address.sessionId}/control`;
    const room = new DocRoom({
      name: address.name,
      storage: this.options.storage,
      commits: this.options.commits,
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
    this.roomsBySession.set(address.sessionId, (sessionRooms ?? new Set()).add(address.name));
    if (address.kind === 'control')
      room.doc.on('update', () => this.withdrawFeedback(address.sessionId, room.doc));
    return { ok: true, room };
  }

  /** Whether the session names the document at `address` (see `namesDocument`), loading its control document if need be. */
  exists(address: DocAddress): DocumentExistence {
    if (address.kind !== 'group') return 'yes';
    const controlName = `${address.sessionId}/control`;
    const loaded = this.rooms.get(controlName);
    if (loaded) return namesDocument(() => loaded.doc, address) ? 'yes' : 'no';
    const opened = this.open({ ...address, kind: 'control', groupId: null, name: controlName });
    if (!opened.ok) return 'unavailable';
    this.release(opened.room);
    return namesDocument(() => opened.room.doc, address) ? 'yes' : 'no';
  }

  /** Reads a session's control document, loading it if need be; null when it cannot be loaded now. */
  readControl<T>(sessionId: string, read: (control: DocRoom['doc']) => T): T | null {
    const name = `${sessionId}/control`;
    const loaded = this.rooms.get(name);
    if (loaded) return read(loaded.doc);
    const opened = this.open({ sessionId, kind: 'control', groupId: null, name });
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
    for (const room of this.rooms.values()) room.destroy();
    this.rooms.clear();
    this.roomsBySession.clear();
    this.pinnedControl.clear();
  }

  private control(controlName: string, address: DocAddress) {
    let control = this.rooms.get(controlName) ?? this.pinnedControl.get(address.name);
    if (!control) {
      const opened = this.open({ ...address, kind: 'control', groupId: null, name: controlName });
      if (!opened.ok) throw new Error('control document unavailable');
      control = opened.room;
      this.release(control);
    }
    this.pinnedControl.set(address.name, control);
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
    const sessionId = room.name.split('/')[0] ?? '';
    const sessionRooms = this.roomsBySession.get(sessionId);
    sessionRooms?.delete(room.name);
    if (sessionRooms?.size === 0) this.roomsBySession.delete(sessionId);
    room.destroy();
  }
}

/** The group documents among a session's loaded document names (`SESSION/group/G`). */
function groupCount(names: ReadonlySet<string>): number {
  let count = 0;
  for (const name of names) if (name.includes('/group/')) count++;
  return count;
}
