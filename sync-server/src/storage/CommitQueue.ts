import type { DocumentStore } from './DocumentStore.ts';
import { type CommitListener, HeldAcknowledgements } from './HeldAcknowledgements.ts';
import type { StorageWrite } from './StorageWriter.ts';
import { StoredCallbacks } from './StoredCallbacks.ts';

export type { CommitListener } from './HeldAcknowledgements.ts';

interface PendingWrite {
  write: StorageWrite;
  bytes: number;
  clocks: ReadonlyMap<number, number>;
  writer: CommitListener | null;
  enqueuedAt: number;
  sequence: number;
}

export interface CommitQueueOptions {
  /** The longest an update waits for its group commit to start. */
  maxDelayMs: number;
  /** A batch this large is committed at once, without waiting. */
  maxBatchBytes: number;
  /**
   * The longest an `afterDurable` callback waits for a commit (default 200 ms): a disk that stalls (an fsync
   * that takes seconds while another program writes) must not stall the room. Past it, the callbacks run in order.
   */
  maxDurableWaitMs?: number;
  /** Hears each time callbacks ran before their commit was durable, with how many. */
  onOverdue?: (callbacks: number) => void;
  /**
   * How often, at most, a commit also syncs the storage to disk (fsync). Unset: every commit does (Redis, whose
   * appendfsync decides). Set (SQLite): a commit hands its writes to the operating system, which keeps them if the
   * relay process dies, and forwarding waits only for that; the senders' acknowledgements wait for the next sync,
   * `syncEveryMs` after the last one at most, which covers every write stored before it.
   */
  syncEveryMs?: number;
  onCommit?: (stats: {
    writes: number;
    bytes: number;
    waitMs: number;
    commitMs: number;
    synced: boolean;
  }) => void;
  onError?: (error: unknown) => void;
}

/**
 * Group commit: updates from every document wait at most `maxDelayMs` and are committed in one transaction
 * (SQLite: by the storage writer's thread). Once it is stored, what waits in `afterDurable` runs (forwarding);
 * once a sync has put it on disk (every commit, or every `syncEveryMs`), each writer hears which clocks are. One
 * transaction is in flight at a time; what arrives meanwhile goes in the next. A failed transaction keeps its
 * writes, in order, for the next attempt: a Yjs update stored twice is harmless, one never stored is not.
 */
export class CommitQueue {
  private pending: PendingWrite[] = [];
  private pendingBytes = 0;
  private timer: NodeJS.Timeout | null = null;
  private immediate: NodeJS.Immediate | null = null;
  private inFlight = false;
  private lastSequence = 0;
  /** The last write stored: a relay process that dies now keeps it. */
  private storedSequence = 0;
  /** The last write on disk: a machine that loses power now keeps it. */
  private syncedSequence = 0;
  private lastSyncAt = Number.NEGATIVE_INFINITY;
  /** Someone waits for a sync (`flush`, or `syncEveryMs` passed since a write was stored): the next commit syncs. */
  private syncWanted = false;
  private syncTimer: NodeJS.Timeout | null = null;
  private readonly acknowledgements = new HeldAcknowledgements();
  private readonly waiters: { sequence: number; resolve: () => void }[] = [];
  /** Callbacks waiting for every write queued before them to be stored, in the order they were asked for. */
  private readonly storedCallbacks: StoredCallbacks;

  constructor(
    private readonly storage: Pick<DocumentStore, 'commit'>,
    private readonly options: CommitQueueOptions,
  ) {
    this.storedCallbacks = new StoredCallbacks(
      () => this.storedSequence,
      options.maxDurableWaitMs ?? 200,
      (callbacks) => options.onOverdue?.(callbacks),
      (error) => options.onError?.(error),
    );
  }

  /** Writes waiting for a transaction (not counting the one in flight). */
  get size(): number {
    return this.pending.length;
  }

  /** Writes queued or in flight, not stored yet. */
  get notDurable(): number {
    return this.lastSequence - this.storedSequence;
  }

  enqueue(
    docName: string,
    update: Uint8Array,
    clocks: ReadonlyMap<number, number>,
    writer: CommitListener | null,
  ) {
    this.push({ docName, data: update }, update.byteLength, clocks, writer);
  }

  /** Records owners of Yjs client ids of `docName`, committed with (or before) the updates queued after. */
  enqueueOwners(docName: string, owners: readonly (readonly [client: number, owner: string])[]) {
    this.push({ docName, owners }, 0, new Map(), null);
  }

  /**
   * Asks for `docName`'s log to be replaced by `checkpoint`, after every update queued before. It must hold every
   * update of the document stored or queued so far (the relay's live copy, encoded now), so that no commit waits
   * for a document to be rebuilt from its rows. The Redis store compacts from its own log and ignores it.
   */
  enqueueCompaction(docName: string, checkpoint: Uint8Array) {
    this.push({ docName, compact: true, checkpoint }, checkpoint.byteLength, new Map(), null);
  }

  /**
   * Starts committing what is queued now, with a sync; resolves once every write queued before this call is on
   * disk and acknowledged (after retries, if storage fails meanwhile).
   */
  flush(): Promise<void> {
    const sequence = this.lastSequence;
    if (this.syncedSequence >= sequence) return Promise.resolve();
    const durable = new Promise<void>((resolve) => this.waiters.push({ sequence, resolve }));
    this.syncWanted = true;
    this.commitNow();
    return durable;
  }

