import type { RoomConnection } from './RoomConnection.ts';

/** Bounds on updates held for a missing dependency: per connection, and per document for all of them. */
export const HELD_WRITE_LIMITS = { perConnection: 16, bytesPerConnection: 1024 * 1024, perDocument: 256 };

interface HeldWrite {
  connection: RoomConnection;
  update: Uint8Array;
}

/**
 * Updates whose dependencies the relay does not hold yet, kept unapplied until a later write brings them
 * and they can be checked. An honest device sends such an update when it types in the instant after a
 * reconnection, before its sync step 2 carries the offline edits the keystroke follows. Past the bounds,
 * the update is refused instead; a closed connection's held updates go (its device sends them again).
 */
export class HeldWrites {
  private entries: HeldWrite[] = [];

  get size(): number {
    return this.entries.length;
  }

  /** Holds `update`, or returns false when the connection or the document already holds too much. */
  hold(connection: RoomConnection, update: Uint8Array): boolean {
    if (this.entries.length >= HELD_WRITE_LIMITS.perDocument) return false;
    let count = 0;
    let bytes = update.byteLength;
    for (const entry of this.entries) {
      if (entry.connection !== connection) continue;
      count++;
      bytes += entry.update.byteLength;
    }
    if (count >= HELD_WRITE_LIMITS.perConnection || bytes > HELD_WRITE_LIMITS.bytesPerConnection)
      return false;
    this.entries.push({ connection, update });
    return true;
  }

  /**
   * Offers every held update to `settle` again, pass after pass while one gets applied (it may complete
   * others): `wait` keeps it, `applied` and `settled` let it go.
   */
  retry(settle: (connection: RoomConnection, update: Uint8Array) => 'wait' | 'applied' | 'settled'): void {
    for (let progressed = true; progressed && this.entries.length > 0; ) {
      progressed = false;
      const waiting: HeldWrite[] = [];
      const taken = this.entries;
      this.entries = [];
      for (const entry of taken) {
        const outcome = settle(entry.connection, entry.update);
        if (outcome === 'wait') waiting.push(entry);
        else if (outcome === 'applied') progressed = true;
      }
      this.entries = [...waiting, ...this.entries];
    }
  }

  forget(connection: RoomConnection): void {
    this.entries = this.entries.filter((entry) => entry.connection !== connection);
  }
}
