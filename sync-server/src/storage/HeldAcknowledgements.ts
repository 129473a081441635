/** Whoever sent an update and wants to hear once it is on disk. */
export interface CommitListener {
  committed(clocks: ReadonlyMap<number, number>): void;
}

/** A stored write whose sender waits for its acknowledgement. */
export interface AcknowledgedWrite {
  writer: CommitListener | null;
  clocks: ReadonlyMap<number, number>;
}

/**
 * Acknowledgements of writes that are stored (the relay process may die, the operating system keeps them) but not
 * yet synced to disk: each sender hears of its writes only once a sync covers them, in one message per sender
 * holding the highest clock of each of its Yjs clients.
 */
export class HeldAcknowledgements {
  private held: { writer: CommitListener; clocks: ReadonlyMap<number, number> }[] = [];

  /** Keeps the acknowledgements of `writes` that someone waits for (writes of the relay itself have no writer). */
  hold(writes: readonly AcknowledgedWrite[]): void {
    for (const { writer, clocks } of writes) if (writer) this.held.push({ writer, clocks });
  }

  /** Gives every held acknowledgement: a sync just covered all the writes stored so far. */
  release(): void {
    if (this.held.length === 0) return;
    const byWriter = new Map<CommitListener, Map<number, number>>();
    for (const { writer, clocks: written } of this.held) {
      let clocks = byWriter.get(writer);
      if (!clocks) {
        clocks = new Map();
        byWriter.set(writer, clocks);
      }
      for (const [client, clock] of written) clocks.set(client, Math.max(clocks.get(client) ?? 0, clock));
    }
    this.held = [];
    for (const [writer, clocks] of byWriter) writer.committed(clocks);
  }
}