  /**
   * Runs `run` once every write queued so far is stored: at once when nothing is waiting, else right after the
   * commit that holds the last of them, in the order these calls were made, or after `maxDurableWaitMs` if
   * storage is that slow. Someone waits, so that commit starts at the next turn of the event loop instead of
   * after `maxDelayMs`; what arrives meanwhile joins it.
   */
  afterDurable(run: () => void): void {
    const sequence = this.lastSequence;
    if (this.storedSequence >= sequence && this.storedCallbacks.size === 0) {
      run();
      return;
    }
    this.storedCallbacks.add(sequence, run);
    if (!this.inFlight) this.immediate ??= setImmediate(() => this.commitNow());
  }

  /** Commits everything queued; gives up after `timeoutMs` (storage failing), saying how many writes stay unsaved. */
  async close(timeoutMs = 10_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), timeoutMs);
    });
    const timedOut = await Promise.race([this.flush().then(() => false), gaveUp]);
    clearTimeout(timer);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.immediate) clearImmediate(this.immediate);
    this.immediate = null;
    this.storedCallbacks.stop();
    if (this.syncTimer) clearTimeout(this.syncTimer);
    this.syncTimer = null;
    if (timedOut) {
      this.options.onError?.(
        new Error(`closing with ${this.lastSequence - this.syncedSequence} writes not on disk`),
      );
    }
  }

  private push(
    write: StorageWrite,
    bytes: number,
    clocks: ReadonlyMap<number, number>,
    writer: CommitListener | null,
  ) {
    const sequence = ++this.lastSequence;
    this.pending.push({ write, bytes, clocks, writer, enqueuedAt: performance.now(), sequence });
    this.pendingBytes += bytes;
    if (this.pendingBytes >= this.options.maxBatchBytes) this.commitNow();
    else this.timer ??= setTimeout(() => this.commitNow(), this.options.maxDelayMs);
  }

  private commitNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.immediate) clearImmediate(this.immediate);
    this.immediate = null;
    if (this.inFlight) return;
    const sync = this.syncDue();
    if (this.pending.length === 0) {
      this.storedCallbacks.runStored();
      // A sync with nothing new to write: what is stored goes to disk.
      if (sync && this.syncedSequence < this.storedSequence) this.startCommit([], 0, true);
      return;
    }
    const batch = this.pending;
    const bytes = this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    this.startCommit(batch, bytes, sync);
  }

  private syncDue(): boolean {
    const every = this.options.syncEveryMs;
    return every === undefined || this.syncWanted || performance.now() - this.lastSyncAt >= every;
  }

  private startCommit(batch: PendingWrite[], bytes: number, sync: boolean): void {
    this.inFlight = true;
    const started = performance.now();
    this.storage
      .commit(
        batch.map((entry) => entry.write),
        { sync },
      )
      .then(
        () => {
          this.inFlight = false;
          this.options.onCommit?.({
            writes: batch.length,
            bytes,
            waitMs: started - (batch[0]?.enqueuedAt ?? started),
            commitMs: performance.now() - started,
            synced: sync,
          });
          this.storedSequence = batch[batch.length - 1]?.sequence ?? this.storedSequence;
          this.acknowledgements.hold(batch);
          if (sync) this.synced(started);
          // A wanted sync starts right below; otherwise one is due `syncEveryMs` after the last.
          else if (!this.syncWanted) this.scheduleSync();
          this.resolveWaiters();
          this.storedCallbacks.runStored();
          const someoneWaits = this.waiters.length > 0 || this.storedCallbacks.size > 0;
          if (this.pending.length > 0 && (this.timer === null || someoneWaits)) this.commitNow();
          else if (this.syncWanted) this.commitNow();
        },
        (error: unknown) => {
          this.inFlight = false;
          this.options.onError?.(error);
          this.pending = [...batch, ...this.pending];
          this.pendingBytes += bytes;
          if (sync) this.syncWanted = true;
          if (this.timer) clearTimeout(this.timer);
          this.timer = setTimeout(() => this.commitNow(), this.options.maxDelayMs * 4);
        },
      );
  }

  /** A sync that started at `startedAt` covered every write stored before it (one transaction in flight at a time). */
  private synced(startedAt: number): void {
    this.syncedSequence = this.storedSequence;
    this.lastSyncAt = startedAt;
    this.syncWanted = false;
    if (this.syncTimer) clearTimeout(this.syncTimer);
    this.syncTimer = null;
    this.acknowledgements.release();
  }

  /** Stored writes not on disk yet get a sync `syncEveryMs` after the last one at most. */
  private scheduleSync(): void {
    const every = this.options.syncEveryMs;
    if (every === undefined || this.syncTimer || this.syncedSequence >= this.storedSequence) return;
    this.syncTimer = setTimeout(
      () => {
        this.syncTimer = null;
        this.syncWanted = true;
        this.commitNow();
      },
      Math.max(0, this.lastSyncAt + every - performance.now()),
    );
  }

  private resolveWaiters() {
    for (let index = this.waiters.length - 1; index >= 0; index--) {
      const waiter = this.waiters[index];
      if (waiter && waiter.sequence <= this.syncedSequence) {
        this.waiters.splice(index, 1);
        waiter.resolve();
      }
    }
  }
}
