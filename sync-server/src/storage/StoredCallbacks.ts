/**
 * Callbacks waiting for the writes queued before them to be stored, run in the order they were asked for; past
 * `limitMs` of waiting (storage stalls) they run anyway, and `onOverdue` hears how many did.
 */
export class StoredCallbacks {
  private readonly waiting: { sequence: number; run: () => void; at: number }[] = [];
  private overdueTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly storedSequence: () => number,
    private readonly limitMs: number,
    private readonly onOverdue: (callbacks: number) => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  get size(): number {
    return this.waiting.length;
  }

  /** `run` waits for the write numbered `sequence` (and every one before) to be stored. */
  add(sequence: number, run: () => void): void {
    this.waiting.push({ sequence, run, at: performance.now() });
    this.watchOverdue();
  }

  /** Runs, in order, the callbacks whose writes are stored, and those queued before `overdueBefore`. */
  runStored(overdueBefore = Number.NEGATIVE_INFINITY): void {
    const stored = this.storedSequence();
    let done = 0;
    while (done < this.waiting.length) {
      const next = this.waiting[done];
      if (!next || (next.sequence > stored && next.at > overdueBefore)) break;
      done++;
      try {
        next.run();
      } catch (error) {
        this.onError(error);
      }
    }
    this.waiting.splice(0, done);
    this.stop();
    this.watchOverdue();
  }

  stop(): void {
    if (this.overdueTimer) clearTimeout(this.overdueTimer);
    this.overdueTimer = null;
  }

  private watchOverdue(): void {
    const oldest = this.waiting[0];
    if (!oldest || this.overdueTimer) return;
    this.overdueTimer = setTimeout(
      () => {
        this.overdueTimer = null;
        const overdueBefore = performance.now() - this.limitMs;
        const stored = this.storedSequence();
        const overdue = this.waiting.filter(
          (entry) => entry.sequence > stored && entry.at <= overdueBefore,
        ).length;
        if (overdue > 0) this.onOverdue(overdue);
        this.runStored(overdueBefore);
      },
      Math.max(0, oldest.at + this.limitMs - performance.now()),
    );
  }
}
