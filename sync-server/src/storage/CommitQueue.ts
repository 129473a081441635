import type { DocumentStore } from './DocumentStore.ts';
import type { StorageWrite } from './StorageWriter.ts';

/** Whoever sent an update and wants to hear once it is durable. */
export interface CommitListener {
  committed(clocks: ReadonlyMap<number, number>): void;
}

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
  onCommit?: (stats: { writes: number; bytes: number; waitMs: number; commitMs: number }) => void;
  onError?: (error: unknown) => void;
}

/**
 * Group commit: updates from every document wait at most `maxDelayMs`, are committed in one SQLite
 * transaction by the storage writer's thread, and only once it says the transaction is durable does each
 * writer hear which clocks are. One transaction is in flight at a time; what arrives meanwhile goes in
 * the next. A failed transaction keeps its writes, in order, for the next attempt: a Yjs update stored
 * twice is harmless, one never stored is not.
 */
export class CommitQueue {
  private pending: PendingWrite[] = [];
  private pendingBytes = 0;
  private timer: NodeJS.Timeout | null = null;
  private immediate: NodeJS.Immediate | null = null;
  private overdueTimer: NodeJS.Timeout | null = null;
  private inFlight = false;
  private lastSequence = 0;
  private committedSequence = 0;
  private readonly waiters: { sequence: number; resolve: () => void }[] = [];
  /** Callbacks waiting for every write queued before them to be durable, in the order they were asked for. */
  private readonly durableCallbacks: { sequence: number; run: () => void; at: number }[] = [];

  constructor(
    private readonly storage: Pick<DocumentStore, 'commit'>,
    private readonly options: CommitQueueOptions,
  ) {}

  /** Writes waiting for a transaction (not counting the one in flight). */
  get size(): number {
    return this.pending.length;
  }

  /** Writes queued or in flight, not durable yet. */
  get notDurable(): number {
    return this.lastSequence - this.committedSequence;
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
   * Starts committing what is queued now; resolves once every write queued before this call is durable
   * (after retries, if storage fails meanwhile).
   */
  flush(): Promise<void> {
    const sequence = this.lastSequence;
    if (this.committedSequence >= sequence) return Promise.resolve();
    const durable = new Promise<void>((resolve) => this.waiters.push({ sequence, resolve }));
    this.commitNow();
    return durable;
  }

  /**
   * Runs `run` once every write queued so far is durable: at once when nothing is waiting, else right after the
   * commit that holds the last of them, in the order these calls were made, or after `maxDurableWaitMs` if
   * storage is that slow. Someone waits, so that commit starts at the next turn of the event loop instead of
   * after `maxDelayMs`; what arrives meanwhile joins it.
   */
  afterDurable(run: () => void): void {
    const sequence = this.lastSequence;
    if (this.committedSequence >= sequence && this.durableCallbacks.length === 0) {
      run();
      return;
    }
    this.durableCallbacks.push({ sequence, run, at: performance.now() });
    if (!this.inFlight) this.immediate ??= setImmediate(() => this.commitNow());
    this.watchOverdue();
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
    if (this.overdueTimer) clearTimeout(this.overdueTimer);
    this.overdueTimer = null;
    if (timedOut) {
      this.options.onError?.(
        new Error(`closing with ${this.lastSequence - this.committedSequence} writes not committed`),
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
    if (this.pending.length === 0) {
      this.runDurableCallbacks();
      return;
    }
    const batch = this.pending;
    const bytes = this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    this.inFlight = true;
    const started = performance.now();
    this.storage.commit(batch.map((entry) => entry.write)).then(
      () => {
        this.inFlight = false;
        this.options.onCommit?.({
          writes: batch.length,
          bytes,
          waitMs: started - (batch[0]?.enqueuedAt ?? started),
          commitMs: performance.now() - started,
        });
        this.committedSequence = batch[batch.length - 1]?.sequence ?? this.committedSequence;
        this.acknowledge(batch);
        this.resolveWaiters();
        this.runDurableCallbacks();
        const someoneWaits = this.waiters.length > 0 || this.durableCallbacks.length > 0;
        if (this.pending.length > 0 && (this.timer === null || someoneWaits)) this.commitNow();
      },
      (error: unknown) => {
        this.inFlight = false;
        this.options.onError?.(error);
        this.pending = [...batch, ...this.pending];
        this.pendingBytes += bytes;
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => this.commitNow(), this.options.maxDelayMs * 4);
      },
    );
  }

  private resolveWaiters() {
    for (let index = this.waiters.length - 1; index >= 0; index--) {
      const waiter = this.waiters[index];
      if (waiter && waiter.sequence <= this.committedSequence) {
        this.waiters.splice(index, 1);
        waiter.resolve();
      }
    }
  }

  /** Runs, in order, the callbacks whose writes are durable, and those queued before `overdueBefore` (storage too slow). */
  private runDurableCallbacks(overdueBefore = Number.NEGATIVE_INFINITY) {
    let done = 0;
    while (done < this.durableCallbacks.length) {
      const next = this.durableCallbacks[done];
      if (!next || (next.sequence > this.committedSequence && next.at > overdueBefore)) break;
      done++;
      try {
        next.run();
      } catch (error) {
        this.options.onError?.(error);
      }
    }
    this.durableCallbacks.splice(0, done);
    if (this.overdueTimer) clearTimeout(this.overdueTimer);
    this.overdueTimer = null;
    this.watchOverdue();
  }

  private watchOverdue() {
    const oldest = this.durableCallbacks[0];
    if (!oldest || this.overdueTimer) return;
    const limit = this.options.maxDurableWaitMs ?? 200;
    this.overdueTimer = setTimeout(
      () => {
        this.overdueTimer = null;
        const overdueBefore = performance.now() - limit;
        const overdue = this.durableCallbacks.filter(
          (entry) => entry.sequence > this.committedSequence && entry.at <= overdueBefore,
        ).length;
        if (overdue > 0) this.options.onOverdue?.(overdue);
        this.runDurableCallbacks(overdueBefore);
      },
      Math.max(0, oldest.at + limit - performance.now()),
    );
  }

  private acknowledge(batch: readonly PendingWrite[]) {
    const byWriter = new Map<CommitListener, Map<number, number>>();
    for (const entry of batch) {
      if (!entry.writer) continue;
      let clocks = byWriter.get(entry.writer);
      if (!clocks) {
        clocks = new Map();
        byWriter.set(entry.writer, clocks);
      }
      for (const [client, clock] of entry.clocks)
        clocks.set(client, Math.max(clocks.get(client) ?? 0, clock));
    }
    for (const [writer, clocks] of byWriter) writer.committed(clocks);
  }
}
