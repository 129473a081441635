import { Worker } from 'node:worker_threads';

/**
 * One write of a group commit: append an update to a document's log, replace that log by one checkpoint
 * (the document's state when the compaction was queued, which holds every update queued before it), or
 * record which participant owns Yjs client ids of the document (kept beside its log, never compacted).
 */
export type StorageWrite =
  | { docName: string; data: Uint8Array; compact?: false; owners?: undefined }
  | { docName: string; compact: true; checkpoint: Uint8Array; owners?: undefined }
  | { docName: string; owners: readonly (readonly [client: number, owner: string])[]; compact?: false };

type Reply = { id: number; ok: true; commitMs: number } | { id: number; ok: false; error: string };

interface Waiting {
  resolve(commitMs: number): void;
  reject(error: Error): void;
}

const THREAD_SCRIPT = new URL('./storageWriterThread.js', import.meta.url);

/**
 * The document writes of the relay, committed by a worker thread with its own SQLite connection (WAL lets
 * the main thread keep reading). `commit` resolves once the transaction is in the operating system's hands (a
 * relay process that dies keeps it), with `sync` once it and every earlier one are on disk, and rejects if
 * SQLite refused it or the thread stopped: the caller keeps those writes and tries again. A thread that
 * stops without being closed is reported through `onThreadExit`, and the next commit starts a new one.
 */
export class StorageWriter {
  private current: Worker | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private closing = false;

  /** Starts the thread at once: a file it cannot open shows at start, and its memory is the relay's from the start. */
  constructor(
    private readonly file: string,
    private readonly onThreadExit: (error: Error) => void = () => {},
  ) {
    this.start();
  }

  /** The thread committing now; null between a thread's death and the next commit, which starts another. */
  get thread(): Worker | null {
    return this.current;
  }

  /**
   * Commits `writes` in one transaction, in order (with none and `sync`, only syncs); resolves with the time the
   * thread spent on it.
   */
  commit(writes: readonly StorageWrite[], { sync }: { sync: boolean } = { sync: true }): Promise<number> {
    if (this.closing) return Promise.reject(new Error('storage writer closed'));
    const thread = this.current ?? this.start();
    const id = this.nextId++;
    return new Promise<number>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      thread.postMessage({ type: 'commit', id, writes, sync });
    });
  }

  /** Lets the thread finish what it was sent, closes its connection and waits for it to end. */
  async close(): Promise<void> {
    this.closing = true;
    const thread = this.current;
    if (!thread) return;
    const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
    thread.postMessage({ type: 'close' });
    await exited;
  }

  private start(): Worker {
    const thread = new Worker(THREAD_SCRIPT, { workerData: { file: this.file } });
    this.current = thread;
    let failure: Error | null = null;
    thread.on('message', (reply: Reply) => {
      const waiting = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply.commitMs);
      else waiting?.reject(new Error(reply.error));
    });
    thread.on('error', (error) => {
      failure = error;
    });
    thread.on('exit', (code) => {
      if (this.current === thread) this.current = null;
      const stopped = failure ?? new Error(`storage writer thread exited with code ${code}`);
      const unanswered = [...this.waiting.values()];
      this.waiting.clear();
      for (const waiting of unanswered) waiting.reject(stopped);
      if (!this.closing) this.onThreadExit(stopped);
    });
    return thread;
  }
}
