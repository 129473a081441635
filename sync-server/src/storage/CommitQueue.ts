import type { Storage } from './openStorage.ts';

/** Whoever sent an update and wants to hear once it is durable. */
export interface CommitListener {
  committed(clocks: ReadonlyMap<number, number>): void;
}

interface PendingWrite {
  docName: string;
  update: Uint8Array;
  clocks: ReadonlyMap<number, number>;
  writer: CommitListener | null;
  enqueuedAt: number;
}

export interface CommitQueueOptions {
  /** The longest an update waits for its group commit. */
  maxDelayMs: number;
  /** A batch this large is committed at once, without waiting. */
  maxBatchBytes: number;
  onCommit?: (stats: { writes: number; bytes: number; waitMs: number; commitMs: number }) => void;
  onError?: (error: unknown) => void;
}

/**
 * Group commit: updates from every document wait at most `maxDelayMs`, are written in one SQLite
 * transaction, and only then does each writer hear which clocks are durable.
 */
export class CommitQueue {
  private pending: PendingWrite[] = [];
  private pendingBytes = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly storage: Storage,
    private readonly options: CommitQueueOptions,
  ) {}

  get size(): number {
    return this.pending.length;
  }

  enqueue(
    docName: string,
    update: Uint8Array,
    clocks: ReadonlyMap<number, number>,
    writer: CommitListener | null,
  ) {
    this.pending.push({ docName, update, clocks, writer, enqueuedAt: performance.now() });
    this.pendingBytes += update.byteLength;
    if (this.pendingBytes >= this.options.maxBatchBytes) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.options.maxDelayMs);
  }

  /** Commits everything queued now; returns false (keeping the writes queued) if storage failed. */
  flush(): boolean {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.length === 0) return true;
    const batch = this.pending;
    const started = performance.now();
    try {
      this.storage.appendUpdates(batch);
    } catch (error) {
      this.options.onError?.(error);
      this.timer = setTimeout(() => this.flush(), this.options.maxDelayMs * 4);
      return false;
    }
    this.pending = [];
    const bytes = this.pendingBytes;
    this.pendingBytes = 0;
    const finished = performance.now();
    this.options.onCommit?.({
      writes: batch.length,
      bytes,
      waitMs: started - (batch[0]?.enqueuedAt ?? started),
      commitMs: finished - started,
    });
    this.acknowledge(batch);
    return true;
  }

  private acknowledge(batch: readonly PendingWrite[]) {
    const byWriter = new Map<CommitListener, Map<number, number>>();
    for (const write of batch) {
      if (!write.writer) continue;
      let clocks = byWriter.get(write.writer);
      if (!clocks) {
        clocks = new Map();
        byWriter.set(write.writer, clocks);
      }
      for (const [client, clock] of write.clocks)
        clocks.set(client, Math.max(clocks.get(client) ?? 0, clock));
    }
    for (const [writer, clocks] of byWriter) writer.committed(clocks);
  }

  close(): void {
    this.flush();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
